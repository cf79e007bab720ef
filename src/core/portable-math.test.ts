import { describe, expect, it } from 'vitest';
import { exp, log, tanh } from './portable-math';
import { createRandom } from './random';

/** The distance between a and b in units in the last place of b. */
function ulps(a: number, b: number): number {
  if (a === b) return 0;
  const spacing = b === 0 ? Number.MIN_VALUE : 2 ** (Math.floor(Math.log2(Math.abs(b))) - 52);
  return Math.abs(a - b) / Math.max(spacing, Number.MIN_VALUE);
}

/** Values spread over a range, with the random generator's uniform numbers (not the maths under test). */
function spread(from: number, to: number, count: number, seed = 7): number[] {
  const r = createRandom(seed);
  return Array.from({ length: count }, () => from + (to - from) * r.next());
}

describe('portable e^x, ln x and tanh x agree with the engine to the last bit or so', () => {
  it('e^x is within 1 ulp of Math.exp from −745 to 709.7, and exact at the special values', () => {
    const xs = [
      ...spread(-745, 709.7, 50_000),
      ...spread(-2, 2, 50_000),
      ...spread(-1e-6, 1e-6, 5_000),
      ...spread(-745.13, -708, 5_000), // results below 2^−1022: subnormal
    ];
    let worst = 0;
    for (const x of xs) worst = Math.max(worst, ulps(exp(x), Math.exp(x)));
    expect(worst).toBeLessThanOrEqual(1);
    expect(exp(0)).toBe(1);
    expect(exp(1)).toBeCloseTo(Math.E, 15);
    expect(exp(710)).toBe(Infinity);
    expect(exp(-746)).toBe(0);
    expect(exp(Infinity)).toBe(Infinity);
    expect(exp(-Infinity)).toBe(0);
    expect(exp(NaN)).toBeNaN();
  });

  it('ln x is within 1 ulp of Math.log over 2^−1074 to 2^1024, and exact at the special values', () => {
    const xs = [
      ...spread(0, 4, 50_000).map((x) => x + Number.MIN_VALUE),
      ...spread(-1074, 1023.99, 50_000).map((e) => 2 ** e),
      ...spread(0.999, 1.001, 5_000),
      ...spread(0.68, 0.74, 5_000), // around the √2/2 split
      ...spread(1.37, 1.43, 5_000), // around fdlibm's ½f² band and √2
    ];
    let worst = 0;
    for (const x of xs) worst = Math.max(worst, ulps(log(x), Math.log(x)));
    expect(worst).toBeLessThanOrEqual(1);
    expect(log(1)).toBe(0);
    expect(log(2 ** 10)).toBeCloseTo(10 * Math.LN2, 13);
    expect(log(0)).toBe(-Infinity);
    expect(log(Infinity)).toBe(Infinity);
    expect(log(-1)).toBeNaN();
    expect(log(NaN)).toBeNaN();
  });

  it('tanh x is within 3 ulps of Math.tanh, odd, and ±1 beyond 22', () => {
    const xs = [
      ...spread(-25, 25, 50_000),
      ...spread(-0.05, 0.05, 20_000),
      ...spread(-1e-9, 1e-9, 1_000),
    ];
    let worst = 0;
    for (const x of xs) {
      worst = Math.max(worst, ulps(tanh(x), Math.tanh(x)));
      expect(tanh(-x)).toBe(-tanh(x));
    }
    expect(worst).toBeLessThanOrEqual(3);
    expect(tanh(0)).toBe(0);
    expect(tanh(30)).toBe(1);
    expect(tanh(-Infinity)).toBe(-1);
  });
});

describe('seeded normals', () => {
  it('have mean 0 and standard deviation 1, and the same seed gives the same numbers', () => {
    const r = createRandom(3);
    const n = 200_000;
    const xs = Array.from({ length: n }, () => r.normal());
    const mean = xs.reduce((s, x) => s + x, 0) / n;
    const sd = Math.sqrt(xs.reduce((s, x) => s + (x - mean) ** 2, 0) / n);
    expect(Math.abs(mean)).toBeLessThan(0.01);
    expect(Math.abs(sd - 1)).toBeLessThan(0.01);
    // About 68.3% within one standard deviation, 95.4% within two.
    expect(xs.filter((x) => Math.abs(x) < 1).length / n).toBeCloseTo(0.6827, 2);
    expect(xs.filter((x) => Math.abs(x) < 2).length / n).toBeCloseTo(0.9545, 2);
    const again = createRandom(3);
    expect(Array.from({ length: 10 }, () => again.normal())).toEqual(xs.slice(0, 10));
  });
});
