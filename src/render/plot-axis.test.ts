import { describe, expect, it } from 'vitest';
import { inputAxis, inputAxisText, subscripted, switchPoint, zAt } from './plot-axis';
import { readout, sampleCurve, tickLabel } from './plot';

/** σ by its definition, independent of the core's overflow-safe version. */
const sigma = (z: number) => 1 / (1 + Math.exp(-z));

/** The h where a sampled curve crosses `level`, by linear interpolation between samples. */
function crossing(points: { x: number; y: number }[], level: number): number {
  for (let k = 1; k < points.length; k++) {
    const p = points[k - 1]!;
    const q = points[k]!;
    if ((p.y - level) * (q.y - level) <= 0 && p.y !== q.y) {
      return p.x + ((level - p.y) / (q.y - p.y)) * (q.x - p.x);
    }
  }
  return NaN;
}

/** The largest slope between neighbouring samples. */
function steepest(points: { x: number; y: number }[]): number {
  let best = 0;
  for (let k = 1; k < points.length; k++) {
    const s = Math.abs((points[k]!.y - points[k - 1]!.y) / (points[k]!.x - points[k - 1]!.x));
    best = Math.max(best, s);
  }
  return best;
}

describe('a plot against one input x_i', () => {
  it.each([
    [1, 0],
    [2, -1],
    [0.5, 1.5],
    [-1.5, 0.75],
    [3, 2.4],
  ])('one input, w = %d, b = %d: the sigmoid is half on at x = −b/w', (w, b) => {
    const axis = inputAxis({ inputs: [0], weights: [w], bias: b }, 1);
    expect(switchPoint(axis)).toBeCloseTo(-b / w, 12);
    const curve = sampleCurve('sigmoid', false, -6, 6, 2001, axis);
    expect(crossing(curve.points, 0.5)).toBeCloseTo(-b / w, 3);
    for (const p of curve.points) expect(p.y).toBeCloseTo(sigma(w * p.x + b), 12);
  });

  it('holds the other inputs fixed: z = w_i x_i + (b + Σ_{j≠i} w_j x_j)', () => {
    const neuron = { inputs: [0.8, 0.3, -2], weights: [2, -1.5, 0.5], bias: -0.5 };
    const axis = inputAxis(neuron, 2);
    expect(axis.symbol).toBe('x₂');
    expect(axis.slope).toBe(-1.5);
    // At the neuron's own x₂, z is the neuron's weighted sum.
    expect(zAt(axis, 0.3)).toBeCloseTo(2 * 0.8 - 1.5 * 0.3 + 0.5 * -2 - 0.5, 12);
    expect(switchPoint(axis)).toBeCloseTo((2 * 0.8 + 0.5 * -2 - 0.5) / 1.5, 12);
  });

  it('moving b slides the curve: the midpoint moves by −Δb / w', () => {
    const at = (b: number) =>
      crossing(
        sampleCurve(
          'sigmoid',
          false,
          -6,
          6,
          2001,
          inputAxis({ inputs: [0], weights: [2], bias: b }, 1),
        ).points,
        0.5,
      );
    expect(at(1) - at(0)).toBeCloseTo(-0.5, 3);
    expect(at(-2) - at(0)).toBeCloseTo(1, 3);
  });

  it('a larger |w| makes the curve steeper (largest slope |w|/4 for the sigmoid)', () => {
    const slopes = [0.5, 1, 2, 4].map((w) =>
      steepest(
        sampleCurve(
          'sigmoid',
          false,
          -6,
          6,
          4001,
          inputAxis({ inputs: [0], weights: [w], bias: 0 }, 1),
        ).points,
      ),
    );
    for (let k = 1; k < slopes.length; k++) expect(slopes[k]!).toBeGreaterThan(slopes[k - 1]!);
    [0.5, 1, 2, 4].forEach((w, k) => expect(slopes[k]!).toBeCloseTo(w / 4, 2));
  });

  it('a zero weight leaves a flat curve with no switch point', () => {
    const axis = inputAxis({ inputs: [1, 1], weights: [0, 1], bias: 0.5 }, 1);
    expect(switchPoint(axis)).toBeUndefined();
    const ys = sampleCurve('sigmoid', false, -1, 1, 5, axis).points.map((p) => p.y);
    expect(new Set(ys).size).toBe(1);
  });

  it('draws a step with a negative weight as a jump from 1 down to 0', () => {
    const axis = inputAxis({ inputs: [0], weights: [-2], bias: 1 }, 1);
    const jump = sampleCurve('step', false, -2, 2, 9, axis).points.filter((p) => p.x === 0.5);
    expect(jump.map((p) => p.y)).toEqual([1, 1, 0]);
  });

  it('reads out x_i, z and a on an input plot', () => {
    const axis = inputAxis({ inputs: [0, 0.5], weights: [2, -1], bias: -0.5 }, 1);
    // z = 2·0.75 − 0.5 − 0.5 = 0.5
    expect(readout(['sigmoid'], false, 0.75, axis)).toBe(
      `At x₁ = 0.750: z = 0.500, σ(z) = ${sigma(0.5).toFixed(3)}`,
    );
    expect(readout(['tanh'], false, -1)).toBe(
      `At z = −1.000: tanh(z) = −${Math.tanh(1).toFixed(3)}`,
    );
  });

  it('describes what is held fixed', () => {
    // A no-break space after each "+" and on both sides of each "=", so no line ends on an
    // operator and none starts with "=".
    expect(inputAxisText({ inputs: [1, 0.3], weights: [2, -1], bias: -0.5 }, 1)).toBe(
      'z = w₁x₁ + w₂x₂ + b with w₁ = 2.00, w₂ = −1.00, x₂ = 0.30 (fixed), b = −0.50'
        .replace(/ = /g, '\u00a0=\u00a0')
        .replace(/\+ /g, '+\u00a0'),
    );
    expect(subscripted('x', 12)).toBe('x₁₂');
  });
});

describe('tick labels', () => {
  it.each([
    [-5, 1, '−5'],
    [-0.5, 0.5, '−0.5'],
    [0.25, 0.05, '0.25'],
    [-0.2, 0.2, '−0.2'],
    [0, 2, '0'],
    [-10, 10, '−10'],
  ])('%d with step %d reads %s', (value, step, text) => {
    expect(tickLabel(value, step)).toBe(text);
  });
});
