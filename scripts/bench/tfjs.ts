import * as tf from '@tensorflow/tfjs';
import type { Digit } from '../data/mnist.ts';
import type { Contender, InitialWeights } from './contender.ts';

/**
 * TensorFlow.js on its pure-JavaScript CPU backend. Dense layers take a kernel of shape
 * [n_in, n_out], the transpose of our W. Its mean-squared-error loss averages over the 10
 * outputs, (1/10) Σ (a − y)² = (2/10) · ½ Σ (a − y)², so its learning rate is scaled by 5 to
 * take the same step as the others.
 */
export async function tfjsContender(
  init: InitialWeights,
  learningRate: number,
): Promise<Contender> {
  await tf.setBackend('cpu');
  await tf.ready();
  const model = tf.sequential();
  init.sizes.slice(1).forEach((units, l) => {
    model.add(
      tf.layers.dense({
        units,
        activation: 'sigmoid',
        ...(l === 0 ? { inputShape: [init.sizes[0]!] } : {}),
      }),
    );
  });
  init.layers.forEach((layer, l) => {
    const nIn = init.sizes[l]!;
    const nOut = init.sizes[l + 1]!;
    const kernel = new Float32Array(nIn * nOut);
    for (let i = 0; i < nOut; i++)
      for (let j = 0; j < nIn; j++) kernel[j * nOut + i] = layer.weights[i * nIn + j]!;
    model.layers[l]!.setWeights([
      tf.tensor2d(kernel, [nIn, nOut]),
      tf.tensor1d(Float32Array.from(layer.biases)),
    ]);
  });
  model.compile({ optimizer: tf.train.sgd(learningRate * 5), loss: 'meanSquaredError' });
  const targets = Array.from({ length: 10 }, (_, d) => tf.oneHot([d], 10).toFloat());
  return {
    name: `tfjs ${tf.version.tfjs} (cpu)`,
    sharedStart: true,
    prepare: (digits: readonly Digit[]) =>
      digits.map((d) => tf.tensor2d(Float32Array.from(d.pixels), [1, init.sizes[0]!])),
    forward: (input) => {
      const out = model.predict(input as tf.Tensor2D) as tf.Tensor;
      out.dataSync();
      out.dispose();
    },
    trainSample: (input, label) => model.trainOnBatch(input as tf.Tensor2D, targets[label]!),
    guess: (input) => {
      const out = model.predict(input as tf.Tensor2D) as tf.Tensor;
      const best = out.argMax(1).dataSync()[0]!;
      out.dispose();
      return best;
    },
    dispose: () => model.dispose(),
  };
}
