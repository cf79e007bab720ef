import { describe, expect, it } from 'vitest';
import { loadDigits } from '../../scripts/data/mnist.ts';
import { oneHot } from './cost.ts';
import { Network } from './network.ts';
import { createRandom } from './random.ts';
import { evaluate, train, type EpochReport, type Sample } from './train.ts';

const truthTable = (f: (a: number, b: number) => number): Sample[] =>
  [
    [0, 0],
    [0, 1],
    [1, 0],
    [1, 1],
  ].map(([a, b]) => ({ input: [a!, b!], target: [f(a!, b!)] }));

describe('learning logic gates', () => {
  it.each([
    ['AND', truthTable((a, b) => a & b)],
    ['OR', truthTable((a, b) => a | b)],
  ])('a single sigmoid neuron learns %s', (_, samples) => {
    const net = new Network({ sizes: [2, 1], activations: 'sigmoid' }).initialise(createRandom(1));
    const reports = train(net, samples, { epochs: 2000, learningRate: 2, random: createRandom(2) });
    expect(reports.at(-1)!.accuracy).toBe(1);
    for (const s of samples)
      expect(Math.abs(net.predict(s.input)[0]! - s.target[0]!)).toBeLessThan(0.2);
  });

  it('a 2-2-1 network learns XOR, which no single neuron can', () => {
    const samples = truthTable((a, b) => a ^ b);
    const net = new Network({ sizes: [2, 2, 1], activations: 'sigmoid' }).initialise(
      createRandom(3),
    );
    train(net, samples, { epochs: 4000, learningRate: 2, random: createRandom(4) });
    for (const s of samples)
      expect(Math.abs(net.predict(s.input)[0]! - s.target[0]!)).toBeLessThan(0.2);

    const single = new Network({ sizes: [2, 1], activations: 'sigmoid' }).initialise(
      createRandom(3),
    );
    const [last] = train(single, samples, {
      epochs: 4000,
      learningRate: 2,
      random: createRandom(4),
    }).slice(-1);
    expect(last!.accuracy).toBeLessThan(1);
  });
});

describe('training runs', () => {
  const run = () => {
    const net = new Network({ sizes: [2, 3, 1], activations: 'tanh' }).initialise(createRandom(8));
    const reports: EpochReport[] = [];
    train(
      net,
      truthTable((a, b) => a ^ b),
      {
        epochs: 5,
        learningRate: 0.3,
        batchSize: 2,
        random: createRandom(9),
        onEpoch: (r) => reports.push(r),
      },
    );
    return { weights: Array.from(net.layers[0]!.weights), reports };
  };

  it('are reproducible exactly from their seeds and report every epoch', () => {
    const a = run();
    const b = run();
    expect(a.weights).toEqual(b.weights);
    expect(a.reports.map((r) => r.epoch)).toEqual([1, 2, 3, 4, 5]);
    expect(a.reports).toEqual(b.reports);
  });

  it.each([
    [{ epochs: -1 }, 'epochs must be a whole number'],
    [{ batchSize: 0 }, 'batchSize must be a whole number of at least 1; got 0'],
    [{ learningRate: 0 }, 'learningRate must be a positive finite number; got 0'],
  ])('reject %j', (bad, message) => {
    const net = new Network({ sizes: [2, 1], activations: 'sigmoid' });
    expect(() =>
      train(
        net,
        truthTable((a) => a),
        {
          epochs: 1,
          learningRate: 1,
          random: createRandom(1),
          ...bad,
        },
      ),
    ).toThrow(message);
  });
});

describe('reading real digits', () => {
  it('a [784, 16, 16, 10] network scores above 85% on held-out digits', () => {
    const { train: digits, heldOut } = loadDigits();
    const toSample = (d: { pixels: Float64Array; label: number }): Sample => ({
      input: d.pixels,
      target: oneHot(d.label, 10),
    });
    const net = new Network({ sizes: [784, 16, 16, 10], activations: 'sigmoid' }).initialise(
      createRandom(11),
    );
    train(net, digits.map(toSample), {
      epochs: 6,
      learningRate: 3,
      batchSize: 10,
      random: createRandom(12),
      evaluation: heldOut.slice(0, 10).map(toSample),
    });
    const { accuracy } = evaluate(net, heldOut.map(toSample));
    expect(heldOut.length).toBe(600);
    expect(accuracy).toBeGreaterThan(0.85);
  });
});
