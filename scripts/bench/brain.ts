import { createRequire } from 'node:module';
import type { Digit } from '../data/mnist.ts';
import type { Contender, InitialWeights } from './contender.ts';

interface BrainNet {
  sizes: number[];
  weights: Float32Array[][];
  biases: Float32Array[];
  trainOpts: { learningRate: number; momentum: number };
  initialize(): void;
  runInput(input: Float32Array): Float32Array;
  trainPattern(value: { input: Float32Array; output: Float32Array }): void;
}

/**
 * brain.js (package alias `brain1` = 1.x, `brain2` = 2.x beta). Timed through its own hot
 * paths, runInput and trainPattern, so its input validation and formatting are not counted.
 * Momentum is set to 0 so its update is plain SGD like the others.
 */
export function brainContender(
  pkg: 'brain1' | 'brain2',
  init: InitialWeights,
  learningRate: number,
): Contender {
  const brain = createRequire(import.meta.url)(pkg) as {
    NeuralNetwork: new (o: object) => BrainNet;
  };
  const version = (createRequire(import.meta.url)(`${pkg}/package.json`) as { version: string })
    .version;
  const net = new brain.NeuralNetwork({
    hiddenLayers: init.sizes.slice(1, -1),
    activation: 'sigmoid',
  });
  net.sizes = [...init.sizes];
  net.initialize();
  net.trainOpts.learningRate = learningRate;
  net.trainOpts.momentum = 0;
  init.layers.forEach((layer, l) => {
    const nIn = init.sizes[l]!;
    net.biases[l + 1]!.set(layer.biases);
    net.weights[l + 1]!.forEach((row, i) =>
      row.set(layer.weights.subarray(i * nIn, (i + 1) * nIn)),
    );
  });
  const targets = Array.from({ length: 10 }, (_, d) => {
    const t = new Float32Array(10);
    t[d] = 1;
    return t;
  });
  return {
    name: `brain.js ${version}`,
    sharedStart: true,
    prepare: (digits: readonly Digit[]) => digits.map((d) => Float32Array.from(d.pixels)),
    forward: (input) => void net.runInput(input as Float32Array),
    trainSample: (input, label) =>
      net.trainPattern({ input: input as Float32Array, output: targets[label]! }),
    guess: (input) => {
      const out = net.runInput(input as Float32Array);
      let best = 0;
      for (let i = 1; i < out.length; i++) if (out[i]! > out[best]!) best = i;
      return best;
    },
  };
}
