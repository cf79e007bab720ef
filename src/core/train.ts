import { Backprop } from './backprop.ts';
import { cost, isCorrect, type CostName } from './cost.ts';
import type { Network } from './network.ts';
import { shuffle, type Random } from './random.ts';

/** One training example: an input and the output we want for it. */
export interface Sample {
  input: ArrayLike<number>;
  target: ArrayLike<number>;
}

/** Progress after one epoch (one pass over the training samples). */
export interface EpochReport {
  /** 1-based epoch number. */
  epoch: number;
  /** Mean cost C over the evaluation samples. */
  cost: number;
  /** Fraction of evaluation samples the network gets right, in [0, 1]. */
  accuracy: number;
}

export interface TrainingOptions {
  epochs: number;
  /** η, the step size of gradient descent. */
  learningRate: number;
  /** Samples per gradient step; 1 is plain stochastic gradient descent. */
  batchSize?: number;
  cost?: CostName;
  /** Shuffles the samples before each epoch; the same seed gives the same run. */
  random: Random;
  /** Samples to report cost and accuracy on after each epoch; default the training samples. */
  evaluation?: readonly Sample[];
  /** Called after each epoch, e.g. to draw a learning curve. */
  onEpoch?: (report: EpochReport) => void;
}

/**
 * Mini-batch stochastic gradient descent with backpropagation: each epoch shuffles the
 * samples, and for each batch moves every weight and bias a step of η against the mean
 * gradient of the cost. Returns one report per epoch.
 */
export function train(
  network: Network,
  samples: readonly Sample[],
  options: TrainingOptions,
): EpochReport[] {
  const { epochs, learningRate, batchSize = 1, cost: costName = 'squared-error' } = options;
  if (!Number.isInteger(epochs) || epochs < 0) {
    throw new Error(`epochs must be a whole number of at least 0; got ${epochs}`);
  }
  if (!Number.isInteger(batchSize) || batchSize < 1) {
    throw new Error(`batchSize must be a whole number of at least 1; got ${batchSize}`);
  }
  if (!(learningRate > 0) || !Number.isFinite(learningRate)) {
    throw new Error(`learningRate must be a positive finite number; got ${learningRate}`);
  }
  if (samples.length === 0) throw new Error('train needs at least 1 sample; got 0');
  const backprop = new Backprop(network, costName);
  const order = samples.map((_, i) => i);
  const reports: EpochReport[] = [];
  for (let epoch = 1; epoch <= epochs; epoch++) {
    shuffle(order, options.random);
    for (let start = 0; start < order.length; start += batchSize) {
      const end = Math.min(start + batchSize, order.length);
      if (batchSize === 1) {
        const s = samples[order[start]!]!;
        backprop.step(s.input, s.target, learningRate);
        continue;
      }
      for (let k = start; k < end; k++) {
        const s = samples[order[k]!]!;
        backprop.accumulate(s.input, s.target);
      }
      backprop.apply(learningRate);
    }
    const report = { epoch, ...evaluate(network, options.evaluation ?? samples, costName) };
    reports.push(report);
    options.onEpoch?.(report);
  }
  return reports;
}

/** Mean cost and accuracy of the network over `samples`. */
export function evaluate(
  network: Network,
  samples: readonly Sample[],
  costName: CostName = 'squared-error',
): { cost: number; accuracy: number } {
  if (samples.length === 0) throw new Error('evaluate needs at least 1 sample; got 0');
  let total = 0;
  let right = 0;
  const last = network.sizes.length - 1;
  for (const s of samples) {
    const out = network.forward(s.input)[last]!;
    total += cost(costName, out, s.target);
    if (isCorrect(out, s.target)) right++;
  }
  return { cost: total / samples.length, accuracy: right / samples.length };
}
