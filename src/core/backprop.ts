import { softmax } from './activations.ts';
import { assertFiniteVector } from './checks.ts';
import { cost, type CostName } from './cost.ts';
import { addOuterProduct, addScaled, transposedProduct } from './kernels.ts';
import type { Network } from './network.ts';

/**
 * Backpropagation for one network and one cost. Owns the buffers it needs (δ per layer and
 * gradient sums), so a training step allocates nothing.
 *
 * For layer l with weighted sums z⁽ˡ⁾ and activations a⁽ˡ⁾ = f(z⁽ˡ⁾):
 *   δ⁽ᴸ⁾ = ∂C/∂z⁽ᴸ⁾  (a − y for softmax + cross-entropy; (a − y) ⊙ f'(z) for squared error)
 *   δ⁽ˡ⁻¹⁾ = (W⁽ˡ⁾ᵀ δ⁽ˡ⁾) ⊙ f'(z⁽ˡ⁻¹⁾)
 *   ∂C/∂W⁽ˡ⁾ = δ⁽ˡ⁾ a⁽ˡ⁻¹⁾ᵀ,  ∂C/∂b⁽ˡ⁾ = δ⁽ˡ⁾
 */
export class Backprop {
  readonly network: Network;
  readonly costName: CostName;
  /** δ⁽ˡ⁾ = ∂C/∂z⁽ˡ⁾ for each non-input layer (index l − 1), from the last backward pass. */
  readonly deltas: readonly Float64Array[];
  /** Sums of ∂C/∂W over the samples since the last reset, one per layer, shaped like W. */
  readonly weightGradients: readonly Float64Array[];
  /** Sums of ∂C/∂b over the samples since the last reset. */
  readonly biasGradients: readonly Float64Array[];
  /** Number of samples summed into the gradients since the last reset. */
  count = 0;
  private readonly diff: Float64Array;

  constructor(network: Network, costName: CostName) {
    if (costName !== 'squared-error' && costName !== 'cross-entropy') {
      throw new Error(
        `cost must be "squared-error" or "cross-entropy"; got ${JSON.stringify(costName)}`,
      );
    }
    if (costName === 'cross-entropy' && !network.softmaxOutput) {
      throw new Error('cross-entropy cost needs a softmax output layer (output: "softmax")');
    }
    this.network = network;
    this.costName = costName;
    this.deltas = network.layers.map((l) => new Float64Array(l.outputSize));
    this.weightGradients = network.layers.map((l) => new Float64Array(l.weights.length));
    this.biasGradients = network.layers.map((l) => new Float64Array(l.biases.length));
    this.diff = new Float64Array(network.outputSize);
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
    for (let i = 0; i < out.length; i++) {
      this.diff[i] = out[i]! - target[i]!;
      if (this.diff[i]! - this.diff[i]! !== 0) bad = true;
    }
    if (bad) assertFiniteVector(target, net.outputSize, 'target');
    this.outputDelta(out);

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
      if (l === 0 && net.nonZeroInputCount >= 0) {
        addOuterProduct(
          weightTargets[0]!,
          delta,
          aPrev,
          scale,
          net.nonZeroInputs,
          net.nonZeroInputCount,
        );
      } else {
        addOuterProduct(weightTargets[l]!, delta, aPrev, scale);
      }
      const bt = biasTargets[l]!;
      for (let i = 0; i < delta.length; i++) bt[i] = bt[i]! + scale * delta[i]!;
    }
    return cost(this.costName, out, target);
  }

  /** δ⁽ᴸ⁾ from the output a and a − y (in this.diff). */
  private outputDelta(out: Float64Array): void {
    const net = this.network;
    const L = net.layers.length;
    const delta = this.deltas[L - 1]!;
    if (net.softmaxOutput) {
      // Softmax with cross-entropy collapses to a − y; with squared error, go through the Jacobian.
      if (this.costName === 'cross-entropy') delta.set(this.diff);
      else softmax.backward(out, this.diff, delta);
      return;
    }
    const z = net.sums[L - 1]!;
    const der = net.layers[L - 1]!.activation.der;
    for (let i = 0; i < delta.length; i++) delta[i] = this.diff[i]! * der(z[i]!);
  }
}
