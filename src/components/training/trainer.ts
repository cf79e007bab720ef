/**
 * The training loop of the TrainingLab, without the worker around it (so it runs in Node for
 * the tests): a network built from settings and a seed, trained one mini-batch at a time with
 * the core's backpropagation on a TrainSet, scored on the held-out digits.
 *
 * Each batch draws the next digits of a shuffled order (reshuffled every epoch); with
 * probability SHIFT_CHANCE a digit is moved one pixel in a random direction first, so the
 * network sees slightly different digits each epoch and overfits the few thousand less.
 * Everything random comes from one generator seeded by `settings.seed`: the same settings and
 * the same steps give the same numbers.
 */
import { Backprop } from '~/core/backprop.ts';
import { cost, oneHot, type CostName } from '~/core/cost.ts';
import { argmax, Network } from '~/core/network.ts';
import { createRandom, type Random } from '~/core/random.ts';
import type { DigitSet, TrainSet } from '~/digits/train-set.ts';
import { PIXELS, SIDE } from '~/digits/picture';

/** Hidden-layer activations the lab offers. */
export const TRAINING_ACTIVATIONS = ['sigmoid', 'relu'] as const;
export type TrainingActivation = (typeof TRAINING_ACTIVATIONS)[number];

/** What a run is made of. */
export interface TrainingSettings {
  /** Neurons in each hidden layer (1 or 2 layers): [32] means 784-32-10. */
  hidden: number[];
  activation: TrainingActivation;
  /** 'cross-entropy' comes with a softmax output layer; 'squared-error' with `activation`. */
  cost: CostName;
  /** η, the step size of gradient descent. */
  learningRate: number;
  /** Digits per gradient step. */
  batchSize: number;
  /** Seeds the initial weights, the shuffling and the shifts. */
  seed: number;
}

export const DEFAULT_SETTINGS: TrainingSettings = {
  hidden: [32],
  activation: 'sigmoid',
  cost: 'cross-entropy',
  learningRate: 0.5,
  batchSize: 10,
  seed: 1,
};

/** How many times each of the reader's own drawings appears in an epoch. */
export const EXAMPLE_REPEATS = 10;
/** Chance that a training digit is shifted one pixel before it is used. */
export const SHIFT_CHANCE = 0.8;

/** Cost and accuracy over the held-out digits. */
export interface Score {
  /** Mean cost C per digit (NaN or Infinity once the weights have blown up). */
  cost: number;
  /** Fraction read right, in [0, 1]. */
  accuracy: number;
}

export class DigitTrainer {
  readonly network: Network;
  readonly settings: TrainingSettings;
  /** Mini-batches trained so far. */
  batches = 0;
  /** Digits trained on so far (batches × batch size). */
  seen = 0;
  private readonly backprop: Backprop;
  private readonly random: Random;
  private readonly data: TrainSet;
  private readonly examples: { input: Float32Array; label: number }[] = [];
  private readonly targets = Array.from({ length: 10 }, (_, d) => oneHot(d, 10));
  private readonly shifted = new Float64Array(PIXELS);
  private readonly shiftChance: number;
  private order: Int32Array;
  private next: number;
  /** Sum and count of the training cost since the last call to takeTrainingCost. */
  private costSum = 0;
  private costCount = 0;

  /**
   * A fresh network for `settings` over `data`. `examples` are the reader's own labelled
   * drawings (784 inputs each), trained on EXAMPLE_REPEATS times an epoch; `shiftChance` is
   * the chance that a digit is shifted (tests set 0 to compare with the core step by step).
   */
  constructor(
    data: TrainSet,
    settings: TrainingSettings,
    examples: readonly { input: ArrayLike<number>; label: number }[] = [],
    shiftChance = SHIFT_CHANCE,
  ) {
    this.shiftChance = shiftChance;
    this.data = data;
    this.settings = { ...settings, hidden: [...settings.hidden] };
    const softmax = settings.cost === 'cross-entropy';
    this.random = createRandom(settings.seed);
    this.network = new Network({
      sizes: [PIXELS, ...settings.hidden, 10],
      // Softmax replaces the output layer's activation; with squared error it is a sigmoid,
      // so every output stays in (0, 1) whatever the hidden layers use.
      activations: [...settings.hidden.map(() => settings.activation), 'sigmoid'],
      output: softmax ? 'softmax' : 'activation',
    }).initialise(this.random);
    this.backprop = new Backprop(this.network, settings.cost);
    for (const e of examples)
      this.examples.push({ input: Float32Array.from(e.input), label: e.label });
    this.order = this.freshOrder();
    this.next = this.order.length;
  }

