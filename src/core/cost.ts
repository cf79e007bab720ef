import { argmax } from './network.ts';

/**
 * Cost functions C(a, y) comparing the output activations a with the wanted output y.
 * - squared-error: C = ½ Σ_i (a_i − y_i)², as in the classic digit network; ∂C/∂a_i = a_i − y_i.
 * - cross-entropy: C = −Σ_i y_i ln a_i, used with a softmax output layer.
 */
export const COST_NAMES = ['squared-error', 'cross-entropy'] as const;
export type CostName = (typeof COST_NAMES)[number];

/** Smallest probability used inside ln, so a saturated softmax gives a large finite cost. */
const TINY = 1e-300;

/** C(a, y) for one sample. */
export function cost(name: CostName, output: ArrayLike<number>, target: ArrayLike<number>): number {
  let c = 0;
  if (name === 'squared-error') {
    for (let i = 0; i < output.length; i++) {
      const d = output[i]! - target[i]!;
      c += d * d;
    }
    return c / 2;
  }
  for (let i = 0; i < output.length; i++) {
    if (target[i]! !== 0) c -= target[i]! * Math.log(Math.max(output[i]!, TINY));
  }
  return c;
}

/**
 * Whether an output counts as right: for one output, both sides of 0.5 agree; for several,
 * the brightest output is the wanted one.
 */
export function isCorrect(output: ArrayLike<number>, target: ArrayLike<number>): boolean {
  if (output.length === 1) return output[0]! >= 0.5 === target[0]! >= 0.5;
  return argmax(output) === argmax(target);
}

/** A one-hot target for class `label` out of `n`: oneHot(3, 10) has a 1 at index 3. */
export function oneHot(label: number, n: number): Float64Array {
  if (!Number.isInteger(label) || label < 0 || label >= n) {
    throw new Error(`label must be a whole number from 0 to ${n - 1}; got ${label}`);
  }
  const y = new Float64Array(n);
  y[label] = 1;
  return y;
}
