import { describe, expect, it } from 'vitest';
import { evaluateNeuron } from '~/core/neuron.ts';
import { computationText } from './neuron-text';
import { glow, layoutNeuron, pipeWidth, signMark } from './neuron-geometry';

describe('computationText: what the lab prints, worked by hand', () => {
  it('the docstring example: 0.8·1 − 0.6·1 + 0.3 with σ', () => {
    const inputs = [1, 1];
    const weights = [0.8, -0.6];
    const r = evaluateNeuron({ weights, bias: 0.3, activation: 'sigmoid' }, inputs);
    const t = computationText(inputs, weights, 0.3, 'sigmoid', r);
    expect(t.terms).toEqual(['0.80 × 1.00 = 0.800', '−0.60 × 1.00 = −0.600']);
    // z = 0.8 − 0.6 + 0.3 = 0.5; σ(0.5) = 1 / (1 + e^−0.5) = 0.62246…
    expect(t.sum).toBe('0.800 +\u00a0(−0.600) +\u00a00.300');
    expect(t.z).toBe('0.500');
    expect(t.a).toBe('0.622');
    expect(t.symbol).toBe('σ');
  });

  it('a negative input is bracketed in its product, as a pupil writes −2 × (−6)', () => {
    const r = evaluateNeuron({ weights: [-2, 0.5], bias: 0, activation: 'identity' }, [-6, -1]);
    const t = computationText([-6, -1], [-2, 0.5], 0, 'identity', r);
    expect(t.terms).toEqual(['−2.00 × (−6.00) = 12.000', '0.50 × (−1.00) = −0.500']);
  });

  it('a neuron with no bias sums its contributions only', () => {
    const r = evaluateNeuron({ weights: [2, 3], bias: 0, activation: 'step' }, [1, 0]);
    const t = computationText([1, 0], [2, 3], 0, 'step', r, false);
    expect(t.sum).toBe('2.000 +\u00a00.000');
    expect(t.z).toBe('2.000');
    expect(t.a).toBe('1.000');
  });

  it('a first contribution that is negative is not bracketed; later ones are', () => {
    const r = evaluateNeuron({ weights: [-1, -2], bias: -0.5, activation: 'relu' }, [1, 1]);
    const t = computationText([1, 1], [-1, -2], -0.5, 'relu', r);
    expect(t.sum).toBe('−1.000 +\u00a0(−2.000) +\u00a0(−0.500)');
    expect([t.z, t.a]).toEqual(['−3.500', '0.000']);
  });
});

describe('neuron geometry', () => {
  it('pipe width grows linearly with |w| from 1.5 to 13.5, capped at the range end', () => {
    expect(pipeWidth(0, 10)).toBe(1.5);
    expect(pipeWidth(5, 10)).toBe(7.5);
    expect(pipeWidth(-10, 10)).toBe(13.5);
    expect(pipeWidth(30, 10)).toBe(13.5);
    expect(pipeWidth(3, 0)).toBe(1.5);
  });

  it('lays out n inputs a row apart, centred on the neuron, never shorter than 150', () => {
    const one = layoutNeuron([1], 10);
    expect(one.height).toBe(150);
    expect(one.pipes[0]!.y).toBe(75);
    expect(one.neuron.y).toBe(75);
    const three = layoutNeuron([1, -2, 0], 10);
    // 2 × 40 padding + 2 rows of 64
    expect(three.height).toBe(208);
    expect(three.pipes.map((p) => p.y)).toEqual([40, 104, 168]);
    expect(three.pipes.map((p) => p.sign)).toEqual([1, -1, 0]);
    expect(three.viewBox).toBe('0 0 440 208');
    // The marks sit 30 % of the way from the input to the neuron.
    const p = three.pipes[0]!;
    expect(p.markX).toBeCloseTo(70 + 0.3 * (270 - 70), 12);
    expect(p.markY).toBeCloseTo(40 + 0.3 * (104 - 40), 12);
  });

  it('glow: 0.08 at 0, full at |v| ≥ full, and full for ±∞', () => {
    expect(glow(0)).toBeCloseTo(0.08, 12);
    expect(glow(0.5)).toBeCloseTo(0.54, 12);
    expect(glow(-2)).toBe(1);
    expect(glow(5, 10)).toBeCloseTo(0.54, 12);
    expect(glow(Infinity)).toBe(1);
  });

  it('sign marks use a true minus', () => {
    expect([signMark(1), signMark(-1), signMark(0)]).toEqual(['+', '\u2212', '0']);
  });
});
