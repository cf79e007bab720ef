/**
 * Lesson 6, "Layers and matrices": the parameter table, the matrix form and what the network
 * view shows, checked with the core and the shipped model; and that no single step neuron
 * computes XOR (the two-layer XOR is checked in ../xor-claim.test.ts).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { evaluateNeuron } from '~/core/neuron';
import { Network } from '~/core/network';
import { createRandom } from '~/core/random';
import { parseNetwork } from '~/core/serialize';
import { asides, lessonSource, prose, section } from './lesson';

const source = lessonSource('06-layers-and-matrices');
const model = parseNetwork(readFileSync('public/models/digits.json', 'utf8'));

/** The rows of the table in "Counting the numbers": n → k, weights, biases. */
function tableRows() {
  const rows = [
    ...section(source, 'Counting the numbers').matchAll(
      /^\| (\d+) → (\d+) \| \$\d+ \\times \d+ = ([\d{},]+)\$ \| \$(\d+)\$ \|$/gm,
    ),
  ];
  // Thousands are written 12{,}544 in the lesson's TeX (a comma with no space after it).
  const num = (s: string) => Number(s.replace(/\{,\}/g, ''));
  return rows.map((m) => ({
    n: num(m[1]!),
    k: num(m[2]!),
    weights: num(m[3]!),
    biases: num(m[4]!),
  }));
}

describe('lesson 6: counting the numbers', () => {
  const rows = tableRows();
  const text = prose(section(source, 'Counting the numbers'));

  it('the table has one row per step of 784-16-16-10, with k × n weights and k biases', () => {
    expect(rows.map((r) => [r.n, r.k])).toEqual([
      [784, 16],
      [16, 16],
      [16, 10],
    ]);
    for (const r of rows) {
      expect(r.weights).toBe(r.k * r.n);
      expect(r.biases).toBe(r.k);
    }
  });

  it('the shipped network has those weights and biases layer by layer, "13 002 numbers" in all', () => {
    rows.forEach((r, l) => {
      expect(model.layers[l]!.weights).toHaveLength(r.weights);
      expect(model.layers[l]!.biases).toHaveLength(r.biases);
    });
    const total = rows.reduce((s, r) => s + r.weights + r.biases, 0);
    expect(text).toContain(`That is $${String(total).replace(/(\d)(\d{3})$/, '$1{,}$2')}$ numbers`);
    expect(model.parameterCount).toBe(total);
    const totals = /\*\*total\*\* \| \$([\d{},]+)\$ \| \$(\d+)\$/.exec(text)!;
    expect(Number(totals[1]!.replace(/\{,\}/g, ''))).toBe(rows.reduce((s, r) => s + r.weights, 0));
    expect(Number(totals[2])).toBe(rows.reduce((s, r) => s + r.biases, 0));
  });
});

describe('lesson 6: the matrix form', () => {
  it('"For row i, that is exactly neuron i\'s weighted sum": a layer is σ of its rows\' sums', () => {
    const net = new Network({ sizes: [5, 3], activations: 'sigmoid' }).initialise(createRandom(3));
    const layer = net.layers[0]!;
    layer.biases.set([0.2, -0.7, 1.1]);
    const x = [0.9, 0, 0.3, 1, 0.5];
    const a = net.predict(x);
    for (let i = 0; i < 3; i++) {
      const row = Array.from(layer.weights.subarray(i * 5, (i + 1) * 5));
      let z = layer.biases[i]!;
      row.forEach((w, j) => (z += w * x[j]!));
      expect(
        evaluateNeuron({ weights: row, bias: layer.biases[i]!, activation: 'sigmoid' }, x).z,
      ).toBeCloseTo(z, 12);
      expect(a[i]).toBeCloseTo(1 / (1 + Math.exp(-z)), 12);
    }
  });
});

describe('lesson 6: the network view', () => {
  const text = prose(section(source, 'See the layers'));

  it('"For the first hidden layer the row has 784 entries, shown as a 28 × 28 picture; for the later layers, 16 bars"', () => {
    expect(text).toContain('the row has 784 entries, shown as a 28 × 28 picture');
    expect(model.layers[0]!.inputSize).toBe(28 * 28);
    expect(model.layers[1]!.inputSize).toBe(16);
    expect(model.layers[2]!.inputSize).toBe(16);
  });

  it('"Count the edges drawn into a neuron of hidden layer 2": one from each of the 16 in hidden layer 1', () => {
    expect(asides(text, 'try')[0]).toContain(
      'Count the edges drawn into a neuron of hidden layer 2',
    );
    expect(model.sizes[1]).toBe(16);
    expect(model.layers[1]!.weights.length / model.sizes[2]!).toBe(16);
  });
});

describe('lesson 6: "Why not one big layer?"', () => {
  it('"A single neuron with a step activation can compute AND or OR, but not … XOR": none on a grid of weights and biases', () => {
    const pairs = [
      [0, 0],
      [0, 1],
      [1, 0],
      [1, 1],
    ];
    const grid = Array.from({ length: 33 }, (_, k) => -4 + k * 0.25);
    const found = new Set<string>();
    for (const w1 of grid)
      for (const w2 of grid)
        for (const b of grid) {
          const t = pairs.map(
            (x) => evaluateNeuron({ weights: [w1, w2], bias: b, activation: 'step' }, x).a,
          );
          found.add(t.join(''));
        }
    expect(found.has('0001')).toBe(true); // AND
    expect(found.has('0111')).toBe(true); // OR
    expect(found.has('0110')).toBe(false); // XOR
  });
});
