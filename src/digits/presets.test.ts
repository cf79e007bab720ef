import { describe, expect, it } from 'vitest';
import { paintWeights, presetBias, STROKE, verticalStrokeDetector } from './presets';

/** A 28 × 28 image with ink on the given cells. */
const inked = (cells: [number, number][]) => {
  const x = new Float64Array(784);
  for (const [col, row] of cells) x[row * 28 + col] = 1;
  return x;
};
const dot = (w: Float64Array, x: Float64Array) => w.reduce((s, v, k) => s + v * x[k]!, 0);

describe('the vertical stroke detector', () => {
  const w = verticalStrokeDetector();
  const stroke = (col: number, top: number, bottom: number) =>
    inked(Array.from({ length: bottom - top + 1 }, (_, i) => [col, top + i] as [number, number]));
  const row = (y: number, left: number, right: number) =>
    inked(Array.from({ length: right - left + 1 }, (_, i) => [left + i, y] as [number, number]));

  it('responds to a short vertical stroke down the bar in the upper half', () => {
    // Ten rows (6–15) of ink on the bar's middle column, each weighted +1.
    expect(dot(w, stroke(14, 0, 27))).toBe(10);
    expect(dot(w, stroke(14, 6, 15)) + STROKE.bias).toBeGreaterThan(0);
  });

  it('responds negatively to a stroke beside the bar, and not at all to one lower down', () => {
    expect(dot(w, stroke(10, 6, 15))).toBe(-10);
    expect(dot(w, stroke(18, 6, 15))).toBe(-10);
    expect(dot(w, stroke(14, 17, 27))).toBe(0);
  });

  it('goes negative for a bar or curve crossing the region: three blue pixels, ten orange', () => {
    expect(dot(w, row(10, 0, 27))).toBe(3 - 10);
    // An arc of a 0 or a 3: ink over columns 9–19 on rows 6 and 7.
    expect(dot(w, row(6, 9, 19)) + dot(w, row(7, 9, 19))).toBeLessThan(0);
  });

  it('keeps every weight within [−1, 1], with as many weights as pixels', () => {
    expect(w).toHaveLength(784);
    expect(w.every((v) => v >= -1 && v <= 1)).toBe(true);
  });
});

describe('painting weights', () => {
  it('adds most at the brush centre, fades outwards, and clamps to [−1, 1]', () => {
    const w = new Float64Array(784);
    paintWeights(w, 10.5, 10.5, 0.6);
    expect(w[10 * 28 + 10]).toBeCloseTo(0.6, 10);
    expect(w[10 * 28 + 11]!).toBeGreaterThan(0);
    expect(w[10 * 28 + 11]!).toBeLessThan(0.6);
    expect(w[10 * 28 + 14]).toBe(0);
    for (let k = 0; k < 5; k++) paintWeights(w, 10.5, 10.5, 0.6);
    expect(w[10 * 28 + 10]).toBe(1);
    paintWeights(w, 10.5, 10.5, -5);
    expect(w[10 * 28 + 10]).toBe(-1);
  });

  it('erases with amount 0 and ignores the outside of the grid', () => {
    const w = new Float64Array(784).fill(0.5);
    paintWeights(w, 0.5, 0.5, 0);
    expect(w[0]).toBe(0);
    expect(w[27 * 28 + 27]).toBe(0.5);
  });
});

describe('the bias a preset starts with', () => {
  /** A first layer of two neurons: neuron 1's largest |w| is 2.5, neuron 2's is 0.4. */
  const weights = new Float64Array(2 * 784);
  weights[10] = -2.5;
  weights[11] = 1;
  weights[784 + 300] = 0.4;
  const layer = { weights, biases: Float64Array.from([-3.1, 0.05]) };

  it('is the stroke detector’s own, and 0 for a blank picture', () => {
    expect(presetBias('stroke')).toBe(-4);
    expect(presetBias('blank')).toBe(0);
  });

  it('is a hidden neuron’s trained bias over its largest |w|, to one decimal', () => {
    expect(presetBias('hidden-1', layer)).toBe(-1.2); // −3.1 / 2.5 = −1.24
    expect(presetBias('hidden-2', layer)).toBe(0.1); // 0.05 / 0.4 = 0.125
  });

  it('needs the trained layer for a hidden neuron', () => {
    expect(() => presetBias('hidden-1')).toThrow(/hidden-1 needs the trained first layer/);
  });
});

