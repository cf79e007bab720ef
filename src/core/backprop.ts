import { softmax } from './activations.ts';
import { assertFiniteVector } from './checks.ts';
import { getCost, type Cost, type CostName } from './cost.ts';
import { addOuterProduct, addScaled, transposedProduct } from './kernels.ts';
import { lastInputSupport, type Network } from './network.ts';

/**
 * Backpropagation for one network and one cost. Owns the buffers it needs (δ per layer and
 * gradient sums), so a training step allocates nothing.
 *
 * For layer l with weighted sums z⁽ˡ⁾ and activations a⁽ˡ⁾ = f(z⁽ˡ⁾):
 *   δ⁽ᴸ⁾ = ∂C/∂z⁽ᴸ⁾ = ∂C/∂a ⊙ f'(z⁽ᴸ⁾)  (∂C/∂a from the cost object; through the softmax's
 *          Jacobian for a softmax layer, or a − y for softmax with cross-entropy, the shortcut)
 *   δ⁽ˡ⁻¹⁾ = (W⁽ˡ⁾ᵀ δ⁽ˡ⁾) ⊙ f'(z⁽ˡ⁻¹⁾)
 *   ∂C/∂W⁽ˡ⁾ = δ⁽ˡ⁾ a⁽ˡ⁻¹⁾ᵀ,  ∂C/∂b⁽ˡ⁾ = δ⁽ˡ⁾
 */
export class Backprop {
  readonly network: Network;
  readonly costName: CostName;
  /** C and ∂C/∂a. */
  readonly cost: Cost;
  /** δ⁽ˡ⁾ = ∂C/∂z⁽ˡ⁾ for each non-input layer (index l − 1), from the last backward pass. */
  readonly deltas: readonly Float64Array[];
  /** Sums of ∂C/∂W over the samples since the last reset, one per layer, shaped like W. */
  readonly weightGradients: readonly Float64Array[];
  /** Sums of ∂C/∂b over the samples since the last reset. */
  readonly biasGradients: readonly Float64Array[];
  /** Number of samples summed into the gradients since the last reset. */
  count = 0;
  /** ∂C/∂a⁽ᴸ⁾ of the last sample. */
  private readonly outputSlope: Float64Array;

  constructor(network: Network, costName: CostName) {
    const costFn = getCost(costName);
    if (costName === 'cross-entropy' && !network.softmaxOutput) {
      throw new Error('cross-entropy cost needs a softmax output layer (output: "softmax")');
    }
    this.network = network;
    this.costName = costName;
    this.cost = costFn;
    this.deltas = network.layers.map((l) => new Float64Array(l.outputSize));
    this.weightGradients = network.layers.map((l) => new Float64Array(l.weights.length));
    this.biasGradients = network.layers.map((l) => new Float64Array(l.biases.length));
    this.outputSlope = new Float64Array(network.outputSize);
  }

  /**
   * Forward and backward pass on one sample; adds ∂C/∂W and ∂C/∂b to the gradient sums.
   * Returns the sample's cost.
   */
  accumulate(input: ArrayLike<number>, target: ArrayLike<number>): number {
    const c = this.run(input, target, 1, this.weightGradients, this.biasGradients);
    this.count++;
    return c;
  }

  /**
   * One step of plain gradient descent on a single sample (a mini-batch of 1): W ← W − η ∂C/∂W,
   * b ← b − η ∂C/∂b, applied as the gradient is computed. Returns the cost before the step.
   */
  step(input: ArrayLike<number>, target: ArrayLike<number>, learningRate: number): number {
    const net = this.network;
    return this.run(
      input,
      target,
      -learningRate,
      net.layers.map((l) => l.weights),
      net.layers.map((l) => l.biases),
    );
  }

  /** Applies W ← W − (η / count) ΣdC/dW (the mean gradient) and clears the sums. */
  apply(learningRate: number): void {
    if (this.count === 0) return;
    const scale = -learningRate / this.count;
    this.network.layers.forEach((layer, l) => {
      addScaled(layer.weights, this.weightGradients[l]!, scale);
      addScaled(layer.biases, this.biasGradients[l]!, scale);
    });
    this.reset();
  }

