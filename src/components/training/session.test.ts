import { describe, expect, it } from 'vitest';
import { readTrainSetFile } from '../../../scripts/data/train-set-file.ts';
import type { Progress, Report } from './messages';
import { TrainingSession } from './session';
import { DEFAULT_SETTINGS, DigitTrainer } from './trainer';
import { decodeTrainSet } from '~/digits/train-set';
import { MEASURE_EVERY } from './messages';

const file = readTrainSetFile();
const data = () => file.slice().buffer;

/**
 * A session with a hand-cranked scheduler and clock: `tick` runs the queued tasks. Each look at
 * the clock moves it `msPerLook` ms (1: a slice is about 20 batches).
 */
function harness(msPerLook = 1) {
  const reports: Report[] = [];
  let tasks: (() => void)[] = [];
  let clock = 0;
  const session = new TrainingSession({
    post: (report) => reports.push(report),
    schedule: (task) => tasks.push(task),
    now: () => (clock += msPerLook),
  });
  const tick = () => {
    const now = tasks;
    tasks = [];
    now.forEach((t) => t());
  };
  const last = () => reports.filter((r): r is Progress => r.type === 'progress').at(-1)!;
  return { session, reports, tick, last, queued: () => tasks.length };
}

const init = { type: 'init', settings: DEFAULT_SETTINGS, examples: [] };

describe('the training session', () => {
  it('reports ready and an untrained network after init', () => {
    const h = harness();
    h.session.handle({ ...init, data: data() });
    expect(h.reports[0]).toEqual({ type: 'ready', train: 4500, heldOut: 1000 });
    expect(h.last()).toMatchObject({ batches: 0, seen: 0, running: false, hidden: 32 });
    expect(h.last().weights).toHaveLength(32 * 784);
  });

  it('runs one loop however often run is sent, and stops on pause', () => {
    const h = harness();
    h.session.handle({ ...init, data: data() });
    h.session.handle({ type: 'run' });
    h.session.handle({ type: 'run' });
    expect(h.queued()).toBe(1);
    h.tick();
    h.tick();
    expect(h.queued()).toBe(1);
    h.session.handle({ type: 'pause' });
    const paused = h.last();
    expect(paused.running).toBe(false);
    expect(paused.batches).toBeGreaterThan(0);
    h.tick();
    expect(h.queued()).toBe(0);
    expect(h.last().batches).toBe(paused.batches);
  });

  it('while running, measures only at multiples of MEASURE_EVERY batches, on a fast or a slow machine alike', () => {
    // The same run on a machine 8 times slower: its reports fall at other batch counts, but
    // every one is a measuring point, with the accuracy a trainer stepped there by hand gives.
    const runs = [harness(0.25), harness(2)].map((h) => {
      h.session.handle({ ...init, data: data() });
      h.session.handle({ type: 'run' });
      for (let k = 0; k < 60; k++) h.tick();
      h.session.handle({ type: 'pause' });
      return h.reports.filter((r): r is Progress => r.type === 'progress').slice(1);
    });
    const byHand = new DigitTrainer(decodeTrainSet(data()), DEFAULT_SETTINGS);
    const accuracyAt = new Map<number, number>();
    for (const reports of runs) {
      expect(reports.length).toBeGreaterThan(1);
      for (const r of reports) {
        expect(r.batches % MEASURE_EVERY).toBe(0);
        while (byHand.batches < r.batches) {
          byHand.step();
          if (byHand.batches % MEASURE_EVERY === 0)
            accuracyAt.set(byHand.batches, byHand.score().accuracy);
        }
        expect(r.accuracy).toBe(accuracyAt.get(r.batches));
      }
    }
    // Paused, the run stopped at a measuring point too.
    expect(runs.map((r) => r.at(-1)!.running)).toEqual([false, false]);
    expect(new Set(runs.flat().map((r) => r.batches)).size).toBeGreaterThan(runs[0]!.length);
  });

  it('steps one batch at a time; reset gives the same numbers after the same steps', () => {
    const h = harness();
    h.session.handle({ ...init, data: data() });
    const steps = () => {
      for (let k = 0; k < 3; k++) h.session.handle({ type: 'step' });
      return h.last();
    };
    const first = steps();
    expect(first.batches).toBe(3);
    expect(first.seen).toBe(30);
    h.session.handle({ type: 'reset' });
    expect(h.last().batches).toBe(0);
    const again = steps();
    expect(again.accuracy).toBe(first.accuracy);
    expect(again.trainingCost).toBe(first.trainingCost);
    expect(again.weights).toEqual(first.weights);
  });

  it('changes η in place, and starts a fresh network for a new shape', () => {
    const h = harness();
    h.session.handle({ ...init, data: data() });
    h.session.handle({ type: 'step' });
    h.session.handle({ type: 'settings', settings: { ...DEFAULT_SETTINGS, learningRate: 0.1 } });
    expect(h.last().batches).toBe(1);
    h.session.handle({ type: 'settings', settings: { ...DEFAULT_SETTINGS, hidden: [16, 16] } });
    expect(h.last()).toMatchObject({ batches: 0, hidden: 16 });
  });

  it('answers predictions and counts added examples', () => {
    const h = harness();
    h.session.handle({ ...init, data: data() });
    h.session.handle({ type: 'predict', id: 4, input: new Float32Array(784) });
    const prediction = h.reports.at(-1)!;
    expect(prediction).toMatchObject({ type: 'prediction', id: 4 });
    const outputs = (prediction as { outputs: number[] }).outputs;
    expect(outputs.reduce((s, v) => s + v, 0)).toBeCloseTo(1, 9);
    h.session.handle({ type: 'add', example: { input: new Float32Array(784), label: 2 } });
    expect(h.reports.at(-1)).toEqual({ type: 'added', count: 1 });
    h.session.handle({ type: 'step' });
    expect(h.last().epochSize).toBe(4510);
  });

  it('reports a damaged file, a command before the data and a bad message, never throwing', () => {
    const h = harness();
    h.session.handle({ ...init, data: new ArrayBuffer(20) });
    expect(h.reports.at(-1)).toMatchObject({ type: 'error', stage: 'data' });
    expect((h.reports.at(-1) as { message: string }).message).toContain('Not a training set file');
    h.session.handle({ type: 'run' });
    expect(h.reports.at(-1)).toMatchObject({ type: 'error', stage: 'training' });
    h.session.handle({ type: 'explode' });
    expect((h.reports.at(-1) as { message: string }).message).toContain('Unknown command');
    expect(h.queued()).toBe(0);
  });
});
