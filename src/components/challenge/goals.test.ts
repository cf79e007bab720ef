/**
 * The goal vocabularies against hand-worked cases (the oracle is arithmetic done here, not the
 * code's output), and their props: a bad goal fails naming the lesson file and the field.
 */
import { describe, expect, it } from 'vitest';
import { neuronLabConfig } from '~/components/neuron/neuron-lab-config';
import { meets } from './targets';
import { neuronGoalMet } from './neuron-goal';
import { softmaxGoalMet, softmaxGoalProp } from './softmax-goal';
import { descentGoalMet, descentGoalProp } from './descent-goal';
import { digitGoalMet } from './digit-goal-met';

const site = { component: 'NeuronLab', lessonSource: 'content/lessons/99-x.mdx' };

describe.each([
  [0, 0, true],
  [1e-12, 0, true],
  [0.001, 0, false],
  [0.6, { above: 0.5 }, true],
  [0.5, { above: 0.5 }, false],
  [0.5, { atLeast: 0.5 }, true],
  [10, { atMost: 10 }, true],
  [11, { atMost: 10 }, false],
  [-0.2, { above: -1, below: 0 }, true],
  [0, { above: -1, below: 0 }, false],
] as const)('meets(%s, %j)', (value, target, expected) => {
  it(`is ${expected}`, () => expect(meets(value, target)).toBe(expected));
});

