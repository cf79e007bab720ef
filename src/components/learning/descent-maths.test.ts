import { describe, expect, it } from 'vitest';
import { costAlongW, descentState, descentStep, EXAMPLES, PARAMETER_RANGE } from './descent-maths';

/** The cost written out by hand: mean of ½(σ(wx + b) − y)². */
const C = (w: number, b: number) =>
  EXAMPLES.reduce((s, { x, y }) => s + 0.5 * (1 / (1 + Math.exp(-(w * x + b))) - y) ** 2, 0) /
  EXAMPLES.length;

describe('gradient descent on one neuron', () => {
  it.each([
    [0, 0],
    [3, -1],
    [-2, 0.5],
    [8, -5],
  ])('at w = %d, b = %d the cost and slopes match the formula and finite differences', (w, b) => {
    const s = descentState(w, b);
    const h = 1e-6;
    expect(s.cost).toBeCloseTo(C(w, b), 12);
    expect(s.dw).toBeCloseTo((C(w + h, b) - C(w - h, b)) / (2 * h), 7);
    expect(s.db).toBeCloseTo((C(w, b + h) - C(w, b - h)) / (2 * h), 7);
  });

  it('a small step downhill lowers the cost, and many steps learn the rule', () => {
    let p = { w: 0, b: 0 };
    const start = C(p.w, p.b);
    p = descentStep(p.w, p.b, 1);
    expect(C(p.w, p.b)).toBeLessThan(start);
    for (let k = 0; k < 3000; k++) p = descentStep(p.w, p.b, 5);
    for (const { x, y } of EXAMPLES) {
      const a = 1 / (1 + Math.exp(-(p.w * x + p.b)));
      expect(Math.round(a)).toBe(y);
    }
  });

  it("keeps w and b inside the sliders' range however big the step", () => {
    const [min, max] = PARAMETER_RANGE;
    // At w = −2, b = 1 the slope along w is negative, so a huge step runs w into the top.
    expect(descentState(-2, 1).dw).toBeLessThan(0);
    const far = descentStep(-2, 1, 1e6);
    expect(far.w).toBe(max);
    // At w = 0, b = 3 the neuron is on for every x, wrongly for the three y = 0: both slopes are positive.
    expect(descentStep(0, 3, 1e6)).toEqual({ w: min, b: min });
    expect(descentStep(min, min, 0).w).toBe(min);
    const inside = descentStep(-2, 1, 1);
    expect(inside.w).toBeCloseTo(-2 - descentState(-2, 1).dw, 12);
  });

  it('samples the cost along w', () => {
    const line = costAlongW(-1, [-4, 4], 5);
    expect(line.map((p) => p.w)).toEqual([-4, -2, 0, 2, 4]);
    line.forEach((p) => expect(p.c).toBeCloseTo(C(p.w, -1), 12));
  });
});
