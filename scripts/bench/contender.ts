/**
 * What the benchmark asks of each library: load the shared initial weights, run one sample
 * forward, train on one sample (batch-1 SGD with squared error), and say its guess.
 */
import type { Digit } from '../data/mnist.ts';

/** Initial weights shared by every contender: W⁽ˡ⁾ rows (one per neuron) and biases. */
export interface InitialWeights {
  sizes: number[];
  layers: { weights: Float64Array; biases: Float64Array }[];
}

export interface Contender {
  name: string;
  /** Whether it started from the shared initial weights (false if the library cannot). */
  sharedStart: boolean;
  /** Prepares digits in the library's own input format, outside the timed loops. */
  prepare(digits: readonly Digit[]): unknown[];
  forward(input: unknown): void;
  /** One SGD step on one prepared sample with its one-hot target. */
  trainSample(input: unknown, label: number): void | Promise<unknown>;
  /** The index of the brightest output. */
  guess(input: unknown): number;
  dispose?(): void;
}