  /** The reader's drawings added so far. */
  get exampleCount(): number {
    return this.examples.length;
  }

  /** Digits in one epoch: the training digits and EXAMPLE_REPEATS per reader example. */
  get epochSize(): number {
    return this.data.train.count + EXAMPLE_REPEATS * this.examples.length;
  }

  /** Sets η for the following batches. */
  setLearningRate(learningRate: number): void {
    this.settings.learningRate = learningRate;
  }

  /** Adds one of the reader's drawings; it joins the shuffled order from the next epoch. */
  addExample(input: ArrayLike<number>, label: number): void {
    if (input.length !== PIXELS)
      throw new Error(`An example needs ${PIXELS} inputs; got ${input.length}`);
    this.examples.push({ input: Float32Array.from(input), label });
  }

  /** One gradient step on the next batch of digits. */
  step(): void {
    const { batchSize, learningRate } = this.settings;
    const train = this.data.train;
    for (let k = 0; k < batchSize; k++) {
      if (this.next >= this.order.length) {
        this.order = this.freshOrder();
        this.next = 0;
      }
      const index = this.order[this.next++]!;
      const extra = index - train.count;
      const input =
        extra < 0
          ? train.pixels.subarray(index * PIXELS, (index + 1) * PIXELS)
          : this.examples[extra % this.examples.length]!.input;
      const label =
        extra < 0 ? train.labels[index]! : this.examples[extra % this.examples.length]!.label;
      const c = this.backprop.accumulate(this.maybeShift(input), this.targets[label]!);
      this.costSum += c;
      this.costCount++;
    }
    this.backprop.apply(learningRate);
    this.batches++;
    this.seen += batchSize;
  }

  /** Mean training cost per digit since the last call (NaN if nothing was trained). */
  takeTrainingCost(): number {
    const mean = this.costSum / this.costCount;
    this.costSum = 0;
    this.costCount = 0;
    return mean;
  }

  /** Cost and accuracy over the held-out digits. */
  score(set: DigitSet = this.data.heldOut): Score {
    let total = 0;
    let right = 0;
    for (let k = 0; k < set.count; k++) {
      const out = this.predictInto(set.pixels.subarray(k * PIXELS, (k + 1) * PIXELS));
      const y = this.targets[set.labels[k]!]!;
      total += cost(this.settings.cost, out, y);
      if (argmax(out) === set.labels[k]) right++;
    }
    return { cost: total / set.count, accuracy: right / set.count };
  }

  /** The ten outputs for one input (a fresh array). */
  predict(input: ArrayLike<number>): Float64Array {
    return this.predictInto(input).slice();
  }

  /**
   * The first layer's weights as float32, hidden × 784 row-major: row i is the picture of
   * hidden neuron i's weights.
   */
  firstLayerWeights(): Float32Array {
    return Float32Array.from(this.network.layers[0]!.weights);
  }

  private predictInto(input: ArrayLike<number>): Float64Array {
    return this.network.forward(input)[this.network.sizes.length - 1]!;
  }

  private freshOrder(): Int32Array {
    const order = new Int32Array(this.epochSize);
    for (let i = 0; i < order.length; i++) order[i] = i;
    for (let i = order.length - 1; i > 0; i--) {
      const j = this.random.int(i + 1);
      const t = order[i]!;
      order[i] = order[j]!;
      order[j] = t;
    }
    return order;
  }

  /** The digit, or (with probability shiftChance) a copy moved one pixel in any direction. */
  private maybeShift(input: Float32Array): ArrayLike<number> {
    if (this.random.next() >= this.shiftChance) return input;
    const dx = this.random.int(3) - 1;
    const dy = this.random.int(3) - 1;
    const out = this.shifted;
    out.fill(0);
    for (let y = Math.max(0, dy); y < Math.min(SIDE, SIDE + dy); y++) {
      const from = (y - dy) * SIDE - dx;
      for (let x = Math.max(0, dx); x < Math.min(SIDE, SIDE + dx); x++)
        out[y * SIDE + x] = input[from + x]!;
    }
    return out;
  }
}
