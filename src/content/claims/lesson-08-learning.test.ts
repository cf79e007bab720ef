/**
 * Lesson 8, "What learning means": what its text and the teachers' notes say the gradient
 * descent lab does, run with the lab's own props (w, b, rate, rateRange) through the demo's
 * maths (the core's backpropagation, steps clamped as the demo clamps them). The cost and
 * the "every example right" test are written out here from the formulas in the lesson.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { componentProps } from '~/content/lesson-props';
import { descentState, descentStep, EXAMPLES } from '~/components/learning/descent-maths';
import { lessonSource, prose, section, sentenceWith, projectNotes } from './lesson';

const source = lessonSource('08-what-learning-means');
const props = componentProps(source, 'DescentLab', 'learn');
const start = { w: props.w as number, b: props.b as number };
const rate = props.rate as number;
const [smallest, largest] = props.rateRange as [number, number];
const text = prose(section(source, 'Gradient descent on one neuron'));

/** C = (1/n) Σ ½ (σ(wx + b) − y)², as the lesson writes it. */
const sigma = (z: number) => 1 / (1 + Math.exp(-z));
const cost = (w: number, b: number) =>
  EXAMPLES.reduce((s, { x, y }) => s + 0.5 * (sigma(w * x + b) - y) ** 2, 0) / EXAMPLES.length;
/** "a above 0.5 exactly when y = 1". */
const allRight = (w: number, b: number) =>
  EXAMPLES.every(({ x, y }) => sigma(w * x + b) > 0.5 === (y === 1));

/** The costs after 0, 1, …, steps presses of "Take one step downhill" from the lab's start. */
function costs(eta: number, steps: number): number[] {
  let p = { ...start };
  const out = [cost(p.w, p.b)];
  for (let k = 0; k < steps; k++) {
    p = descentStep(p.w, p.b, eta);
    out.push(cost(p.w, p.b));
  }
  return out;
}
/** Steps at which the cost went up. */
const rises = (c: number[]) => c.flatMap((v, k) => (k > 0 && v > c[k - 1]! ? [k] : []));
const stepsBelow = (c: number[], threshold: number) => c.findIndex((v) => v < threshold);

/** The number written right after `before` in `sentence`. */
function numberAfter(sentence: string, before: string): number {
  const at = sentence.indexOf(before);
  expect(at, `the lesson says "${before}"`).toBeGreaterThanOrEqual(0);
  return Number(/^\d+(\.\d+)?/.exec(sentence.slice(at + before.length))![0]);
}

describe('lesson 8: the examples', () => {
  it('"six examples … switch on (y = 1) when x is 0.6 or more, and stay off otherwise"', () => {
    expect(text).toContain('six examples');
    expect(EXAMPLES).toHaveLength(6);
    for (const { x, y } of EXAMPLES) expect(y).toBe(x >= 0.6 ? 1 : 0);
  });
});

describe('lesson 8: stepping at the starting rate', () => {
  it('"Before stepping: is ∂C/∂w negative or positive? So which way will w move?": negative, so w grows', () => {
    const h = 1e-6;
    const slope = (cost(start.w + h, start.b) - cost(start.w - h, start.b)) / (2 * h);
    expect(slope).toBeLessThan(0);
    expect(descentState(start.w, start.b).dw).toBeCloseTo(slope, 8);
    expect(descentStep(start.w, start.b, rate).w).toBeGreaterThan(start.w);
  });

  it('"At 5, where the demo starts, the cost falls on every step and is below 0.1 within 20 steps"', () => {
    const claim = sentenceWith(text, 'where the demo starts');
    expect(numberAfter(claim, 'At ')).toBe(rate);
    const threshold = numberAfter(claim, 'is below ');
    const within = numberAfter(claim, 'within ');
    const c = costs(rate, 300);
    expect(rises(c)).toEqual([]);
    expect(stepsBelow(c, threshold)).toBeGreaterThan(0);
    expect(stepsBelow(c, threshold)).toBeLessThanOrEqual(within);
  });

  it('"Press Take 10 steps until the neuron gets every example right … why is b negative?": it does, with b < 0', () => {
    let p = { ...start };
    let presses = 0;
    while (!allRight(p.w, p.b) && presses < 100) {
      for (let k = 0; k < 10; k++) p = descentStep(p.w, p.b, rate);
      presses++;
    }
    expect(allRight(p.w, p.b)).toBe(true);
    expect(presses).toBeLessThanOrEqual(5);
    expect(p.b).toBeLessThan(0);
  });
});

