/**
 * Hand-made weight pictures for the WeightImage demo: 784 weights in [−1, 1] on the 28 × 28
 * grid, row by row.
 */

/**
 * A detector for a short vertical stroke at the top of the image: positive weights on a
 * 3-pixel-wide bar (columns 13–15) from row 4 to row 12, a gap column, then negative weights
 * in columns 11 and 17, so ink on the bar raises the sum and ink beside it lowers it; zero
 * elsewhere.
 */
export function verticalStrokeDetector(): Float64Array {
  const w = new Float64Array(784);
  for (let y = 4; y <= 12; y++) {
    for (let x = 11; x <= 17; x++) {
      const onBar = x >= 13 && x <= 15;
      w[y * 28 + x] = onBar ? 1 : x === 12 || x === 16 ? 0 : -0.6;
    }
  }
  return w;
}

/**
 * Paints with a soft round brush of radius 1.5 cells at (cx, cy): adds `amount` at the centre,
 * fading outwards; keeps every weight in [−1, 1]. With amount 0 it erases instead.
 */
export function paintWeights(weights: Float64Array, cx: number, cy: number, amount: number): void {
  for (let y = Math.floor(cy - 2); y <= Math.ceil(cy + 2); y++) {
    for (let x = Math.floor(cx - 2); x <= Math.ceil(cx + 2); x++) {
      if (x < 0 || x >= 28 || y < 0 || y >= 28) continue;
      const d = Math.hypot(x + 0.5 - cx, y + 0.5 - cy);
      const strength = Math.max(0, 1 - d / 1.5);
      if (strength === 0) continue;
      const k = y * 28 + x;
      weights[k] =
        amount === 0
          ? weights[k]! * (1 - strength)
          : Math.max(-1, Math.min(1, weights[k]! + amount * strength));
    }
  }
}
