import { getActivation, softmax, type Activation, type ActivationName } from './activations.ts';
import { assertFiniteVector, assertShape } from './checks.ts';
import { sparseWeightedSums, weightedSums } from './kernels.ts';
import type { Random } from './random.ts';

/**
 * A fully connected layer l, from n_in neurons to n_out neurons.
 * `weights` is row-major n_out × n_in: row i holds the weights into neuron i of this layer,
 * so W[i * n_in + j] is the weight from neuron j of the layer before. a = f(W a_prev + b).
 */
export interface DenseLayer {
  readonly inputSize: number;
  readonly outputSize: number;
  /** W, n_out × n_in, row-major. */
  readonly weights: Float64Array;
  /** b, length n_out. */
  readonly biases: Float64Array;
  /** f, applied per neuron (ignored on the output layer when the network uses softmax). */
  readonly activation: Activation;
}

/** How to build a network. */
export interface NetworkSpec {
  /** Neurons per layer, input first: [784, 16, 16, 10] means 784 inputs, two hidden layers
   *  of 16 and 10 outputs. */
  sizes: readonly number[];
  /** One activation per non-input layer (sizes.length − 1 names), or one name for all. */
  activations: ActivationName | readonly ActivationName[];
  /** 'softmax' replaces the output layer's activation with softmax over the whole layer. */
  output?: 'softmax' | 'activation';
}

/** Non-zero input indices in indices[0 … count) of a network's last forward pass. */
interface InputSupport {
  readonly indices: Int32Array;
  count: number;
}

/**
 * The non-zero inputs of `network`'s last forward pass, or undefined when that input was
 * dense: for backprop's first-layer gradient, which is zero in the other columns. Internal to
 * the core (not exported from its index); valid until the network's next forward pass.
 */
export let lastInputSupport: (network: Network) => Readonly<InputSupport> | undefined;

/** Index of the largest value (the network's guess); the first one on a tie. */
export function argmax(values: ArrayLike<number>): number {
  let best = 0;
  for (let i = 1; i < values.length; i++) if (values[i]! > values[best]!) best = i;
  return best;
}

/**
 * A feed-forward network of dense layers. Each layer's activations a⁽ˡ⁾ = f(W⁽ˡ⁾ a⁽ˡ⁻¹⁾ + b⁽ˡ⁾)
 * determine the next. Buffers for z and a are allocated once, so `forward` allocates nothing.
 */
export class Network {
  /** Neurons per layer, input first. */
  readonly sizes: readonly number[];
  readonly layers: readonly DenseLayer[];
  /** True when the output layer is softmax over the whole layer. */
  readonly softmaxOutput: boolean;
  /** a⁽ˡ⁾ for l = 0 … L (a⁽⁰⁾ is a copy of the input). Overwritten by every forward pass. */
  readonly activations: readonly Float64Array[];
  /** z⁽ˡ⁾ for l = 1 … L at index l − 1: the weighted sums. Overwritten by every forward pass. */
  readonly sums: readonly Float64Array[];
  /**
   * The sparse fast path, internal: indices of the non-zero inputs of the last forward pass in
   * indices[0 … count), or count = −1 when the input was dense. Mostly-black digits skip
   * their zero pixels. Backprop reads it through `lastInputSupport`, which the core's index
   * does not export.
   */
  readonly #support: InputSupport;

  constructor(spec: NetworkSpec) {
    assertShape(spec.sizes);
    const L = spec.sizes.length - 1;
    const names =
      typeof spec.activations === 'string' ? Array(L).fill(spec.activations) : spec.activations;
    if (!Array.isArray(names) || names.length !== L) {
      throw new Error(
        `A network of shape ${JSON.stringify(spec.sizes)} needs ${L} activation names (one per layer after the input); got ${JSON.stringify(spec.activations)}`,
      );
    }
    if (spec.output !== undefined && spec.output !== 'softmax' && spec.output !== 'activation') {
      throw new Error(
        `output must be "softmax" or "activation"; got ${JSON.stringify(spec.output)}`,
      );
    }
    this.sizes = [...spec.sizes];
    this.softmaxOutput = spec.output === 'softmax';
    this.layers = names.map((name: string, l: number) => {
      const inputSize = spec.sizes[l]!;
      const outputSize = spec.sizes[l + 1]!;
      return {
        inputSize,
        outputSize,
        weights: new Float64Array(inputSize * outputSize),
        biases: new Float64Array(outputSize),
        activation: getActivation(name),
      };
    });
    this.activations = this.sizes.map((n) => new Float64Array(n));
    this.sums = this.sizes.slice(1).map((n) => new Float64Array(n));
    this.#support = { indices: new Int32Array(this.sizes[0]!), count: -1 };
  }