  /** Clears the gradient sums. */
  reset(): void {
    for (const g of this.weightGradients) g.fill(0);
    for (const g of this.biasGradients) g.fill(0);
    this.count = 0;
  }

  /**
   * The shared pass: forward, output δ, then for each layer from the last: propagate δ to the
   * layer below (with the weights as they were), then add `scale` · gradient into W and b
   * targets (the gradient sums, or the parameters themselves for a fused SGD step).
   */
  private run(
    input: ArrayLike<number>,
    target: ArrayLike<number>,
    scale: number,
    weightTargets: readonly Float64Array[],
    biasTargets: readonly Float64Array[],
  ): number {
    const net = this.network;
    const L = net.layers.length;
    if (target == null || target.length !== net.outputSize) {
      throw new Error(
        `target must have ${net.outputSize} values; got ${target == null ? String(target) : target.length}`,
      );
    }
    const acts = net.forward(input);
    const out = acts[L]!;
    let bad = false;
    for (let i = 0; i < target.length; i++) if (target[i]! - target[i]! !== 0) bad = true;
    if (bad) assertFiniteVector(target, net.outputSize, 'target');
    this.outputDelta(out, target);

    for (let l = L - 1; l >= 0; l--) {
      const layer = net.layers[l]!;
      const delta = this.deltas[l]!;
      const aPrev = acts[l]!;
      if (l > 0) {
        const below = this.deltas[l - 1]!;
        transposedProduct(layer.weights, delta, below, layer.inputSize);
        const zBelow = net.sums[l - 1]!;
        const der = net.layers[l - 1]!.activation.der;
        for (let j = 0; j < below.length; j++) below[j] = below[j]! * der(zBelow[j]!);
      }
      const support = l === 0 ? lastInputSupport(net) : undefined;
      if (support) {
        // ∂C/∂W⁽¹⁾ = δ⁽¹⁾ a⁽⁰⁾ᵀ has zero columns where the input is 0: visit only the others.
        addOuterProduct(weightTargets[0]!, delta, aPrev, scale, support.indices, support.count);
      } else {
        addOuterProduct(weightTargets[l]!, delta, aPrev, scale);
      }
      const bt = biasTargets[l]!;
      for (let i = 0; i < delta.length; i++) bt[i] = bt[i]! + scale * delta[i]!;
    }
    return this.cost.value(out, target);
  }

  /** δ⁽ᴸ⁾ = ∂C/∂z⁽ᴸ⁾ from the output a and the target y. */
  private outputDelta(out: Float64Array, target: ArrayLike<number>): void {
    const net = this.network;
    const L = net.layers.length;
    const delta = this.deltas[L - 1]!;
    if (net.softmaxOutput && this.cost.name === 'cross-entropy') {
      softmaxCrossEntropyDelta(out, target, delta);
      return;
    }
    const slope = this.cost.derivative(out, target, this.outputSlope);
    if (net.softmaxOutput) {
      softmax.backward(out, slope, delta);
      return;
    }
    const z = net.sums[L - 1]!;
    const der = net.layers[L - 1]!.activation.der;
    for (let i = 0; i < delta.length; i++) delta[i] = slope[i]! * der(z[i]!);
  }
}

/**
 * The softmax + cross-entropy shortcut: with a = softmax(z), C = −Σ y_i ln a_i and Σ y_i = 1,
 * ∂C/∂z_j = Σ_i (−y_i / a_i) · a_i (δ_ij − a_j) = a_j − y_j. Writes δ = a − y into `out`.
 * Exact, and it never divides by a tiny a_i as the long way round would.
 */
export function softmaxCrossEntropyDelta(
  a: ArrayLike<number>,
  y: ArrayLike<number>,
  out: Float64Array,
): Float64Array {
  for (let j = 0; j < a.length; j++) out[j] = a[j]! - y[j]!;
  return out;
}
