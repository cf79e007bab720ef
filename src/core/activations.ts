/**
 * Activation functions ("squishification"): a = f(z), applied to a neuron's weighted sum z.
 *
 * Each per-neuron activation pairs `output` f(z) with its derivative `der` f'(z) = da/dz and
 * carries what the lessons display (label, output range, TeX). They are looked up by a stable
 * name: `getActivation('relu')`. Softmax is different: it acts on a whole layer at once, so it
 * lives in its own object, `softmax`, with vector-valued `output` and `backward`.
 *
 * All functions are numerically safe: finite and correct for |z| up to 1e308. e^z and tanh come
 * from portable-math.ts, so every browser gives the same bits (and the same learning curves).
 */
import { exp, tanh } from './portable-math.ts';

/** Names of the per-neuron activations. */
export const ACTIVATION_NAMES = [
  'identity',
  'step',
  'sigmoid',
  'tanh',
  'relu',
  'leaky-relu',
] as const;
export type ActivationName = (typeof ACTIVATION_NAMES)[number];

/** What lessons and plots show about an activation. */
export interface ActivationInfo {
  /** Human label, e.g. "Sigmoid σ". */
  label: string;
  /** Short symbol used in formulas shown as text, e.g. "σ" in a = σ(z). */
  symbol: string;
  /** Output range in interval notation, plain text, e.g. "(0, 1)" or "[0, ∞)". */
  range: string;
  /** Output range as TeX. */
  rangeTex: string;
  /** The formula as TeX, e.g. "\\sigma(z) = \\frac{1}{1 + e^{-z}}". */
  tex: string;
  /** Lower and upper bound of the output (±Infinity when unbounded). */
  bounds: readonly [number, number];
}

/** A per-neuron activation function a = f(z) with its derivative f'(z). */
export interface Activation extends ActivationInfo {
  name: ActivationName;
  /** f(z). */
  output(z: number): number;
  /** f'(z), the slope da/dz at z. */
  der(z: number): number;
}

/** Slope of leaky ReLU for z < 0. */
export const LEAKY_SLOPE = 0.01;

/** σ(z) = 1 / (1 + e^−z), computed so that neither branch overflows. */
function sigmoid(z: number): number {
  if (z >= 0) return 1 / (1 + exp(-z));
  const e = exp(z);
  return e / (1 + e);
}

const ACTIVATIONS: Record<ActivationName, Activation> = {
  identity: {
    symbol: 'f',
    name: 'identity',
    label: 'Identity (linear)',
    range: '(−∞, ∞)',
    rangeTex: '(-\\infty, \\infty)',
    tex: 'f(z) = z',
    bounds: [-Infinity, Infinity],
    output: (z) => z,
    der: () => 1,
  },
  step: {
    symbol: 'step',
    name: 'step',
    label: 'Step',
    range: '{0, 1}',
    rangeTex: '\\{0, 1\\}',
    tex: 'f(z) = \\begin{cases} 1 & z \\ge 0 \\\\ 0 & z < 0 \\end{cases}',
    bounds: [0, 1],
    output: (z) => (z >= 0 ? 1 : 0),
    // The step is flat everywhere it is differentiable; at z = 0 it jumps and has no slope,
    // and 0 is used there too, which is why a step cannot be trained by gradient descent.
    der: () => 0,
  },
  sigmoid: {
    symbol: 'σ',
    name: 'sigmoid',
    label: 'Sigmoid σ',
    range: '(0, 1)',
    rangeTex: '(0, 1)',
    tex: '\\sigma(z) = \\frac{1}{1 + e^{-z}}',
    bounds: [0, 1],
    output: sigmoid,
    der: (z) => {
      const s = sigmoid(z);
      return s * (1 - s);
    },
  },
  tanh: {
    symbol: 'tanh',
    name: 'tanh',
    label: 'Hyperbolic tangent tanh',
    range: '(−1, 1)',
    rangeTex: '(-1, 1)',
    tex: '\\tanh(z) = \\frac{e^{z} - e^{-z}}{e^{z} + e^{-z}}',
    bounds: [-1, 1],
    output: (z) => tanh(z),
    der: (z) => {
      const t = tanh(z);
      return 1 - t * t;
    },
  },
  relu: {
    symbol: 'ReLU',
    name: 'relu',
    label: 'ReLU',
    range: '[0, ∞)',
    rangeTex: '[0, \\infty)',
    tex: '\\operatorname{ReLU}(z) = \\max(0, z)',
    bounds: [0, Infinity],
    output: (z) => (z > 0 ? z : 0),
    // ReLU has no derivative at z = 0 (a corner); we take 0 there, the usual convention.
    der: (z) => (z > 0 ? 1 : 0),
  },
  'leaky-relu': {
    symbol: 'LReLU',
    name: 'leaky-relu',
    label: 'Leaky ReLU',
    range: '(−∞, ∞)',
    rangeTex: '(-\\infty, \\infty)',
    tex: `f(z) = \\begin{cases} z & z > 0 \\\\ ${LEAKY_SLOPE}\\,z & z \\le 0 \\end{cases}`,
    bounds: [-Infinity, Infinity],
    output: (z) => (z > 0 ? z : LEAKY_SLOPE * z),
    // Like ReLU, the corner at 0 takes the left slope.
    der: (z) => (z > 0 ? 1 : LEAKY_SLOPE),
  },
};

