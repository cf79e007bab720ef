import { describe, expect, it } from 'vitest';
import { evaluateNeuron } from './neuron.ts';
import { cleanSum } from './decimal.ts';

describe('cleanSum: a weighted sum of decimals without binary noise', () => {
  it('gives the decimal answer where binary floating point is off by 1e-16', () => {
    expect(0.1 + 0.2).not.toBe(0.3);
    expect(cleanSum(0.1 + 0.2)).toBe(0.3);
    expect(-1.15 + 1.6 - 0.45).not.toBe(0);
    expect(cleanSum(-1.15 + 1.6 - 0.45)).toBe(0);
    expect(Object.is(cleanSum(-1e-17), 0)).toBe(true);
  });

  it('matches exact integer arithmetic for sums of slider values (2 decimals) times inputs (2 decimals)', () => {
    // Oracle: the same sum in integers (hundredths × hundredths), divided once at the end.
    let seed = 7;
    const next = () => (seed = (seed * 16807) % 2147483647);
    for (let k = 0; k < 2000; k++) {
      const n = 1 + (next() % 4);
      const w = Array.from({ length: n }, () => (next() % 2001) - 1000); // −10.00 … 10.00
      const x = Array.from({ length: n }, () => (next() % 201) - 100); // −1.00 … 1.00
      const b = (next() % 2001) - 1000;
      const exact = (w.reduce((s, wi, i) => s + wi * x[i]!, 0) + b * 100) / 10000;
      const z = evaluateNeuron(
        { weights: w.map((v) => v / 100), bias: b / 100, activation: 'relu' },
        x.map((v) => v / 100),
      ).z;
      expect(z).toBe(exact);
    }
  });

  it('leaves values it cannot scale exactly, and non-finite ones, as they are', () => {
    expect(cleanSum(12345.678)).toBe(12345.678);
    expect(cleanSum(Infinity)).toBe(Infinity);
    expect(cleanSum(NaN)).toBeNaN();
  });
});
