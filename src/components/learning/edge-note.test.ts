import { describe, expect, it } from 'vitest';
import { descentStepPast, EXAMPLES } from './descent-maths';
import { edgeNote, type Cut } from './edge-note';

/** The cost written out by hand: mean of ½(σ(wx + b) − y)². */
const C = (w: number, b: number) =>
  EXAMPLES.reduce((s, { x, y }) => s + 0.5 * (1 / (1 + Math.exp(-(w * x + b))) - y) ** 2, 0) /
  EXAMPLES.length;

/** Steps taken by hand with finite-difference slopes, kept within ±10; the w cuts found. */
function byHand(w: number, b: number, rate: number, count: number) {
  const h = 1e-6;
  const cuts: { step: number; wanted: number }[] = [];
  for (let step = 1; step <= count; step++) {
    const dw = (C(w + h, b) - C(w - h, b)) / (2 * h);
    const db = (C(w, b + h) - C(w, b - h)) / (2 * h);
    const wanted = w - rate * dw;
    if (Math.abs(wanted) > 10) cuts.push({ step, wanted });
    w = Math.max(-10, Math.min(10, wanted));
    b = Math.max(-10, Math.min(10, b - rate * db));
  }
  return cuts;
}

/** What the lab collects over `count` presses from (w, b). */
function labCuts(w: number, b: number, rate: number, count: number): Cut[] {
  const cuts: Cut[] = [];
  for (let step = 1; step <= count; step++) {
    const next = descentStepPast(w, b, rate);
    cuts.push(...next.past.map((past) => ({ step, past })));
    ({ w, b } = next);
  }
  return cuts;
}

describe('the descent lab’s note on steps cut at the end of a range', () => {
  it('names every step of a batch that the range cut, with the last one’s rule value (lesson 8, rate 100, 10 steps)', () => {
    const hand = byHand(-2, 1, 100, 10);
    expect(hand.map((c) => c.step)).toEqual([8, 10]);
    const last = hand.at(-1)!;
    expect(edgeNote(labCuts(-2, 1, 100, 10))).toBe(
      `Steps 8 and 10 would each take w past the end of its range (step 10: w − η × ∂C/∂w = ${last.wanted.toFixed(3)}), so it stops at 10; the next step starts from there.`,
    );
  });

  it('keeps the one-step wording when one step was cut', () => {
    const [cut] = byHand(-2, 1, 100, 8);
    expect(edgeNote(labCuts(-2, 1, 100, 8))).toBe(
      `Step 8 would take w to w − η × ∂C/∂w = ${cut!.wanted.toFixed(3)}, past the end of its range, so it stops at 10; the next step starts from there.`,
    );
  });

  it('lists three or more steps with commas, says each parameter once, and says nothing for no cut', () => {
    const w = (step: number, wanted: number): Cut => ({
      step,
      past: { name: 'w', wanted, kept: 10 },
    });
    const b: Cut = { step: 7, past: { name: 'b', wanted: -10.5, kept: -10 } };
    expect(edgeNote([w(6, 10.25), b, w(8, 10.5), w(10, 10.75)])).toBe(
      'Steps 6, 8 and 10 would each take w past the end of its range (step 10: w − η × ∂C/∂w = 10.750), so it stops at 10; the next step starts from there. ' +
        'Step 7 would take b to b − η × ∂C/∂b = −10.500, past the end of its range, so it stops at −10; the next step starts from there.',
    );
    expect(edgeNote([])).toBe('');
    expect(edgeNote(labCuts(-2, 1, 0.1, 50))).toBe('');
  });
});