describe('lesson 8: too small and too large learning rates', () => {
  it('the Try-this rates are the slider\'s ends: "100, the largest" and "0.1, the smallest"', () => {
    expect(text).toContain(`learning rate to ${largest}, the largest`);
    expect(text).toContain(`learning rate to ${smallest}, the smallest`);
    expect(smallest).toBeLessThan(rate);
    expect(rate).toBeLessThan(largest);
  });

  it('"At 0.1 the cost still falls on every step, but … needs hundreds of them to get below 0.1"', () => {
    const claim = sentenceWith(text, 'needs hundreds of them');
    expect(claim).toContain(`At ${smallest} `);
    const threshold = numberAfter(claim, 'to get below ');
    const c = costs(smallest, 3000);
    expect(rises(c)).toEqual([]);
    const slow = stepsBelow(c, threshold);
    expect(slow).toBeGreaterThanOrEqual(200);
    expect(slow).toBeLessThan(1000);
    // Many more than at the starting rate.
    expect(slow).toBeGreaterThanOrEqual(10 * stepsBelow(costs(rate, 300), threshold));
  });

  it('"At 100 … the cost goes up on the second step, and it keeps jumping up and down instead of settling"', () => {
    const claim = sentenceWith(text, 'leap right over');
    expect(claim).toContain(`At ${largest} `);
    expect(claim).toContain('goes up on the second step');
    const c = costs(largest, 300);
    expect(c[1]).toBeLessThan(c[0]!);
    expect(c[2]).toBeGreaterThan(c[1]!);
    // Still rising now and then in the last 50 of 300 steps, and far from the low cost that
    // the starting rate reaches.
    expect(rises(c).filter((k) => k > 250).length).toBeGreaterThan(5);
    const settled = costs(rate, 300).at(-1)!;
    expect(Math.min(...c.slice(250))).toBeGreaterThan(2 * settled);
  });

  it('the same holds from other starting points: at the largest rate the cost rises within 5 steps', () => {
    for (const [w, b] of [
      [0, 0],
      [5, -5],
      [8, -2],
      [3, 3],
    ] as const) {
      let p: { w: number; b: number } = { w, b };
      const c = [cost(w, b)];
      for (let k = 0; k < 5; k++) {
        p = descentStep(p.w, p.b, largest);
        c.push(cost(p.w, p.b));
      }
      expect(rises(c).length, `from w = ${w}, b = ${b}`).toBeGreaterThan(0);
    }
  });

  it('teachers: "a learning rate of 100, the largest: the cost goes up on the second step … Then 0.1, the smallest"', () => {
    const note = projectNotes('08-what-learning-means');
    expect(note).toContain(
      `learning rate of ${largest}, the largest: the cost goes up on the second step`,
    );
    expect(note).toContain(`Then ${smallest}, the smallest: the cost falls on every step`);
  });
});

describe('lesson 8: how the digit network was trained', () => {
  it('"8,000 handwritten digits, 150 passes over them, a small step after every 10 examples" is the training script\'s recipe', () => {
    const body = prose(lessonSource('08-what-learning-means'));
    const [, digits, passes, batch] =
      /([\d,]+) handwritten digits, (\d+) passes over them, a small step after every (\d+) examples/.exec(
        body,
      )!;
    const script = readFileSync('scripts/train.ts', 'utf8');
    expect(script).toContain(`const EPOCHS = ${passes};`);
    expect(script).toContain(`batchSize: ${batch},`);
    expect(script).toContain(`on the ${digits} training digits`);
  });
});
