import { describe, expect, it } from 'vitest';
import {
  costAlongW,
  descentState,
  descentStep,
  descentStepPast,
  EXAMPLES,
  PARAMETER_RANGE,
} from './descent-maths';

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

  it("names a step the range cuts short, with the rule's own value: lesson 8 at rate 100, step 8", () => {
    const h = 1e-6;
    const dC = (w: number, b: number) => ({
      dw: (C(w + h, b) - C(w - h, b)) / (2 * h),
      db: (C(w, b + h) - C(w, b - h)) / (2 * h),
    });
    // The lab's start (lesson 8: w = −2, b = 1) and its largest rate, stepped by hand.
    let p = { w: -2, b: 1 };
    const found: { step: number; name: string; wanted: number; kept: number }[] = [];
    for (let step = 1; step <= 12; step++) {
      const g = dC(p.w, p.b);
      const rule = { w: p.w - 100 * g.dw, b: p.b - 100 * g.db };
      for (const e of descentStepPast(p.w, p.b, 100).past) found.push({ step, ...e });
      const next = descentStep(p.w, p.b, 100);
      // Inside the range the step is the rule; past it, the end of the range.
      for (const k of ['w', 'b'] as const) {
        const inside = Math.abs(rule[k]) <= 10;
        if (inside) expect(next[k]).toBeCloseTo(rule[k], 5);
        else expect(next[k]).toBe(Math.sign(rule[k]) * 10);
        expect(descentStepPast(p.w, p.b, 100).past.some((e) => e.name === k)).toBe(!inside);
      }
      p = next;
    }
    // What a pupil checking step 8 by hand finds: the rule gives 10.098, the demo keeps 10.
    const eighth = found.find((e) => e.step === 8)!;
    expect(eighth).toMatchObject({ name: 'w', kept: 10 });
    expect(eighth.wanted.toFixed(3)).toBe('10.098');
    expect(descentStepPast(-2, 1, 0.1).past).toEqual([]);
  });

  it('samples the cost along w', () => {
    const line = costAlongW(-1, [-4, 4], 5);
    expect(line.map((p) => p.w)).toEqual([-4, -2, 0, 2, 4]);
    line.forEach((p) => expect(p.c).toBeCloseTo(C(p.w, -1), 12));
  });
});
