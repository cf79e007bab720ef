/**
 * The messages between the TrainingLab (page) and its training worker, as two discriminated
 * unions, and their checks: each side validates what it receives (`parseCommand` in the
 * worker, `parseReport` on the page), so a malformed message becomes an Error with a reason,
 * never a half-understood command.
 *
 * Page → worker (Command):
 *   init     the training set file (ArrayBuffer), the settings and the reader's examples
 *   run      train continuously, reporting at most every REPORT_MS
 *   pause    stop after the current slice
 *   step     train one batch, then report
 *   reset    a fresh network from the same seed (the examples are kept)
 *   settings new settings: a new η applies at once; a new shape or cost starts a fresh
 *            network (still running if it was)
 *   add      one of the reader's drawings (784 inputs) with its label
 *   predict  the ten outputs for one input, answered by a `prediction` with the same id
 *
 * Worker → page (Report):
 *   ready      the data is decoded: how many training and held-out digits
 *   progress   batches and digits seen, training cost, held-out cost and accuracy, and the
 *              first layer's weights (float32, hidden × 784, transferred)
 *   prediction the outputs for a `predict`
 *   added      how many examples the reader has added
 *   error      something failed: `data` (the file could not be read) or `training`
 */
import { COST_NAMES, type CostName } from '~/core/cost.ts';
import { TRAINING_ACTIVATIONS, type TrainingSettings } from './trainer';
import { PIXELS } from '~/digits/picture';

/** Progress is reported at most this often while training runs (10 a second). */
export const REPORT_MS = 100;

/**
 * While training runs, the held-out digits are measured only every MEASURE_EVERY batches
 * (1,000 digits at the lab's batches of 10), counted from a fresh network. So every point a
 * reader sees on the curve, on any machine at any speed, is one of these, and a lesson's claim
 * checked at all of them holds for what any reader sees (content/claims).
 */
export const MEASURE_EVERY = 100;

export interface Example {
  input: Float32Array;
  label: number;
}

export type Command =
  | { type: 'init'; data: ArrayBuffer; settings: TrainingSettings; examples: Example[] }
  | { type: 'run' }
  | { type: 'pause' }
  | { type: 'step' }
  | { type: 'reset' }
  | { type: 'settings'; settings: TrainingSettings }
  | { type: 'add'; example: Example }
  | { type: 'predict'; id: number; input: Float32Array };

export interface Progress {
  type: 'progress';
  batches: number;
  seen: number;
  /** Digits in one epoch (the training digits and the reader's repeated examples). */
  epochSize: number;
  /** Mean training cost per digit since the previous report (NaN when none was trained). */
  trainingCost: number;
  heldOutCost: number;
  /** Held-out accuracy in [0, 1]. */
  accuracy: number;
  running: boolean;
  /** Neurons in the first hidden layer, and their weights, hidden × 784. */
  hidden: number;
  weights: Float32Array;
}

export type Report =
  | { type: 'ready'; train: number; heldOut: number }
  | Progress
  | { type: 'prediction'; id: number; outputs: number[] }
  | { type: 'added'; count: number }
  | { type: 'error'; stage: 'data' | 'training'; message: string };

/** Largest hidden layer the lab accepts. */
export const MAX_HIDDEN = 256;

type Data = Record<string, unknown>;

function record(value: unknown, what: string): Data {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new Error(`${what} must be an object`);
  }
  return value as Data;
}

const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0;
const isNumber = (v: unknown): v is number => typeof v === 'number';

function pixels(value: unknown, what: string): Float32Array {
  if (!(value instanceof Float32Array) || value.length !== PIXELS) {
    throw new Error(`${what} must be a Float32Array of ${PIXELS} inputs`);
  }
  for (const v of value) if (!(v >= 0 && v <= 1)) throw new Error(`${what} must lie in [0, 1]`);
  return value;
}

function label(value: unknown): number {
  if (!isCount(value) || value > 9)
    throw new Error(`label must be a digit 0–9; got ${String(value)}`);
  return value;
}

function example(value: unknown): Example {
  const e = record(value, 'example');
  return { input: pixels(e.input, 'example.input'), label: label(e.label) };
}

