import { argmax } from './network.ts';
import { log } from './portable-math.ts';

/**
 * Cost functions C(a, y) comparing the output activations a (length n) with the wanted
 * output y (length n), each paired with its derivative ∂C/∂a, which backpropagation starts
 * from (like TensorFlow Playground's error functions):
 *
 * | cost            | C(a, y)                 | ∂C/∂a_i          |
 * | --------------- | ----------------------- | ---------------- |
 * | squared-error   | ½ Σ_i (a_i − y_i)²      | a_i − y_i        |
 * | cross-entropy   | −Σ_i y_i ln a_i         | −y_i / a_i       |
 *
 * Cross-entropy is used with a softmax output layer, where backprop takes the named shortcut
 * δ⁽ᴸ⁾ = a − y (see `softmaxCrossEntropyDelta` in backprop.ts) instead of multiplying
 * −y / a through the softmax's Jacobian.
 */
export const COST_NAMES = ['squared-error', 'cross-entropy'] as const;
export type CostName = (typeof COST_NAMES)[number];

/** A cost function and its derivative with respect to the output activations. */
export interface Cost {
  readonly name: CostName;
  /** C(a, y) for one sample. */
  value(output: ArrayLike<number>, target: ArrayLike<number>): number;
  /** Writes ∂C/∂a_i for every output i into `out` (length n) and returns it. */
  derivative<T extends Float64Array | number[]>(
    output: ArrayLike<number>,
    target: ArrayLike<number>,
    out: T,
  ): T;
}

/**
 * Smallest probability used inside ln and as a divisor, so a saturated softmax gives a large
 * finite cost and slope rather than Infinity.
 */
const TINY = 1e-300;

/** C = ½ Σ (a − y)², ∂C/∂a = a − y: the classic digit network's cost. */
export const squaredError: Cost = {
  name: 'squared-error',
  value(output, target) {
    let c = 0;
    for (let i = 0; i < output.length; i++) {
      const d = output[i]! - target[i]!;
      c += d * d;
    }
    return c / 2;
  },
  derivative(output, target, out) {
    for (let i = 0; i < output.length; i++) out[i] = output[i]! - target[i]!;
    return out;
  },
};

/** C = −Σ y ln a, ∂C/∂a = −y / a: for outputs that are probabilities (softmax). */
export const crossEntropy: Cost = {
  name: 'cross-entropy',
  value(output, target) {
    let c = 0;
    for (let i = 0; i < output.length; i++) {
      if (target[i]! !== 0) c -= target[i]! * log(Math.max(output[i]!, TINY));
    }
    return c;
  },
  derivative(output, target, out) {
    for (let i = 0; i < output.length; i++) {
      out[i] = target[i]! === 0 ? 0 : -target[i]! / Math.max(output[i]!, TINY);
    }
    return out;
  },
};

const COSTS: Record<CostName, Cost> = {
  'squared-error': squaredError,
  'cross-entropy': crossEntropy,
};

/** The cost named `name`; throws naming the allowed names for anything else. */
export function getCost(name: CostName): Cost {
  const found = Object.hasOwn(COSTS, name) ? COSTS[name] : undefined;
  if (!found) {
    throw new Error(
      `cost must be one of ${COST_NAMES.map((n) => `"${n}"`).join(', ')}; got ${JSON.stringify(name)}`,
    );
  }
  return found;
}

/** C(a, y) for one sample under the cost named `name`. */
export function cost(name: CostName, output: ArrayLike<number>, target: ArrayLike<number>): number {
  return getCost(name).value(output, target);
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
