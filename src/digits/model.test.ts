/** The shipped model and samples, checked against the held-out digits they were made for. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadDigits } from '../../scripts/data/mnist.ts';
import { argmax } from '~/core/network.ts';
import { parseNetwork } from '~/core/serialize.ts';
import { decodeSamples } from './samples';

const model = parseNetwork(readFileSync('public/models/digits.json', 'utf8'));
const { heldOut, train } = loadDigits();

describe('the shipped digit model', () => {
  it('is the classic [784, 16, 16, 10] sigmoid network', () => {
    expect(model.sizes).toEqual([784, 16, 16, 10]);
    expect(model.layers.map((l) => l.activation.name)).toEqual(['sigmoid', 'sigmoid', 'sigmoid']);
    expect(model.parameterCount).toBe(13002);
  });

  it('reads at least 93% of the 600 held-out digits correctly', () => {
    const right = heldOut.filter((d) => argmax(model.predict(d.pixels)) === d.label).length;
    expect(heldOut).toHaveLength(600);
    expect(right / heldOut.length).toBeGreaterThanOrEqual(0.93);
  });
});

describe('the shipped sample digits', () => {
  const samples = decodeSamples(readFileSync('public/models/digit-samples.bin'));

  it('hold ten held-out digits of each kind, none from the training set', () => {
    expect(samples).toHaveLength(100);
    for (let label = 0; label < 10; label++) {
      expect(samples.filter((s) => s.label === label)).toHaveLength(10);
    }
    const same = (a: ArrayLike<number>, b: ArrayLike<number>) =>
      Array.from(a).every((v, j) => Math.abs(v - b[j]!) <= 0.5 / 255);
    for (const s of samples) {
      expect(heldOut.some((d) => d.label === s.label && same(d.pixels, s.pixels))).toBe(true);
      expect(train.some((d) => d.label === s.label && same(d.pixels, s.pixels))).toBe(false);
    }
  });
});
