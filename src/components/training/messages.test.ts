import { describe, expect, it } from 'vitest';
import { parseCommand, parseReport, parseSettings } from './messages';
import { DEFAULT_SETTINGS } from './trainer';

const input = () => new Float32Array(784).fill(0.5);
const weights = (n: number) => new Float32Array(n * 784);

describe('commands from the page', () => {
  it.each([
    [{ type: 'run' }],
    [{ type: 'pause' }],
    [{ type: 'step' }],
    [{ type: 'reset' }],
    [{ type: 'settings', settings: DEFAULT_SETTINGS }],
    [{ type: 'add', example: { input: input(), label: 3 } }],
    [{ type: 'predict', id: 7, input: input() }],
    [{ type: 'init', data: new ArrayBuffer(8), settings: DEFAULT_SETTINGS, examples: [] }],
  ])('accepts %j', (message) => {
    expect(parseCommand(message)).toEqual(message);
  });

  it.each([
    ['not an object', 'run', 'A command must be an object'],
    ['an unknown type', { type: 'explode' }, 'Unknown command "explode"'],
    [
      'a label that is no digit',
      { type: 'add', example: { input: input(), label: 10 } },
      'label must be a digit',
    ],
    ['a short input', { type: 'predict', id: 1, input: new Float32Array(10) }, '784 inputs'],
    ['a plain array input', { type: 'predict', id: 1, input: Array(784).fill(0) }, '784 inputs'],
    [
      'an input outside [0, 1]',
      { type: 'predict', id: 1, input: input().fill(Number.NaN) },
      'in [0, 1]',
    ],
    ['a fractional id', { type: 'predict', id: 1.5, input: input() }, 'predict.id'],
    ['init without data', { type: 'init', settings: DEFAULT_SETTINGS, examples: [] }, 'init.data'],
  ])('rejects %s', (_, message, reason) => {
    expect(() => parseCommand(message)).toThrow(reason);
  });
});

describe('settings', () => {
  it.each([
    ['three hidden layers', { hidden: [8, 8, 8] }, 'settings.hidden'],
    ['an empty layer', { hidden: [0] }, 'settings.hidden'],
    ['a huge layer', { hidden: [100000] }, 'settings.hidden'],
    ['tanh', { activation: 'tanh' }, 'settings.activation'],
    ['an unknown cost', { cost: 'hinge' }, 'settings.cost'],
    ['η = 0', { learningRate: 0 }, 'settings.learningRate'],
    ['η = Infinity', { learningRate: Infinity }, 'settings.learningRate'],
    ['a batch of 0', { batchSize: 0 }, 'settings.batchSize'],
    ['a fractional seed', { seed: 0.5 }, 'settings.seed'],
  ])('rejects %s', (_, change, reason) => {
    expect(() => parseSettings({ ...DEFAULT_SETTINGS, ...change })).toThrow(reason);
  });

  it('copies the hidden sizes (the caller cannot change them afterwards)', () => {
    const hidden = [16, 16];
    const settings = parseSettings({ ...DEFAULT_SETTINGS, hidden });
    hidden[0] = 99;
    expect(settings.hidden).toEqual([16, 16]);
  });
});

describe('reports from the worker', () => {
  const progress = {
    type: 'progress',
    batches: 3,
    seen: 30,
    epochSize: 4500,
    trainingCost: Number.NaN,
    heldOutCost: 2.3,
    accuracy: 0.1,
    running: true,
    hidden: 2,
    weights: weights(2),
  };

  it.each([
    [{ type: 'ready', train: 4500, heldOut: 1000 }],
    [progress],
    [{ type: 'prediction', id: 2, outputs: Array(10).fill(0.1) }],
    [{ type: 'added', count: 1 }],
    [{ type: 'error', stage: 'data', message: 'broken' }],
  ])('accepts %j', (message) => {
    expect(parseReport(message)).toEqual(message);
  });

  it.each([
    ['weights of the wrong size', { ...progress, weights: weights(3) }, 'hidden × 784'],
    ['an accuracy above 1', { ...progress, accuracy: 1.5 }, 'progress.accuracy'],
    ['a missing count', { ...progress, seen: undefined }, 'progress.seen'],
    ['nine outputs', { type: 'prediction', id: 2, outputs: Array(9).fill(0) }, 'ten outputs'],
    ['an unknown stage', { type: 'error', stage: 'disk', message: 'x' }, 'stage'],
    ['an unknown type', { type: 'hello' }, 'Unknown report "hello"'],
    ['null', null, 'A report must be an object'],
  ])('rejects %s', (_, message, reason) => {
    expect(() => parseReport(message)).toThrow(reason);
  });
});
