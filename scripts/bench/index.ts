#!/usr/bin/env node
/**
 * npm run bench [-- --json]
 *
 * Single-sample forward passes per second and batch-1 SGD training samples per second on a
 * [784, 16, 16, 10] sigmoid network with real digits, for this project's core and for its
 * peers, plus the machine's scalar multiply-add peak. Every contender starts from the same
 * initial weights, trains one epoch over the same 8,000 digits in the same order, and
 * reports its held-out accuracy to show it really learns.
 */
import os from 'node:os';
import { PerformanceObserver } from 'node:perf_hooks';
import { createRandom, Network, shuffle } from '../../src/core/index.ts';
import { loadDigits, type Digit } from '../data/mnist.ts';
import { brainContender } from './brain.ts';
import type { Contender, InitialWeights } from './contender.ts';
import { coreContender } from './core.ts';
import { scalarPeak } from './peak.ts';
import { tfjsContender } from './tfjs.ts';

const SIZES = [784, 16, 16, 10];
const MACS_PER_SAMPLE = SIZES.slice(1).reduce((s, n, l) => s + n * SIZES[l]!, 0);
const LEARNING_RATE = 0.5;
const FORWARD_TRIALS = 7;
const json = process.argv.includes('--json');
const log = (...a: unknown[]) => (json ? undefined : console.error(...a));

interface Result {
  name: string;
  sharedStart: boolean;
  forwardPerSecond: number;
  trainPerSecond: number;
  accuracy: number;
}

function initialWeights(): InitialWeights {
  const net = new Network({ sizes: SIZES, activations: 'sigmoid' }).initialise(createRandom(2026));
  return {
    sizes: SIZES,
    layers: net.layers.map((l) => ({ weights: l.weights.slice(), biases: l.biases.slice() })),
  };
}

/**
 * Best rate over several trials of running `inputs` forward once each. The best trial is the
 * one least disturbed by other work on the machine, so it is the steadiest measure.
 */
function forwardRate(c: Contender, inputs: unknown[]): number {
  for (let k = 0; k < 2000; k++) c.forward(inputs[k % inputs.length]);
  const rates: number[] = [];
  for (let trial = 0; trial < FORWARD_TRIALS; trial++) {
    const start = performance.now();
    for (const input of inputs) c.forward(input);
    rates.push(inputs.length / ((performance.now() - start) / 1000));
  }
  return Math.max(...rates);
}

/**
 * Counts garbage collections while the core runs 100,000 forward passes and 20,000 training
 * steps. A young-generation collection follows every few megabytes allocated, so 0 means the
 * hot path allocates nothing per sample.
 */
async function garbageCollections(init: InitialWeights, digits: Digit[]): Promise<number> {
  const c = coreContender(init, LEARNING_RATE);
  const inputs = c.prepare(digits);
  for (let k = 0; k < 5000; k++)
    c.trainSample(inputs[k % inputs.length], digits[k % inputs.length]!.label);
  await new Promise((r) => setTimeout(r, 50));
  let count = 0;
  const observer = new PerformanceObserver((list) => (count += list.getEntries().length));
  observer.observe({ entryTypes: ['gc'] });
  for (let k = 0; k < 100_000; k++) c.forward(inputs[k % inputs.length]);
  for (let k = 0; k < 20_000; k++)
    c.trainSample(inputs[k % inputs.length], digits[k % inputs.length]!.label);
  await new Promise((r) => setTimeout(r, 50));
  observer.disconnect();
  return count;
}

async function run(c: Contender, train: Digit[], heldOut: Digit[]): Promise<Result> {
  const trainInputs = c.prepare(train);
  const testInputs = c.prepare(heldOut);
  const forwardPerSecond = forwardRate(c, trainInputs.slice(0, 3000));
  const start = performance.now();
  for (let k = 0; k < train.length; k++) {
    const pending = c.trainSample(trainInputs[k], train[k]!.label);
    if (pending) await pending;
  }
  const trainPerSecond = train.length / ((performance.now() - start) / 1000);
  let right = 0;
  heldOut.forEach((d, k) => (right += c.guess(testInputs[k]) === d.label ? 1 : 0));
  c.dispose?.();
  return {
    name: c.name,
    sharedStart: c.sharedStart,
    forwardPerSecond,
    trainPerSecond,
    accuracy: right / heldOut.length,
  };
}

