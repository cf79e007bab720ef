/**
 * Lesson 4, "Squishification": the functions' ranges and slopes as the text states them, the
 * neuron "squish" and the softmax view "soft" with the lesson's own props, and the teachers'
 * notes. Values come from the core; expected values are worked out by hand or from the
 * formulas in the lesson's table, and slopes are checked against finite differences.
 * (How the plots are drawn is checked in plot-ranges.test.ts.)
 */
import { describe, expect, it } from 'vitest';
import { getActivation, softmax, type ActivationName } from '~/core/activations';
import { evaluateNeuron } from '~/core/neuron';
import { Network } from '~/core/network';
import { createRandom } from '~/core/random';
import { componentProps } from '~/content/lesson-props';
import { softmaxConfig } from '~/components/activation/softmax-config';
import { TEACHING } from '~/content/teaching';
import { asides, lessonSource, neuronLab, prose, section } from './lesson';

const source = lessonSource('04-squishification');
const f = (name: ActivationName) => getActivation(name);
/** Sums from far left to far right, 0 included. */
const Z = [-1e6, -50, -5, -1, -0.3, -1e-9, 0, 1e-9, 0.3, 1, 5, 50, 1e6];
const slopeByDifference = (name: ActivationName, z: number, h = 1e-6) =>
  (f(name).output(z + h) - f(name).output(z - h)) / (2 * h);

describe('lesson 4: the table of shapes', () => {
  it('step: "1 if z ≥ 0, else 0", "only 0 or 1"', () => {
    expect(Z.map(f('step').output)).toEqual(Z.map((z) => (z >= 0 ? 1 : 0)));
  });

  it('sigmoid: 1 / (1 + e^−z), inside (0, 1)', () => {
    for (const z of Z.filter((z) => Math.abs(z) <= 5)) {
      expect(f('sigmoid').output(z)).toBeCloseTo(1 / (1 + Math.exp(-z)), 12);
      expect(f('sigmoid').output(z)).toBeGreaterThan(0);
      expect(f('sigmoid').output(z)).toBeLessThan(1);
    }
  });

  it('tanh: (e^z − e^−z) / (e^z + e^−z), inside (−1, 1)', () => {
    for (const z of Z.filter((z) => Math.abs(z) <= 5)) {
      const e = Math.exp(z);
      expect(f('tanh').output(z)).toBeCloseTo((e - 1 / e) / (e + 1 / e), 12);
      expect(Math.abs(f('tanh').output(z))).toBeLessThan(1);
    }
  });

  it('ReLU: "0 for negative sums and the sum itself otherwise", no upper limit', () => {
    expect([-1e6, -5, -0.3, 0, 0.3, 5, 1e6].map(f('relu').output)).toEqual([
      0, 0, 0, 0, 0.3, 5, 1e6,
    ]);
  });

  it('leaky ReLU: "z if z > 0, else 0.01 z", any number', () => {
    expect(f('leaky-relu').output(-2)).toBeCloseTo(-0.02, 15);
    expect(f('leaky-relu').output(-1e6)).toBeCloseTo(-1e4, 6);
    expect(f('leaky-relu').output(3)).toBe(3);
  });
});

