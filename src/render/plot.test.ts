import { describe, expect, it } from 'vitest';
import { curveLabel, niceTicks, plotCurves, sampleCurve, yExtent, readoutPieces } from './plot';

describe('activation plot maths', () => {
  it('samples f over the range, ends included', () => {
    const c = sampleCurve('sigmoid', false, -6, 6, 13);
    expect(c.points).toHaveLength(13);
    expect(c.points[0]!.x).toBe(-6);
    expect(c.points[6]!).toEqual({ x: 0, y: 0.5 });
    expect(c.points[12]!.x).toBe(6);
  });

  it("samples f' for derivatives, labelled with a prime", () => {
    const c = sampleCurve('tanh', true, -1, 1, 3);
    expect(c.points[1]!.y).toBe(1);
    expect(c.label).toBe('tanh′(z)');
    expect(curveLabel('sigmoid', false)).toBe('σ(z)');
  });

  it('draws the step as a vertical jump at 0', () => {
    const ys = sampleCurve('step', false, -1, 1, 5)
      .points.filter((p) => p.x === 0)
      .map((p) => p.y);
    expect(ys).toEqual([0, 1, 1]);
  });

  it('lists functions first, then derivatives', () => {
    expect(plotCurves(['sigmoid', 'relu'], true, -2, 2).map((c) => c.label)).toEqual([
      'σ(z)',
      'ReLU(z)',
      'σ′(z)',
      'ReLU′(z)',
    ]);
  });

  it('fits the y range to the curves and keeps 0 and 1 in view', () => {
    const [lo, hi] = yExtent(plotCurves(['tanh', 'relu'], false, -4, 4));
    expect(lo).toBeLessThan(-1);
    expect(hi).toBeGreaterThan(4);
    const [lo2, hi2] = yExtent(plotCurves(['sigmoid'], false, -4, 4));
    expect(lo2).toBeLessThan(0);
    expect(hi2).toBeGreaterThan(1);
  });

  it.each([
    [-6, 6, [-6, -4, -2, 0, 2, 4, 6]],
    [-0.06, 1.06, [0, 0.2, 0.4, 0.6, 0.8, 1]],
    [-1.2, 5.3, [0, 2, 4]],
  ])('nice ticks for [%d, %d]', (min, max, expected) => {
    expect(niceTicks(min, max, 7)).toEqual(expected);
  });
});

describe('readoutPieces', () => {
  it('cuts at the space after ";" and "," only, and joins back to the readout', () => {
    const text = 'At z = 0.650: σ(z) = 0.657, σ′(z) = 0.225; ReLU(z) = 0.650, ReLU′(z) = 1.000';
    expect(readoutPieces(text)).toEqual([
      'At z = 0.650: σ(z) = 0.657,',
      'σ′(z) = 0.225;',
      'ReLU(z) = 0.650,',
      'ReLU′(z) = 1.000',
    ]);
    expect(readoutPieces(text).join(' ')).toBe(text);
  });
});
