/**
 * Hand-made weight pictures for the WeightImage demo: 784 weights in [−1, 1] on the 28 × 28
 * grid, row by row.
 */
import { PIXELS, SIDE } from './picture.ts';

/** The stroke detector's geometry on the 28 × 28 grid (columns x, rows y, both inclusive). */
export const STROKE = {
  /** Weight +1: a bar three pixels wide in the upper half of the picture. */
  bar: { x: [13, 15], y: [6, 15] },
  /** Weight −1: five columns on each side, after a one-column gap of weight 0. */
  flanks: [
    [7, 11],
    [17, 21],
  ],
  /** The bias the demo starts with: a few inked bar pixels are not enough. */
  bias: -4,
} as const;

/**
 * A detector for a short vertical stroke at the top of the image: +1 on a bar three pixels
 * wide (STROKE.bar), 0 on the column either side, and −1 on five columns either side of that
 * (STROKE.flanks). A stroke down the bar raises the sum; a curve or a bar crossing the region
 * meets ten orange pixels per row for three blue ones, so it lowers the sum; zero elsewhere.
 */
export function verticalStrokeDetector(): Float64Array {
  const w = new Float64Array(PIXELS);
  const [top, bottom] = STROKE.bar.y;
  const inside = ([from, to]: readonly number[], x: number) => x >= from! && x <= to!;
  for (let y = top; y <= bottom; y++) {
    for (let x = 0; x < SIDE; x++) {
      if (inside(STROKE.bar.x, x)) w[y * SIDE + x] = 1;
      else if (STROKE.flanks.some((f) => inside(f, x))) w[y * SIDE + x] = -1;
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
      if (x < 0 || x >= SIDE || y < 0 || y >= SIDE) continue;
      const d = Math.hypot(x + 0.5 - cx, y + 0.5 - cy);
      const strength = Math.max(0, 1 - d / 1.5);
      if (strength === 0) continue;
      const k = y * SIDE + x;
      weights[k] =
        amount === 0
          ? weights[k]! * (1 - strength)
          : Math.max(-1, Math.min(1, weights[k]! + amount * strength));
    }
  }
}

/**
 * The bias b a WeightImage preset starts with: the stroke detector's own (STROKE.bias), 0 for
 * a blank picture, and for hidden-n (1-based) the trained bias b_n of the first hidden layer
 * divided by max_j |W[n, j]|, as its weights are shown scaled to [−1, 1], to one decimal.
 * `firstLayer` (W, 16 × 784, and b) is needed for hidden-n only.
 */
export function presetBias(
  name: string,
  firstLayer?: { readonly weights: Float64Array; readonly biases: Float64Array },
): number {
  const hidden = /^hidden-(\d+)$/.exec(name);
  if (!hidden) return name === 'stroke' ? STROKE.bias : 0;
  if (!firstLayer) throw new Error(`presetBias: ${name} needs the trained first layer`);
  const n = Number(hidden[1]) - 1;
  const row = firstLayer.weights.subarray(n * PIXELS, (n + 1) * PIXELS);
  const max = row.reduce((m, w) => Math.max(m, Math.abs(w)), 0);
  return Number((firstLayer.biases[n]! / max).toFixed(1));
}

