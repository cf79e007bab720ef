import { describe, expect, it } from 'vitest';
import { readTrainSetFile } from '../../../scripts/data/train-set-file.ts';
import { Backprop } from '~/core/backprop';
import { oneHot } from '~/core/cost';
import { Network, argmax } from '~/core/network';
import { createRandom } from '~/core/random';
import { decodeTrainSet } from '~/digits/train-set';
import { DEFAULT_SETTINGS, DigitTrainer, EXAMPLE_REPEATS } from './trainer';

const data = decodeTrainSet(readTrainSetFile());
const epoch = data.train.count / DEFAULT_SETTINGS.batchSize;

describe('DigitTrainer', () => {
  it('reaches 90% held-out accuracy within 5 epochs with the default settings', () => {
    const trainer = new DigitTrainer(data, DEFAULT_SETTINGS);
    const scores: number[] = [];
    for (let e = 1; e <= 5 && !(scores.at(-1)! >= 0.9); e++) {
      for (let b = 0; b < epoch; b++) trainer.step();
      scores.push(trainer.score().accuracy);
    }
    expect(Math.max(...scores)).toBeGreaterThanOrEqual(0.9);
    expect(trainer.seen).toBe(trainer.batches * DEFAULT_SETTINGS.batchSize);
  });

  it('scores held-out digits as an independent count does (argmax over the forward pass)', () => {
    const trainer = new DigitTrainer(data, DEFAULT_SETTINGS);
    for (let b = 0; b < 200; b++) trainer.step();
    let right = 0;
    for (let k = 0; k < data.heldOut.count; k++) {
      const out = trainer.network.predict(data.heldOut.pixels.subarray(k * 784, (k + 1) * 784));
      if (argmax(out) === data.heldOut.labels[k]) right++;
    }
    expect(trainer.score().accuracy).toBe(right / data.heldOut.count);
  });

  it('gives the same numbers for the same seed and steps, and others for another seed', () => {
    const run = (seed: number) => {
      const t = new DigitTrainer(data, { ...DEFAULT_SETTINGS, seed });
      for (let b = 0; b < 50; b++) t.step();
      return { weights: t.firstLayerWeights(), score: t.score(), cost: t.takeTrainingCost() };
    };
    const [a, b, c] = [run(1), run(1), run(2)];
    expect(b).toEqual(a);
    expect(c.weights).not.toEqual(a.weights);
  });

  it('takes one gradient step per batch, as the core does on the same digits', () => {
    // One training digit and no shifts: every batch is that digit three times, so the core's
    // own Backprop, on a network initialised from the same seed, is the oracle.
    const one = {
      train: {
        pixels: data.train.pixels.slice(0, 784),
        labels: data.train.labels.slice(0, 1),
        count: 1,
      },
      heldOut: data.heldOut,
    };
    const settings = { ...DEFAULT_SETTINGS, batchSize: 3, seed: 5 };
    const trainer = new DigitTrainer(one, settings, [], 0);
    const oracle = new Network({ sizes: [784, 32, 10], activations: 'sigmoid', output: 'softmax' });
    oracle.initialise(createRandom(5));
    const backprop = new Backprop(oracle, 'cross-entropy');
    for (let b = 0; b < 4; b++) {
      trainer.step();
      for (let k = 0; k < 3; k++)
        backprop.accumulate(one.train.pixels, oneHot(one.train.labels[0]!, 10));
      backprop.apply(settings.learningRate);
    }
    trainer.network.layers.forEach((layer, l) => {
      expect(layer.weights).toEqual(oracle.layers[l]!.weights);
      expect(layer.biases).toEqual(oracle.layers[l]!.biases);
    });
    expect(trainer.batches).toBe(4);
    expect(trainer.seen).toBe(12);
  });

  it('learns the reader’s own examples: an odd drawing is read with its given label', () => {
    const square = new Float32Array(784);
    for (let y = 6; y < 22; y++) for (let x = 6; x < 22; x++) square[y * 28 + x] = 1;
    const trainer = new DigitTrainer(data, DEFAULT_SETTINGS);
    trainer.addExample(square, 7);
    expect(trainer.exampleCount).toBe(1);
    expect(trainer.epochSize).toBe(data.train.count + EXAMPLE_REPEATS);
    for (let b = 0; b < 3 * epoch; b++) trainer.step();
    expect(argmax(trainer.predict(square))).toBe(7);
  });

  it('keeps training finite numbers when the weights blow up (ReLU at η = 10)', () => {
    const trainer = new DigitTrainer(data, {
      ...DEFAULT_SETTINGS,
      activation: 'relu',
      learningRate: 10,
    });
    for (let b = 0; b < 300; b++) trainer.step();
    const { accuracy } = trainer.score();
    expect(accuracy).toBeGreaterThanOrEqual(0);
    expect(accuracy).toBeLessThanOrEqual(0.2);
  });

  it('uses cross-entropy with a softmax output and squared error with sigmoid outputs', () => {
    const ce = new DigitTrainer(data, DEFAULT_SETTINGS).network;
    const se = new DigitTrainer(data, { ...DEFAULT_SETTINGS, cost: 'squared-error' }).network;
    expect(ce.softmaxOutput).toBe(true);
    expect(se.softmaxOutput).toBe(false);
    expect(se.layers.at(-1)!.activation.name).toBe('sigmoid');
  });
});
