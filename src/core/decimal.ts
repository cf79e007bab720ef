/**
 * Sums of the decimals a reader sets, without binary rounding noise.
 *
 * Sliders and links give decimals (w₁ = 2, x₁ = 0.8, b = −1.15), but in binary floating point
 * 2·0.8 − 1.5·0.3 − 1.15 is 2.2e-16, not 0. Shown to 3 decimals that is "z = 0.000", yet it
 * sits on the wrong side of a corner: ReLU′ would read 1 where the lessons take 0, and a step
 * could read 0 where they take 1. Rounding z to 12 decimal places removes the noise (it is
 * about 1e-16 × the size of the terms) and leaves every value a reader can set exact.
 */

/** The places a weighted sum is rounded to: far below any digit shown (3), far above the noise. */
export const SUM_PLACES = 12;

const SCALE = 10 ** SUM_PLACES;
/** Above this, z × SCALE is no longer an exact integer in a double (about 9,007). */
const LIMIT = Number.MAX_SAFE_INTEGER / SCALE;

/** `z` rounded to SUM_PLACES decimal places; values too large to scale (|z| ≥ LIMIT) unchanged. */
export function cleanSum(z: number): number {
  if (!(Math.abs(z) < LIMIT)) return z;
  const rounded = Math.round(z * SCALE) / SCALE;
  return rounded === 0 ? 0 : rounded; // never −0: "−0.000" is not a number a reader set
}