/** Checks settings from the page: 1–2 hidden layers of 1–MAX_HIDDEN, known names, η > 0. */
export function parseSettings(value: unknown): TrainingSettings {
  const s = record(value, 'settings');
  const hidden = s.hidden;
  if (
    !Array.isArray(hidden) ||
    hidden.length < 1 ||
    hidden.length > 2 ||
    !hidden.every((n) => isCount(n) && n >= 1 && n <= MAX_HIDDEN)
  ) {
    throw new Error(`settings.hidden must be 1 or 2 layer sizes from 1 to ${MAX_HIDDEN}`);
  }
  if (!(TRAINING_ACTIVATIONS as readonly unknown[]).includes(s.activation)) {
    throw new Error(`settings.activation must be one of ${TRAINING_ACTIVATIONS.join(', ')}`);
  }
  if (!(COST_NAMES as readonly unknown[]).includes(s.cost)) {
    throw new Error(`settings.cost must be one of ${COST_NAMES.join(', ')}`);
  }
  const rate = s.learningRate;
  if (!isNumber(rate) || !(rate > 0) || !Number.isFinite(rate)) {
    throw new Error('settings.learningRate must be a positive finite number');
  }
  if (!isCount(s.batchSize) || s.batchSize < 1 || s.batchSize > 1000) {
    throw new Error('settings.batchSize must be a whole number from 1 to 1000');
  }
  if (!Number.isInteger(s.seed)) throw new Error('settings.seed must be a whole number');
  return {
    hidden: [...(hidden as number[])],
    activation: s.activation as TrainingSettings['activation'],
    cost: s.cost as CostName,
    learningRate: rate,
    batchSize: s.batchSize,
    seed: s.seed as number,
  };
}

/** A command from the page, checked; throws an Error naming what is wrong. */
export function parseCommand(value: unknown): Command {
  const m = record(value, 'A command');
  switch (m.type) {
    case 'run':
    case 'pause':
    case 'step':
    case 'reset':
      return { type: m.type };
    case 'init': {
      if (!(m.data instanceof ArrayBuffer)) throw new Error('init.data must be an ArrayBuffer');
      if (!Array.isArray(m.examples)) throw new Error('init.examples must be a list');
      return {
        type: 'init',
        data: m.data,
        settings: parseSettings(m.settings),
        examples: m.examples.map(example),
      };
    }
    case 'settings':
      return { type: 'settings', settings: parseSettings(m.settings) };
    case 'add':
      return { type: 'add', example: example(m.example) };
    case 'predict':
      if (!isCount(m.id)) throw new Error('predict.id must be a whole number');
      return { type: 'predict', id: m.id, input: pixels(m.input, 'predict.input') };
    default:
      throw new Error(`Unknown command ${JSON.stringify(m.type)}`);
  }
}

/** A report from the worker, checked; throws an Error naming what is wrong. */
export function parseReport(value: unknown): Report {
  const m = record(value, 'A report');
  switch (m.type) {
    case 'ready':
      if (!isCount(m.train) || !isCount(m.heldOut)) throw new Error('ready needs two counts');
      return { type: 'ready', train: m.train, heldOut: m.heldOut };
    case 'progress': {
      const counts = ['batches', 'seen', 'epochSize', 'hidden'] as const;
      for (const k of counts) if (!isCount(m[k])) throw new Error(`progress.${k} must be a count`);
      for (const k of ['trainingCost', 'heldOutCost', 'accuracy'] as const) {
        if (!isNumber(m[k])) throw new Error(`progress.${k} must be a number`);
      }
      if (!((m.accuracy as number) >= 0 && (m.accuracy as number) <= 1)) {
        throw new Error('progress.accuracy must lie in [0, 1]');
      }
      if (typeof m.running !== 'boolean') throw new Error('progress.running must be true or false');
      if (
        !(m.weights instanceof Float32Array) ||
        m.weights.length !== (m.hidden as number) * PIXELS
      ) {
        throw new Error(`progress.weights must be a Float32Array of hidden × ${PIXELS} weights`);
      }
      return m as unknown as Progress;
    }
    case 'prediction':
      if (
        !isCount(m.id) ||
        !Array.isArray(m.outputs) ||
        m.outputs.length !== 10 ||
        !m.outputs.every(isNumber)
      ) {
        throw new Error('prediction needs an id and ten outputs');
      }
      return { type: 'prediction', id: m.id, outputs: m.outputs as number[] };
    case 'added':
      if (!isCount(m.count)) throw new Error('added.count must be a count');
      return { type: 'added', count: m.count };
    case 'error':
      if ((m.stage !== 'data' && m.stage !== 'training') || typeof m.message !== 'string') {
        throw new Error('error needs a stage ("data" or "training") and a message');
      }
      return { type: 'error', stage: m.stage, message: m.message };
    default:
      throw new Error(`Unknown report ${JSON.stringify(m.type)}`);
  }
}
