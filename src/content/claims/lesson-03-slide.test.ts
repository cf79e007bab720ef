/**
 * Lesson 3, "Softer switches": the lab "slide" plots a = σ(wx + b) against its one input x.
 * Its text claims: the dashed line (z = 0) sits at x = −b/w; moving b from 0 to −2 slides the
 * curve right so the neuron is half on at x = 2; raising w from 1 to 4 with b = −2 steepens
 * it and moves the half-on point to x = 0.5. Checked with the lesson's own props, on the
 * curve the plot draws, against σ written out here.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { componentProps } from '~/content/lesson-props';
import { neuronLabConfig } from '~/components/neuron/neuron-lab-config';
import { inputAxis, switchPoint } from '~/render/plot-axis';
import { sampleCurve } from '~/render/plot';

const source = readFileSync('content/lessons/03-bias.mdx', 'utf8');
const props = componentProps(source, 'NeuronLab', 'slide');
const config = neuronLabConfig({ component: 'NeuronLab' }, 'slide', props as never);
const sigma = (z: number) => 1 / (1 + Math.exp(-z));

/** Where the drawn curve crosses a = 0.5, by interpolation between its samples. */
function halfOn(w: number, b: number): number {
  const axis = inputAxis({ inputs: config.inputs, weights: [w], bias: b }, 1);
  const { points } = sampleCurve('sigmoid', false, ...config.xRange, 2401, axis);
  for (let k = 1; k < points.length; k++) {
    const p = points[k - 1]!;
    const q = points[k]!;
    if ((p.y - 0.5) * (q.y - 0.5) <= 0 && p.y !== q.y) {
      return p.x + ((0.5 - p.y) / (q.y - p.y)) * (q.x - p.x);
    }
  }
  return NaN;
}

describe('lesson 3: the bias slides the curve against x', () => {
  it('is a one-input sigmoid lab plotted against x1, with w = 1 and b = 0 to start', () => {
    expect(config.plotAgainst).toBe('x1');
    expect(config.activation).toBe('sigmoid');
    expect([config.weights, config.bias]).toEqual([[1], 0]);
  });

  it('lets the reader reach every setting the Try this names (b = −2, w = 4, w < 0)', () => {
    const reachable = (v: number, [lo, hi]: [number, number]) =>
      v >= lo && v <= hi && Math.abs(v / config.step - Math.round(v / config.step)) < 1e-9;
    expect(reachable(-2, config.biasRange)).toBe(true);
    expect(reachable(4, config.weightRange)).toBe(true);
    expect(config.weightRange[0]).toBeLessThan(0);
  });

  it('b from 0 to −2 slides the half-on point from x = 0 right to x = 2 (= −b/w)', () => {
    expect(halfOn(1, 0)).toBeCloseTo(0, 2);
    expect(halfOn(1, -2)).toBeCloseTo(2, 2);
    expect(switchPoint(inputAxis({ inputs: [1], weights: [1], bias: -2 }, 1))).toBe(2);
  });

  it('w from 1 to 4 at b = −2 moves the half-on point to x = 0.5 and steepens the curve', () => {
    expect(halfOn(4, -2)).toBeCloseTo(0.5, 2);
    // Slope at the half-on point: σ′(0)·w = w/4, so four times as steep.
    const slope = (w: number, b: number, x: number) =>
      (sigma(w * (x + 1e-6) + b) - sigma(w * (x - 1e-6) + b)) / 2e-6;
    expect(slope(4, -2, 0.5) / slope(1, -2, 2)).toBeCloseTo(4, 4);
  });

  it('a negative weight flips the curve: the neuron is on for small x and off for large x', () => {
    const axis = inputAxis({ inputs: [1], weights: [-1], bias: -2 }, 1);
    const { points } = sampleCurve('sigmoid', false, ...config.xRange, 241, axis);
    expect(points[0]!.y).toBeGreaterThan(0.9);
    expect(points.at(-1)!.y).toBeLessThan(0.1);
  });
});