  static {
    lastInputSupport = (network) => (network.#support.count >= 0 ? network.#support : undefined);
  }

  /** Number of inputs, sizes[0]. */
  get inputSize(): number {
    return this.sizes[0]!;
  }

  /** Number of outputs, the last size. */
  get outputSize(): number {
    return this.sizes[this.sizes.length - 1]!;
  }

  /** Total number of weights and biases: 13,002 for [784, 16, 16, 10]. */
  get parameterCount(): number {
    return this.layers.reduce((n, l) => n + l.weights.length + l.biases.length, 0);
  }

  /**
   * Sets every weight from `random`: Xavier/Glorot normal, std √(2 / (n_in + n_out)), for
   * saturating activations, He normal, std √(2 / n_in), for ReLU and leaky ReLU. Biases start
   * at 0. Returns the network.
   */
  initialise(random: Random): this {
    for (const layer of this.layers) {
      const he = layer.activation.name === 'relu' || layer.activation.name === 'leaky-relu';
      const std = he
        ? Math.sqrt(2 / layer.inputSize)
        : Math.sqrt(2 / (layer.inputSize + layer.outputSize));
      for (let k = 0; k < layer.weights.length; k++) layer.weights[k] = random.normal() * std;
      layer.biases.fill(0);
    }
    return this;
  }

  /**
   * Forward pass on one input (length sizes[0], finite). Returns every layer's activations,
   * input first: the network's own buffers, valid until the next call. For training loops
   * that read them at once; anything that keeps or shares results uses `predict` or
   * `predictLayers`, which return copies.
   */
  forward(input: ArrayLike<number>): readonly Float64Array[] {
    const a0 = this.activations[0]!;
    const n = a0.length;
    if (input == null || input.length !== n) {
      throw new Error(
        `input must have ${n} values; got ${input == null ? String(input) : input.length}`,
      );
    }
    let bad = false;
    const support = this.#support;
    const nz = support.indices;
    let count = 0;
    for (let j = 0; j < n; j++) {
      const x = +input[j]!;
      // x − x is 0 for every finite number and NaN for NaN and ±Infinity.
      if (x - x !== 0) bad = true;
      a0[j] = x;
      if (x !== 0) nz[count++] = j;
    }
    if (bad) assertFiniteVector(input, n, 'input');
    // Visiting only non-zero inputs pays off when at most about half of them are non-zero.
    support.count = count * 2 <= n ? count : -1;
    const L = this.layers.length;
    for (let l = 0; l < L; l++) {
      const layer = this.layers[l]!;
      const z = this.sums[l]!;
      const a = this.activations[l + 1]!;
      if (l === 0 && support.count >= 0) {
        sparseWeightedSums(layer.weights, layer.biases, a0, nz, count, z, n);
      } else {
        weightedSums(layer.weights, layer.biases, this.activations[l]!, z, layer.inputSize);
      }
      if (l === L - 1 && this.softmaxOutput) softmax.output(z, a);
      else {
        const f = layer.activation.output;
        for (let i = 0; i < z.length; i++) a[i] = f(z[i]!);
      }
    }
    return this.activations;
  }

  /** The output activations a⁽ᴸ⁾ for one input: a fresh copy of the last layer. */
  predict(input: ArrayLike<number>): Float64Array {
    return this.forward(input)[this.sizes.length - 1]!.slice();
  }

  /**
   * Every layer's activations for one input, input first (a⁽⁰⁾ … a⁽ᴸ⁾, lengths `sizes`):
   * fresh copies, so the caller may keep them, and islands sharing one network never see
   * each other's results.
   */
  predictLayers(input: ArrayLike<number>): Float64Array[] {
    return this.forward(input).map((a) => a.slice());
  }
}