/** True when `name` is one of ACTIVATION_NAMES. */
export function isActivationName(name: unknown): name is ActivationName {
  return typeof name === 'string' && (ACTIVATION_NAMES as readonly string[]).includes(name);
}

/** The activation called `name`; throws an Error listing the valid names otherwise. */
export function getActivation(name: string): Activation {
  if (!isActivationName(name)) {
    throw new Error(
      `Unknown activation ${JSON.stringify(name)}: expected one of ${ACTIVATION_NAMES.join(', ')}`,
    );
  }
  return ACTIVATIONS[name];
}

/**
 * Softmax over a whole layer: a_i = e^{z_i} / Σ_j e^{z_j}. The outputs lie in (0, 1) and sum
 * to 1, so they read as probabilities. It is not a per-neuron function: each a_i depends on
 * every z_j.
 */
export const softmax = {
  name: 'softmax',
  label: 'Softmax',
  symbol: 'softmax',
  range: '(0, 1), summing to 1',
  rangeTex: '(0, 1),\\ \\textstyle\\sum_i a_i = 1',
  tex: '\\operatorname{softmax}(\\mathbf{z})_i = \\frac{e^{z_i}}{\\sum_j e^{z_j}}',
  bounds: [0, 1] as const,

  /**
   * Writes softmax(z) into `out` (length n) and returns it. Subtracting max(z) first keeps
   * every exponent ≤ 0, so nothing overflows: softmax([1000, 1000]) = [0.5, 0.5].
   * The subtraction is done on halves so that spans like 1e308 − (−1e308) stay finite.
   */
  output<T extends Float64Array | number[] = Float64Array>(
    z: ArrayLike<number>,
    out: T = new Float64Array(z.length) as T,
  ): T {
    const n = z.length;
    let max = -Infinity;
    for (let i = 0; i < n; i++) if (z[i]! > max) max = z[i]!;
    const halfMax = max / 2;
    let sum = 0;
    for (let i = 0; i < n; i++) {
      const half = z[i]! / 2 - halfMax;
      const e = exp(half + half);
      out[i] = e;
      sum += e;
    }
    for (let i = 0; i < n; i++) out[i] = out[i]! / sum;
    return out;
  },

  /**
   * Backward pass through softmax: given a = softmax(z) and dC/da, writes dC/dz into `out`.
   * Uses the Jacobian ∂a_i/∂z_j = a_i (δ_ij − a_j), so dC/dz_j = a_j (dC/da_j − Σ_i dC/da_i a_i).
   */
  backward<T extends Float64Array | number[] = Float64Array>(
    a: ArrayLike<number>,
    dA: ArrayLike<number>,
    out: T = new Float64Array(a.length) as T,
  ): T {
    let dot = 0;
    for (let i = 0; i < a.length; i++) dot += dA[i]! * a[i]!;
    for (let j = 0; j < a.length; j++) out[j] = a[j]! * (dA[j]! - dot);
    return out;
  },
};
