/**
 * Lesson 5, "Slopes and softmax": the slopes as the text states them (checked against finite
 * differences), the plot "slopes", the neuron "sensitive" and the softmax view "soft" with
 * the lesson's own props, and the teachers' notes. (The worked numbers are recomputed in
 * worked-examples.test.ts.)
 */
import { describe, expect, it } from 'vitest';
import { getActivation, softmax, type ActivationName } from '~/core/activations';
import { evaluateNeuron } from '~/core/neuron';
import { inputAxis, Z_AXIS } from '~/render/plot-axis';
import { readout } from '~/render/plot';
import { componentProps } from '~/content/lesson-props';
import { softmaxConfig } from '~/components/activation/softmax-config';
import { asides, lessonSource, neuronLab, prose, section, projectNotes } from './lesson';

const source = lessonSource('05-slopes-and-softmax');
const f = (name: ActivationName) => getActivation(name);
const slopeByDifference = (name: ActivationName, z: number, h = 1e-6) =>
  (f(name).output(z + h) - f(name).output(z - h)) / (2 * h);

describe('lesson 5: slopes', () => {
  it('"The sigmoid is steepest at z = 0 (slope 0.25) and almost flat far out on either side"', () => {
    expect(f('sigmoid').der(0)).toBe(0.25);
    for (const z of [-5, -1, -0.3, 0.3, 1, 5]) {
      expect(f('sigmoid').der(z)).toBeLessThan(0.25);
      expect(f('sigmoid').der(z)).toBeCloseTo(slopeByDifference('sigmoid', z), 8);
    }
    expect(f('sigmoid').der(-6)).toBeLessThan(0.01);
    expect(f('sigmoid').der(6)).toBeLessThan(0.01);
  });

  it('"tanh is steeper still at 0 (slope 1)"', () => {
    expect(f('tanh').der(0)).toBe(1);
    expect(slopeByDifference('tanh', 0)).toBeCloseTo(1, 8);
  });

  it('"ReLU\'s slope is 0 for negative sums and 1 for positive ones", and 0 is taken at the corner', () => {
    for (const z of [-5, -0.3]) expect(f('relu').der(z)).toBe(0);
    for (const z of [0.3, 5]) expect(f('relu').der(z)).toBe(1);
    expect(f('relu').der(0)).toBe(0);
  });

  it('"The step\'s slope is 0 everywhere except the jump"', () => {
    for (const z of [-5, -0.3, 0.3, 5]) {
      expect(f('step').der(z)).toBe(0);
      expect(slopeByDifference('step', z)).toBe(0);
    }
  });
});