const { train: ordered, heldOut } = loadDigits();
const train = shuffle([...ordered], createRandom(7));
const init = initialWeights();
log(`Measuring the scalar peak …`);
const peakMacs = scalarPeak();
log(`Measuring the core on dense inputs …`);
const denseRandom = createRandom(99);
const denseInputs = Array.from({ length: 3000 }, () =>
  Float64Array.from({ length: SIZES[0]! }, () => 0.05 + 0.95 * denseRandom.next()),
);
const denseForward = forwardRate(coreContender(init, LEARNING_RATE), denseInputs);
const allocation = await garbageCollections(init, train);
const results: Result[] = [];
const makers: [string, () => Contender | Promise<Contender>][] = [
  ['core', () => coreContender(init, LEARNING_RATE)],
  ['brain2', () => brainContender('brain2', init, LEARNING_RATE)],
  ['brain1', () => brainContender('brain1', init, LEARNING_RATE)],
  ['tfjs', () => tfjsContender(init, LEARNING_RATE)],
];
for (const [label, make] of makers) {
  log(`Running ${label} …`);
  results.push(await run(await make(), train, heldOut));
}

const core = results[0]!;
const peers = results.slice(1);
const peakSamples = peakMacs / MACS_PER_SAMPLE;
const fastestForward = Math.max(...peers.map((p) => p.forwardPerSecond));
const fastestTrain = Math.max(...peers.map((p) => p.trainPerSecond));
const summary = {
  date: new Date().toISOString().slice(0, 10),
  machine: `${os.cpus()[0]?.model ?? 'unknown CPU'}, ${os.cpus().length} cores, Node ${process.version}`,
  network: SIZES,
  multiplyAddsPerSample: MACS_PER_SAMPLE,
  scalarPeak: { multiplyAddsPerSecond: peakMacs, samplesPerSecond: peakSamples },
  /** The core on inputs with no zero pixels, where skipping zeros cannot help. */
  coreDenseForwardPerSecond: denseForward,
  /** Garbage collections during 100,000 forward passes and 20,000 training steps of the core. */
  coreGarbageCollections: allocation,
  results,
  targets: {
    forwardVsFastestPeer: core.forwardPerSecond / fastestForward,
    forwardVsPeak: core.forwardPerSecond / peakSamples,
    denseForwardVsPeak: denseForward / peakSamples,
    trainVsFastestPeer: core.trainPerSecond / fastestTrain,
  },
};

if (json) {
  console.log(JSON.stringify(summary, null, 2));
} else {
  const k = (v: number) => `${(v / 1000).toFixed(1)}k`;
  const rows = results.map((r) => [
    r.name,
    k(r.forwardPerSecond),
    `${(r.forwardPerSecond / core.forwardPerSecond).toFixed(2)}×`,
    k(r.trainPerSecond),
    `${(r.trainPerSecond / core.trainPerSecond).toFixed(2)}×`,
    `${(r.accuracy * 100).toFixed(1)}%`,
    r.sharedStart ? 'yes' : 'no',
  ]);
  const head = [
    'library',
    'forward/s',
    'vs core',
    'train/s',
    'vs core',
    'held-out acc.',
    'same start',
  ];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i]!)).join('  ');
  console.log(`${summary.date} · ${summary.machine}`);
  console.log(
    `[784, 16, 16, 10] sigmoid, ${MACS_PER_SAMPLE} multiply-adds per sample, 1 epoch of batch-1 SGD (η = ${LEARNING_RATE}) on ${train.length} digits, accuracy on ${heldOut.length} held-out digits\n`,
  );
  console.log(line(head));
  console.log(line(widths.map((w) => '-'.repeat(w))));
  rows.forEach((r) => console.log(line(r)));
  console.log(
    `\nScalar multiply-add peak: ${(peakMacs / 1e9).toFixed(2)} G/s = ${k(peakSamples)} samples/s`,
  );
  console.log(
    `Core forward: ${summary.targets.forwardVsFastestPeer.toFixed(2)}× the fastest peer, ${(summary.targets.forwardVsPeak * 100).toFixed(0)}% of the scalar peak on digits (zero pixels skipped)`,
  );
  console.log(
    `Core forward on dense inputs (nothing to skip): ${k(denseForward)} samples/s, ${(summary.targets.denseForwardVsPeak * 100).toFixed(0)}% of the scalar peak`,
  );
  console.log(`Core training: ${summary.targets.trainVsFastestPeer.toFixed(2)}× the fastest peer`);
  console.log(
    `Garbage collections during 100,000 core forward passes and 20,000 training steps: ${allocation}`,
  );
}