describe('lesson 4: slopes', () => {
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

describe('lesson 4: "sums of sums are still just sums"', () => {
  it('two layers without activation functions equal one layer with W = W2 W1, b = W2 b1 + b2', () => {
    const net = new Network({ sizes: [3, 4, 2], activations: 'identity' }).initialise(
      createRandom(7),
    );
    const [l1, l2] = net.layers as [(typeof net.layers)[0], (typeof net.layers)[0]];
    l1.biases.set([0.1, -0.2, 0.3, 0.4]);
    l2.biases.set([-0.5, 0.6]);
    const W = (l: typeof l1, i: number, j: number) => l.weights[i * l.inputSize + j]!;
    const x = [0.2, -1, 0.7];
    for (let i = 0; i < 2; i++) {
      let one = l2.biases[i]!;
      for (let k = 0; k < 4; k++) one += W(l2, i, k) * l1.biases[k]!;
      for (let j = 0; j < 3; j++) {
        let w = 0;
        for (let k = 0; k < 4; k++) w += W(l2, i, k) * W(l1, k, j);
        one += w * x[j]!;
      }
      expect(net.predict(x)[i]).toBeCloseTo(one, 12);
    }
  });
});

describe('lesson 4: the neuron "squish"', () => {
  const lab = neuronLab(source, 'squish');
  const run = (activation: ActivationName, bias = lab.bias, weights = lab.weights) =>
    evaluateNeuron({ weights, bias, activation }, lab.inputs);
  const tries = asides(section(source, 'Squishing one neuron'), 'try').map(prose)[0]!;

  it('"Same inputs, same weights, same bias: only f changes": z = 0.8·2 + 0.3·(−1.5) − 0.5 = 0.65 for every f', () => {
    expect(lab.show).toContain('activation');
    for (const name of ['step', 'sigmoid', 'tanh', 'relu', 'leaky-relu'] as const) {
      expect(run(name).z).toBeCloseTo(0.65, 12);
    }
  });

  it('"Set the bias so that z = 0. What activation does each function give there?": b = −1.15 gives 1, 0.5, 0, 0', () => {
    expect(tries).toContain('Set the bias so that $z = 0$');
    const b = -1.15; // 0.8 × 2 + 0.3 × (−1.5) = 1.15
    expect(b).toBeGreaterThanOrEqual(lab.biasRange[0]);
    expect(Number.isInteger(Math.round((b - lab.biasRange[0]) / lab.step))).toBe(true);
    expect(Math.abs(run('sigmoid', b).z)).toBeLessThan(1e-12);
    expect(run('step', b).a).toBe(1);
    expect(run('sigmoid', b).a).toBeCloseTo(0.5, 12);
    expect(run('tanh', b).a).toBeCloseTo(0, 12);
    expect(run('relu', b).a).toBeCloseTo(0, 12);
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

  it('"Choose ReLU and make z negative. Can you make the activation go below 0?": never; leaky ReLU does', () => {
    // The most negative z the sliders reach: inputs at 1, weights at −4, bias at −6.
    const low = evaluateNeuron({ weights: [-4, -4], bias: lab.biasRange[0], activation: 'relu' }, [
      lab.inputRange[1],
      lab.inputRange[1],
    ]);
    expect(low.z).toBe(-14);
    expect(low.a).toBe(0);
    expect(f('leaky-relu').output(low.z)).toBeCloseTo(-0.14, 12);
    for (let b = lab.biasRange[0]; b <= 0; b += 0.5)
      expect(run('relu', b).a).toBeGreaterThanOrEqual(0);
  });

  it('"Choose tanh and find a setting where the activation is negative": b = −2 gives z = −0.85', () => {
    const r = run('tanh', -2);
    expect(r.z).toBeCloseTo(-0.85, 12);
    expect(r.a).toBeLessThan(0);
  });
});

describe('lesson 4: softmax', () => {
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
    expect(TEACHING['04-squishification']!.project.join(' ')).toContain(
      'push one logit up and watch the others shrink while the sum stays 1',
    );
    const before = softmax.output(config.logits);
    const after = softmax.output([config.logits[0]! + 1, ...config.logits.slice(1)]);
    expect(after[0]).toBeGreaterThan(before[0]!);
    for (let i = 1; i < before.length; i++) expect(after[i]).toBeLessThan(before[i]!);
  });

  it('teachers: "read values at z = 0 and z = 2 with the cursor": both inside the plot "shapes"', () => {
    const note = TEACHING['04-squishification']!.project.join(' ');
    const [, z1, z2] = /read values at z = (−?\d+) and z = (−?\d+)/.exec(note)!;
    const [lo, hi] = componentProps(source, 'ActivationPlot', 'shapes').zRange as number[];
    for (const z of [Number(z1), Number(z2)]) {
      expect(z).toBeGreaterThanOrEqual(lo!);
      expect(z).toBeLessThanOrEqual(hi!);
    }
  });
});