describe('NeuronLab goals', () => {
  const step = (bias: number) => ({
    inputs: [0, 1],
    weights: [1, 1],
    bias,
    activation: 'step' as const,
  });
  // AND needs z = 2 + b ≥ 0 and 1 + b < 0: −2 ≤ b < −1. OR: 1 + b ≥ 0 and b < 0.
  it.each([
    [-1.5, 'and', true],
    [-2, 'and', true],
    [-1, 'and', false],
    [-2.05, 'and', false],
    [0, 'and', false],
    [-0.5, 'or', true],
    [0, 'or', false],
    [-1.5, 'or', false],
    [0.5, 'nand', false],
    [-1.5, 'nand', false],
  ] as const)('bias %s makes a %s gate: %s', (bias, gate, expected) => {
    expect(neuronGoalMet({ gate }, step(bias))).toBe(expected);
  });

  it('checks z, a, the function, inputs, weights, bias and non-zero weights', () => {
    const n = { inputs: [1, 1, 1], weights: [1, 1, -2], bias: 0, activation: 'identity' as const };
    expect(neuronGoalMet({ inputs: [1, 1, 1], z: 0, nonzeroWeights: true }, n)).toBe(true);
    expect(neuronGoalMet({ z: 0, nonzeroWeights: true }, { ...n, weights: [0, 2, -2] })).toBe(
      false,
    );
    expect(neuronGoalMet({ inputs: [1, 1, 1], z: 0 }, { ...n, inputs: [1, 0.5, 0] })).toBe(false);
    // tanh(−0.35) < 0 but sigmoid(−0.35) ≈ 0.41 > 0.
    const t = { inputs: [1], weights: [1], bias: -1.35, activation: 'tanh' as const };
    expect(neuronGoalMet({ activation: 'tanh', a: { below: 0 } }, t)).toBe(true);
    expect(neuronGoalMet({ a: { below: 0 } }, { ...t, activation: 'sigmoid' })).toBe(false);
    expect(neuronGoalMet({ weights: [0.5], bias: 2 }, { ...t, weights: [0.5], bias: 2 })).toBe(
      true,
    );
    expect(neuronGoalMet({ weights: [0.5], bias: 2 }, { ...t, weights: [0.6], bias: 2 })).toBe(
      false,
    );
  });

  const lab = (goal: unknown, extra: object = {}) =>
    neuronLabConfig(site, 'g', {
      inputs: [0, 1],
      weights: [1, 1],
      bias: 0,
      activation: 'step',
      show: ['inputs', 'bias'],
      goal,
      ...extra,
    });

  it('keeps a valid goal, with "Goal reached." when no done message is given', () => {
    const goal = lab({ text: 'AND', when: { gate: 'and' }, solution: { bias: -1.5 } }).goal!;
    expect(goal).toEqual({
      text: 'AND',
      done: 'Goal reached.',
      when: { gate: 'and' },
      solution: { bias: -1.5 },
    });
  });

  it.each([
    [{ when: { gate: 'and' }, solution: { bias: -1.5 } }, /goal\.text/],
    [{ text: 'x', when: { gate: 'xor' }, solution: { bias: -1.5 } }, /goal\.when\.gate.*"and"/],
    [{ text: 'x', when: { zz: 0 }, solution: { bias: -1.5 } }, /goal\.when\.zz/],
    [{ text: 'x', when: { z: 'zero' }, solution: { bias: -1.5 } }, /goal\.when\.z/],
    [
      { text: 'x', when: { gate: 'and' }, solution: { bias: -0.5 } },
      /goal\.solution" must be a setting that reaches goal\.when/,
    ],
    [
      { text: 'x', when: { gate: 'and' }, solution: { weights: [1, 0.5] } },
      /goal\.solution\.weights" must be a control the reader can move/,
    ],
    [{ text: 'x', when: { gate: 'and' }, solution: { bias: -9 } }, /goal\.solution\.bias/],
    [
      { text: 'x', when: { gate: 'or' }, solution: { bias: -0.5 } },
      /goal\.when" must be a goal the demo's starting state does not already meet/,
    ],
  ] as [unknown, RegExp][])('refuses %j naming the lesson and the field', (goal, message) => {
    // The last case starts at b = −0.5, which is already an OR gate.
    const start = /starting state/.test(message.source) ? { bias: -0.5 } : {};
    expect(() => lab(goal, start)).toThrow(/content\/lessons\/99-x\.mdx: <NeuronLab> prop "goal/);
    expect(() => lab(goal, start)).toThrow(message);
  });
});

describe('SoftmaxView goals', () => {
  // Logits 2, 1, 3: tops e² ≈ 7.389, e ≈ 2.718, e³ ≈ 20.086; total ≈ 30.193; a₃ ≈ 0.665.
  it('a3 above 0.5 holds for (2, 1, 3) and not for (2, 1, 0.1) or (2, 1, 2.3)', () => {
    expect(softmaxGoalMet({ a3: { above: 0.5 } }, [2, 1, 3])).toBe(true);
    expect(softmaxGoalMet({ a3: { above: 0.5 } }, [2, 1, 0.1])).toBe(false);
    // e^2.3 ≈ 9.974 < e² + e ≈ 10.107, so a₃ is just under one half.
    expect(softmaxGoalMet({ a3: { above: 0.5 } }, [2, 1, 2.3])).toBe(false);
    expect(softmaxGoalMet({ a3: { above: 0.5 } }, [2, 1, 2.32])).toBe(true);
    // Equal logits share equally: 1/3 each.
    expect(softmaxGoalMet({ a1: 1 / 3, a2: 1 / 3 }, [4, 4, 4])).toBe(true);
  });

  it('refuses an output the view does not have, and logits outside the range', () => {
    const s = { component: 'SoftmaxView', lessonSource: 'l.mdx' };
    const config = { logits: [2, 1, 0.1], range: [-5, 5] as [number, number] };
    expect(() =>
      softmaxGoalProp(s, { text: 'x', when: { a4: 0.5 }, solution: { logits: [0, 0, 5] } }, config),
    ).toThrow(/goal\.when/);
    expect(() =>
      softmaxGoalProp(
        s,
        { text: 'x', when: { a3: { above: 0.5 } }, solution: { logits: [0, 0, 9] } },
        config,
      ),
    ).toThrow(/goal\.solution\.logits/);
  });
});

describe('DescentLab goals', () => {
  it('a step-counting goal needs a run of steps; cost and allRight read the examples', () => {
    // w = 10, b = −5: a = σ(10x − 5) is below 0.5 exactly for x < 0.5, so x = 0, 0.2, 0.4 off
    // and 0.6, 0.8, 1 on: every example right.
    const run = { w: 10, b: -5, steps: 3, byStepsOnly: true };
    expect(descentGoalMet({ allRight: true }, run)).toBe(true);
    expect(descentGoalMet({ allRight: true, steps: { atMost: 10 } }, run)).toBe(true);
    expect(
      descentGoalMet({ allRight: true, steps: { atMost: 10 } }, { ...run, byStepsOnly: false }),
    ).toBe(false);
    expect(descentGoalMet({ allRight: true, steps: { atMost: 2 } }, run)).toBe(false);
    // w = 0, b = 0: a = 0.5 everywhere, each share ½ × 0.25 = 0.125, so C = 0.125.
    expect(descentGoalMet({ cost: 0.125 }, { w: 0, b: 0, steps: 0, byStepsOnly: true })).toBe(true);
    expect(descentGoalMet({ allRight: true }, { w: 0, b: 0, steps: 0, byStepsOnly: true })).toBe(
      false,
    );
  });

  it('refuses a solution that does not reach the goal', () => {
    const s = { component: 'DescentLab', lessonSource: 'l.mdx' };
    const start = { w: -2, b: 1, rateRange: [0.1, 100] as [number, number] };
    const goal = { text: 'x', when: { allRight: true, steps: { atMost: 10 } } };
    expect(() => descentGoalProp(s, { ...goal, solution: { rate: 5, steps: 10 } }, start)).toThrow(
      /l\.mdx: <DescentLab> prop "goal\.solution" must be a setting that reaches goal\.when/,
    );
    expect(() =>
      descentGoalProp(s, { ...goal, solution: { rate: 20, steps: 2.5 } }, start),
    ).toThrow(/goal\.solution\.steps/);
  });
});

describe('DigitPad goals', () => {
  const view = { empty: false, best: 3, sure: true, drawn: true };
  it('reads the verdict, drawing or sample, and the sample label', () => {
    expect(digitGoalMet({ guess: 3, sure: true, drawn: true }, view)).toBe(true);
    expect(digitGoalMet({ guess: 3, sure: true, drawn: true }, { ...view, sure: false })).toBe(
      false,
    );
    expect(digitGoalMet({ guess: 3, drawn: true }, { ...view, drawn: false, label: 3 })).toBe(
      false,
    );
    expect(digitGoalMet({ label: 5, guess: 3 }, { ...view, drawn: false, label: 5 })).toBe(true);
    expect(digitGoalMet({ label: 5, guess: 3 }, { ...view, drawn: false, label: 3 })).toBe(false);
    expect(digitGoalMet({ guess: 3 }, { ...view, empty: true })).toBe(false);
  });
});
