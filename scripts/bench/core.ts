import { Backprop, Network, argmax, oneHot } from '../../src/core/index.ts';
import type { Digit } from '../data/mnist.ts';
import type { Contender, InitialWeights } from './contender.ts';

/** This project's core: Float64Array weights, four-accumulator loops, fused SGD step. */
export function coreContender(init: InitialWeights, learningRate: number): Contender {
  const net = new Network({ sizes: init.sizes, activations: 'sigmoid' });
  net.layers.forEach((layer, l) => {
    layer.weights.set(init.layers[l]!.weights);
    layer.biases.set(init.layers[l]!.biases);
  });
  const backprop = new Backprop(net, 'squared-error');
  const targets = Array.from({ length: 10 }, (_, d) => oneHot(d, 10));
  const last = init.sizes.length - 1;
  return {
    name: 'neuron-lab core',
    sharedStart: true,
    prepare: (digits: readonly Digit[]) => digits.map((d) => d.pixels),
    forward: (input) => void net.forward(input as Float64Array),
    trainSample: (input, label) =>
      void backprop.step(input as Float64Array, targets[label]!, learningRate),
    guess: (input) => argmax(net.forward(input as Float64Array)[last]!),
  };
}
