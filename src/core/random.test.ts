import { describe, expect, it } from 'vitest';
import { createRandom, shuffle } from './random.ts';

describe('createRandom', () => {
  it('gives the same sequence for the same seed, another for another', () => {
    const seq = (seed: number) => Array.from({ length: 5 }, createRandom(seed).next);
    expect(seq(1)).toEqual(seq(1));
    expect(seq(1)).not.toEqual(seq(2));
  });

  it('draws uniforms in [0, 1) and normals with mean 0 and deviation 1', () => {
    const r = createRandom(123);
    const u = Array.from({ length: 20000 }, r.next);
    expect(Math.min(...u)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...u)).toBeLessThan(1);
    const n = Array.from({ length: 20000 }, r.normal);
    const mean = n.reduce((s, v) => s + v, 0) / n.length;
    const sd = Math.sqrt(n.reduce((s, v) => s + (v - mean) ** 2, 0) / n.length);
    expect(Math.abs(mean)).toBeLessThan(0.03);
    expect(Math.abs(sd - 1)).toBeLessThan(0.03);
  });

  it('rejects a seed that is not a whole number', () => {
    expect(() => createRandom(1.5)).toThrow('Random seed must be a whole number; got 1.5');
  });

  it('shuffles into a permutation, reproducibly', () => {
    const a = shuffle([1, 2, 3, 4, 5, 6], createRandom(5));
    expect([...a].sort()).toEqual([1, 2, 3, 4, 5, 6]);
    expect(shuffle([1, 2, 3, 4, 5, 6], createRandom(5))).toEqual(a);
  });
});
