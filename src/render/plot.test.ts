import { describe, expect, it } from 'vitest';
import { curveLabel, niceTicks, plotCurves, readoutPieces, sampleCurve, yExtent } from './plot';

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
    expect(lo).toBeLessThan(-0.99);
    // ReLU rises past tanh's top by at most half of tanh's span (1 + 2/2 = 2), then leaves.
    expect(hi).toBeGreaterThan(2);
    expect(hi).toBeLessThan(2.2);
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

describe('yExtent: bounded curves are not squashed by an unbounded one', () => {
  it('sigmoid, tanh and ReLU over [−5, 5]: y from −1 to 2 (padded 6 %), not to 5', () => {
    const [lo, hi] = yExtent(plotCurves(['sigmoid', 'tanh', 'relu'], false, -5, 5));
    // tanh's −1 (at −5: −0.99991) and 1 + (1 − (−1))/2 = 2, each padded by 6 % of the span.
    expect(lo).toBeCloseTo(-0.99991 - 0.06 * 2.99991, 4);
    expect(hi).toBeCloseTo(2 + 0.06 * 2.99991, 4);
  });
  it('ReLU alone keeps its whole range', () => {
    expect(yExtent(plotCurves(['relu'], false, -5, 5))).toEqual([-0.3, 5.3]);
  });
  it('sigmoid alone: 0 to 1, padded', () => {
    const [lo, hi] = yExtent(plotCurves(['sigmoid'], false, -6, 6));
    expect(lo).toBeCloseTo(-0.06, 9);
    expect(hi).toBeCloseTo(1.06, 9);
  });
});
