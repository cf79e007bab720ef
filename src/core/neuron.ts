import { getActivation, type ActivationName } from './activations.ts';
import { assertFiniteVector } from './checks.ts';
import { cleanSum } from './decimal.ts';

/** One neuron: a weight per input, a bias, and an activation function. */
export interface NeuronParams {
  /** w_1 … w_n. */
  weights: readonly number[];
  /** b, added to the weighted sum. */
  bias: number;
  activation: ActivationName;
}

/** Everything the lessons show about one evaluation. */
export interface NeuronResult {
  /** w_i x_i for each input i. */
  contributions: number[];
  /** z = Σ w_i x_i + b. */
  z: number;
  /** a = f(z). */
  a: number;
  /** f'(z), the slope of the activation at z. */
  slope: number;
}

/**
 * Evaluates a single neuron on inputs x (one per weight): the contributions w_i x_i, the
 * weighted sum z = Σ w_i x_i + b and the activation a = f(z).
 */
export function evaluateNeuron(neuron: NeuronParams, inputs: readonly number[]): NeuronResult {
  const n = neuron.weights.length;
  if (n < 1) throw new Error('A neuron needs at least 1 weight; got 0');
  assertFiniteVector(neuron.weights, n, 'weights');
  assertFiniteVector(inputs, n, 'inputs');
  if (!Number.isFinite(neuron.bias)) {
    throw new Error(`bias must be a finite number; got ${String(neuron.bias)}`);
  }
  const f = getActivation(neuron.activation);
  const contributions = inputs.map((x, i) => neuron.weights[i]! * x);
  // Rounded to 12 decimals, so a sum of decimals that is 0 is exactly 0 (decimal.ts).
  const z = cleanSum(contributions.reduce((sum, c) => sum + c, neuron.bias));
  return { contributions, z, a: f.output(z), slope: f.der(z) };
}
