#!/usr/bin/env node
/**
 * npm run train
 *
 * Trains the classic digit network, [784, 16, 16, 10] with sigmoid neurons and squared-error
 * cost, with this project's own core on the 8,000 training digits of the balanced split
 * (scripts/data/mnist.ts; the 600 held-out digits are never trained on), and writes it in the
 * core's versioned JSON format to public/models/digits.json, plus the sample digits for the
 * demos to public/models/digit-samples.bin. Everything is seeded: a rerun writes the same files.
 *
 * Recipe: mini-batches of 10; η falls geometrically from 3 to 0.02 over 150 epochs; each epoch,
 * 80% of the digits are shifted by up to one pixel each way (so the network sees slightly
 * different digits every time and overfits the 8,000 less).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import {
  createRandom,
  evaluate,
  Network,
  oneHot,
  serialiseNetwork,
  train,
  type Sample,
} from '../src/core/index.ts';
import { encodeSamples } from '../src/digits/samples.ts';
import { jitter } from './data/augment.ts';
import { loadDigits } from './data/mnist.ts';

const SIZES = [784, 16, 16, 10];
const EPOCHS = 150;
const RATE_START = 3;
const RATE_END = 0.02;
const SHIFT_CHANCE = 0.8;
const SIGNIFICANT_DIGITS = 4;
const SAMPLES_PER_DIGIT = 10;

const { train: digits, heldOut } = loadDigits();
const heldOutSamples: Sample[] = heldOut.map((d) => ({
  input: d.pixels,
  target: oneHot(d.label, 10),
}));
const targets = Array.from({ length: 10 }, (_, d) => oneHot(d, 10));
const random = createRandom(20261121);
const network = new Network({ sizes: SIZES, activations: 'sigmoid' }).initialise(createRandom(1));

console.log(
  `Training [${SIZES.join(', ')}] sigmoid on ${digits.length} digits, ${EPOCHS} epochs …`,
);
const start = performance.now();
for (let epoch = 0; epoch < EPOCHS; epoch++) {
  const learningRate = RATE_START * (RATE_END / RATE_START) ** (epoch / (EPOCHS - 1));
  const samples = digits.map((d) => ({
    input: jitter(d.pixels, random, SHIFT_CHANCE, 1),
    target: targets[d.label]!,
  }));
  train(network, samples, { epochs: 1, learningRate, batchSize: 10, random });
  if ((epoch + 1) % 10 === 0) {
    const { cost, accuracy } = evaluate(network, heldOutSamples);
    console.log(
      `epoch ${String(epoch + 1).padStart(3)}  η ${learningRate.toFixed(3)}  held-out cost ${cost.toFixed(4)}  accuracy ${(accuracy * 100).toFixed(1)}%  (${((performance.now() - start) / 1000).toFixed(0)} s)`,
    );
  }
}

mkdirSync('public/models', { recursive: true });
const json = serialiseNetwork(network, SIGNIFICANT_DIGITS);
writeFileSync('public/models/digits.json', `${json}\n`);

// Ten held-out digits of each kind for the demos: the first ten of each in the split.
const picked = Array.from({ length: 10 }, (_, label) =>
  heldOut.filter((d) => d.label === label).slice(0, SAMPLES_PER_DIGIT),
).flat();
writeFileSync('public/models/digit-samples.bin', encodeSamples(picked));
console.log(
  `Wrote public/models/digits.json (${(json.length / 1024).toFixed(1)} KB) and public/models/digit-samples.bin (${picked.length} digits).`,
);
