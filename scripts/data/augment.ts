/** Training-time variations of a 28 × 28 digit: the same digit moved a pixel or two. */
import type { Random } from '../../src/core/index.ts';

/** The image moved dx pixels right and dy pixels down; pixels moved in from outside are 0. */
export function shiftImage(pixels: Float64Array, dx: number, dy: number): Float64Array {
  const out = new Float64Array(784);
  for (let y = 0; y < 28; y++) {
    const sy = y - dy;
    if (sy < 0 || sy >= 28) continue;
    for (let x = 0; x < 28; x++) {
      const sx = x - dx;
      if (sx >= 0 && sx < 28) out[y * 28 + x] = pixels[sy * 28 + sx]!;
    }
  }
  return out;
}

/** With probability `chance`, the image shifted by up to ±`reach` pixels each way. */
export function jitter(pixels: Float64Array, random: Random, chance: number, reach: number) {
  if (random.next() >= chance) return pixels;
  const span = 2 * reach + 1;
  return shiftImage(pixels, random.int(span) - reach, random.int(span) - reach);
}
