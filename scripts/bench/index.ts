#!/usr/bin/env node
/**
 * npm run bench [-- --json]
 *
 * Single-sample forward passes per second and batch-1 SGD training samples per second on a
 * [784, 16, 16, 10] sigmoid network with real digits, for this project's core and for its
 * peers, plus the machine's scalar multiply-add peak. Every contender starts from the same
 * initial weights, trains one epoch over the same 8,000 digits in the same order, and
 * reports its held-out accuracy to show it really learns.
 *
 * The contenders run interleaved, in rounds (see ROUNDS below), and the verdict is the median
 * of the per-round ratios core / fastest peer, with their range: a busy machine slows a whole
 * round, not one contender.
 */
import os from 'node:os';
import { PerformanceObserver } from 'node:perf_hooks';
import { createRandom, Network, shuffle } from '../../src/core/index.ts';
import { loadDigits, type Digit } from '../data/mnist.ts';
import { brainContender } from './brain.ts';
import type { Contender, InitialWeights } from './contender.ts';
import { coreContender } from './core.ts';
import { scalarPeak } from './peak.ts';
import { median, spread } from './stats.ts';
import { tfjsContender } from './tfjs.ts';

const SIZES = [784, 16, 16, 10];
const MACS_PER_SAMPLE = SIZES.slice(1).reduce((s, n, l) => s + n * SIZES[l]!, 0);
const LEARNING_RATE = 0.5;
/** Interleaved rounds; each trains every contender on 1/ROUNDS of the epoch. */
const ROUNDS = 8;
/** Forward passes per contender per round. */
const FORWARD_SAMPLES = 3000;
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

/** Rate of running `inputs` forward once each, in samples per second. */
function forwardRate(c: Contender, inputs: readonly unknown[]): number {
  const start = performance.now();
  for (const input of inputs) c.forward(input);
  return inputs.length / ((performance.now() - start) / 1000);
}

/** Rate of one batch-1 SGD step per sample over `digits` (prepared as `inputs`). */
async function trainRate(c: Contender, inputs: readonly unknown[], digits: readonly Digit[]) {
  const start = performance.now();
  for (let k = 0; k < digits.length; k++) {
    const pending = c.trainSample(inputs[k], digits[k]!.label);
    if (pending) await pending;
  }
  return digits.length / ((performance.now() - start) / 1000);
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
const denseCore = coreContender(init, LEARNING_RATE);
const denseForward = Math.max(
  ...Array.from({ length: 5 }, () => forwardRate(denseCore, denseInputs)),
);
const allocation = await garbageCollections(init, train);
const makers: [string, () => Contender | Promise<Contender>][] = [
  ['core', () => coreContender(init, LEARNING_RATE)],
  ['brain2', () => brainContender('brain2', init, LEARNING_RATE)],
  ['brain1', () => brainContender('brain1', init, LEARNING_RATE)],
  ['tfjs', () => tfjsContender(init, LEARNING_RATE)],
];
interface Entry {
  contender: Contender;
  trainInputs: unknown[];
  testInputs: unknown[];
  forward: number[];
  train: number[];
}
const entries: Entry[] = [];
for (const [label, make] of makers) {
  log(`Preparing ${label} …`);
  const contender = await make();
  const trainInputs = contender.prepare(train);
  const testInputs = contender.prepare(heldOut);
  for (let k = 0; k < 2000; k++) contender.forward(trainInputs[k % trainInputs.length]);
  entries.push({ contender, trainInputs, testInputs, forward: [], train: [] });
}

// Interleaved rounds: in each round every contender (in an order rotated round by round, so
// no one always runs first or last) runs the same forward passes and trains on the next slice
// of the epoch. A busy spell on the shared machine then slows every contender of that round
// alike, and the per-round ratios stay fair where absolute rates do not.
const slice = Math.ceil(train.length / ROUNDS);
const forwardInputs = (e: Entry) => e.trainInputs.slice(0, FORWARD_SAMPLES);
for (let round = 0; round < ROUNDS; round++) {
  log(`Round ${round + 1} of ${ROUNDS} …`);
  const from = round * slice;
  const to = Math.min(train.length, from + slice);
  for (let k = 0; k < entries.length; k++) {
    const e = entries[(k + round) % entries.length]!;
    e.forward.push(forwardRate(e.contender, forwardInputs(e)));
    e.train.push(
      await trainRate(e.contender, e.trainInputs.slice(from, to), train.slice(from, to)),
    );
  }
}

const results: Result[] = entries.map((e) => {
  let right = 0;
  heldOut.forEach((d, k) => (right += e.contender.guess(e.testInputs[k]) === d.label ? 1 : 0));
  e.contender.dispose?.();
  return {
    name: e.contender.name,
    sharedStart: e.contender.sharedStart,
    forwardPerSecond: median(e.forward),
    trainPerSecond: median(e.train),
    accuracy: right / heldOut.length,
  };
});

/** Per round: the core's rate over the fastest peer's rate in that same round. */
const perRound = (pick: (e: Entry) => number[]) =>
  Array.from({ length: ROUNDS }, (_, r) => {
    const [core, ...peers] = entries.map((e) => pick(e)[r]!);
    return core! / Math.max(...peers);
  });
const forwardRatios = perRound((e) => e.forward);
const trainRatios = perRound((e) => e.train);

const core = results[0]!;
const peakSamples = peakMacs / MACS_PER_SAMPLE;
const summary = {
  date: new Date().toISOString().slice(0, 10),
  machine: `${os.cpus()[0]?.model ?? 'unknown CPU'}, ${os.cpus().length} cores, Node ${process.version}, load average ${os.loadavg()[0]!.toFixed(1)}`,
  network: SIZES,
  multiplyAddsPerSample: MACS_PER_SAMPLE,
  rounds: ROUNDS,
  scalarPeak: { multiplyAddsPerSecond: peakMacs, samplesPerSecond: peakSamples },
  /** The core on inputs with no zero pixels, where skipping zeros cannot help. */
  coreDenseForwardPerSecond: denseForward,
  /** Garbage collections during 100,000 forward passes and 20,000 training steps of the core. */
  coreGarbageCollections: allocation,
  /** Median rates over the rounds, and accuracy after the whole epoch. */
  results,
  /** The core over the fastest peer, round by round. */
  ratios: { forward: forwardRatios, train: trainRatios },
  targets: {
    forwardVsFastestPeer: spread(forwardRatios),
    trainVsFastestPeer: spread(trainRatios),
    forwardVsPeak: core.forwardPerSecond / peakSamples,
    denseForwardVsPeak: denseForward / peakSamples,
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
  const ratio = (t: { median: number; min: number; max: number }) =>
    `${t.median.toFixed(2)}× the fastest peer (median of ${ROUNDS} interleaved rounds; range ${t.min.toFixed(2)}–${t.max.toFixed(2)}×)`;
  console.log(`Core forward: ${ratio(summary.targets.forwardVsFastestPeer)}`);
  console.log(
    `Core forward: ${(summary.targets.forwardVsPeak * 100).toFixed(0)}% of the scalar peak on digits (zero pixels skipped)`,
  );
  console.log(
    `Core forward on dense inputs (nothing to skip): ${k(denseForward)} samples/s, ${(summary.targets.denseForwardVsPeak * 100).toFixed(0)}% of the scalar peak`,
  );
  console.log(`Core training: ${ratio(summary.targets.trainVsFastestPeer)}`);
  console.log(
    `Garbage collections during 100,000 core forward passes and 20,000 training steps: ${allocation}`,
  );
}
