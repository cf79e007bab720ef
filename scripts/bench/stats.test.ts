import { describe, expect, it } from 'vitest';
import { median, spread } from './stats.ts';

describe('benchmark statistics', () => {
  it('median of odd and even counts, unsorted, without changing the input', () => {
    const v = [5, 1, 3];
    expect(median(v)).toBe(3);
    expect(v).toEqual([5, 1, 3]);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([7])).toBe(7);
    expect(median([])).toBeNaN();
  });

  it('spread reports median, min and max', () => {
    const s = spread([2.1, 1.4, 3.0, 2.5]);
    expect(s.median).toBeCloseTo(2.3, 12);
    expect([s.min, s.max]).toEqual([1.4, 3.0]);
  });
});
