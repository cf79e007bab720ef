import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { choiceOrder, hashText, mulberry32 } from './shuffle';

describe('hashText is 32-bit FNV-1a', () => {
  // Published FNV-1a test vectors (Fowler, Noll, Vo).
  it.each([
    ['', 0x811c9dc5],
    ['a', 0xe40c292c],
    ['foobar', 0xbf9cf968],
  ])('%j → %i', (text, hash) => expect(hashText(text)).toBe(hash));
});

describe('mulberry32', () => {
  it('is repeatable and stays in [0, 1)', () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    for (let i = 0; i < 1000; i++) {
      const x = a();
      expect(x).toBe(b());
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThan(1);
    }
  });
});

describe('choiceOrder', () => {
  it('is a permutation of 0 … count − 1, the same every time for the same prompt', () => {
    fc.assert(
      fc.property(fc.string(), fc.integer({ min: 1, max: 6 }), (prompt, count) => {
        const order = choiceOrder(prompt, count);
        expect([...order].sort((x, y) => x - y)).toEqual(
          Array.from({ length: count }, (_, i) => i),
        );
        expect(choiceOrder(prompt, count)).toEqual(order);
      }),
    );
  });

  it('puts the first written choice in each place about equally often', () => {
    const count = 4;
    const trials = 8000;
    const places = new Array<number>(count).fill(0);
    for (let k = 0; k < trials; k++) places[choiceOrder(`Question ${k}?`, count).indexOf(0)]!++;
    // Uniform: 2000 each; ±10 % is more than 8 standard deviations (√(8000·¼·¾) ≈ 39).
    for (const n of places) expect(Math.abs(n - trials / count)).toBeLessThan(trials / count / 10);
  });
});