describe('lesson 5: the neuron "sensitive"', () => {
  const lab = neuronLab(source, 'sensitive');
  const run = (activation: ActivationName, bias = lab.bias, weights = lab.weights) =>
    evaluateNeuron({ weights, bias, activation }, lab.inputs);
  const tries = asides(section(source, 'Feel the slope'), 'try').map(prose)[0]!;

  it('"The same neuron as in lesson 4": the props of lesson 4\'s "squish"', () => {
    const squish = componentProps(lessonSource('04-squishification'), 'NeuronLab', 'squish');
    const { id: _a, caption: _b, ...mine } = componentProps(source, 'NeuronLab', 'sensitive');
    // The neuron, not the challenge lesson 4 sets on it.
    const { id: _c, caption: _d, goal: _e, ...theirs } = squish;
    expect(mine).toEqual(theirs);
    expect(lab.activation).toBe('sigmoid');
  });

  it('the plot "slopes" draws slopes and follows this neuron', () => {
    const plot = componentProps(source, 'ActivationPlot', 'slopes');
    expect(plot.derivatives).toBe(true);
    expect(plot.follow).toBe('sensitive');
  });

  it('"Set the bias to −1.15, so that z = 0, then raise w1 by 0.1 … about 0.02"', () => {
    expect(tries).toContain('Set the bias to $-1.15$, so that $z = 0$, then raise $w_1$ by $0.1$');
    const b = -1.15;
    expect(Number.isInteger(Math.round((b - lab.biasRange[0]) / lab.step))).toBe(true);
    expect(Math.abs(run('sigmoid', b).z)).toBeLessThan(1e-12);
    const raised = run('sigmoid', b, [lab.weights[0]! + 0.1, lab.weights[1]!]);
    expect(raised.z).toBeCloseTo(0.08, 12);
    const change = raised.a - run('sigmoid', b).a;
    expect(change).toBeCloseTo(0.25 * 0.08, 3);
    expect(change.toFixed(2)).toBe('0.02');
  });

  it('"At the corner, z = 0 … we take it as 0": at b = −1.15 (z = 0 in decimals) ReLU′ reads 0, in the neuron and on the plot', () => {
    expect(source).toContain(
      'At the corner, $z = 0$,\n  it has no slope of its own; we take it as $0$',
    );
    // 0.8 × 2 + 0.3 × (−1.5) − 1.15 = 1.6 − 0.45 − 1.15 = 0 exactly in decimals; in binary
    // floating point the same sum is 2.2e-16, which put ReLU′ at 1 under "z = 0.000".
    expect(lab.inputs).toEqual([0.8, 0.3]);
    expect(lab.weights).toEqual([2, -1.5]);
    const corner = run('relu', -1.15);
    expect(corner.z).toBe(0);
    expect(corner.slope).toBe(0);
    expect(corner.a).toBe(0);
    const neuron = { inputs: lab.inputs, weights: lab.weights, bias: -1.15 };
    // The plot following the neuron, against z and against x₁ (cursor on the neuron's h).
    expect(readout(['relu'], true, corner.z, Z_AXIS)).toBe(
      'At z = 0.000: ReLU(z) = 0.000, ReLU′(z) = 0.000',
    );
    expect(readout(['relu'], true, 0.8, inputAxis(neuron, 1))).toBe(
      'At x₁ = 0.800: z = 0.000, ReLU(z) = 0.000, ReLU′(z) = 0.000',
    );
  });

  it('"push z to about 6. Now move a weight a little. Does the activation change much?": far less than near 0', () => {
    expect(tries).toContain('push $z$ to about 6');
    // w1 = 4 (the slider's top) and b = 3.25: z = 0.8 × 4 − 0.3 × 1.5 + 3.25 = 6.
    const far = [lab.weightRange[1], lab.weights[1]!];
    const high = run('sigmoid', 3.25, far);
    expect(high.z).toBeCloseTo(6, 12);
    const nudge = (w: number[]) => [w[0]! + 0.1, w[1]!];
    const changeHigh = run('sigmoid', 3.25, nudge(far)).a - high.a;
    const changeZero = run('sigmoid', -1.15, nudge(lab.weights)).a - run('sigmoid', -1.15).a;
    expect(changeHigh).toBeLessThan(0.001);
    expect(changeZero).toBeGreaterThan(0.019);
  });

  it('"Choose ReLU. With z negative, move a weight a little": a stays 0; with z positive it moves as z does', () => {
    expect(tries).toContain('Choose ReLU. With $z$ negative, move a weight a little');
    const nudge = (w: readonly number[]) => [w[0]! + 0.1, w[1]!];
    const negative = run('relu', -3);
    expect(negative.z).toBeLessThan(0);
    expect(run('relu', -3, nudge(lab.weights)).a).toBe(negative.a);
    const positive = run('relu');
    expect(positive.z).toBeGreaterThan(0);
    const moved = run('relu', lab.bias, nudge(lab.weights));
    expect(moved.a - positive.a).toBeCloseTo(moved.z - positive.z, 12);
  });
});

describe('lesson 5: softmax', () => {
  const props = componentProps(source, 'SoftmaxView', 'soft');
  const config = softmaxConfig({ component: 'SoftmaxView' }, 'soft', props as never);

  it('"numbers between 0 and 1 that always add up to 1", for the view\'s logits', () => {
    const a = Array.from(softmax.output(config.logits));
    // e² : e¹ : e^0.1, divided by their total.
    const e = config.logits.map(Math.exp);
    const total = e.reduce((s, v) => s + v, 0);
    a.forEach((v, i) => expect(v).toBeCloseTo(e[i]! / total, 12));
    expect(a.reduce((s, v) => s + v, 0)).toBeCloseTo(1, 12);
  });

  it('caption: "Move one logit and watch every probability change, while their sum stays 1"', () => {
    const before = Array.from(softmax.output(config.logits));
    config.logits.forEach((_, k) => {
      const moved = config.logits.map((z, i) => (i === k ? Math.min(z + 1, config.range[1]) : z));
      const after = Array.from(softmax.output(moved));
      after.forEach((v, i) => expect(v).not.toBeCloseTo(before[i]!, 6));
      expect(after.reduce((s, v) => s + v, 0)).toBeCloseTo(1, 12);
    });
  });

  it('teachers: "push one logit up and watch the others shrink while the sum stays 1"', () => {
    expect(projectNotes('05-slopes-and-softmax')).toContain(
      'push one logit up and watch the others shrink while the sum stays 1',
    );
    const before = softmax.output(config.logits);
    const after = softmax.output([config.logits[0]! + 1, ...config.logits.slice(1)]);
    expect(after[0]).toBeGreaterThan(before[0]!);
    for (let i = 1; i < before.length; i++) expect(after[i]).toBeLessThan(before[i]!);
  });

  it('teachers: "read the sigmoid’s slope at z = 0 and z = 4 with the cursor": both inside the plot "slopes"', () => {
    const note = projectNotes('05-slopes-and-softmax');
    const [, z1, z2] = /slope at z = (−?\d+) and z = (−?\d+)/.exec(note)!;
    const [lo, hi] = componentProps(source, 'ActivationPlot', 'slopes').zRange as number[];
    for (const z of [Number(z1), Number(z2)]) {
      expect(z).toBeGreaterThanOrEqual(lo!);
      expect(z).toBeLessThanOrEqual(hi!);
    }
    expect(f('sigmoid').der(Number(z2))).toBeLessThan(f('sigmoid').der(Number(z1)) / 10);
  });
});
