/**
 * Lesson 4, "Squishification: shapes and ranges": the functions' ranges as the text states
 * them, the plot "shapes" and the neuron "squish" with the lesson's own props, and the
 * teachers' notes. Values come from the core; expected values are worked out by hand or from
 * the formulas in the lesson's table. (The worked numbers of "Why smooth matters" are
 * recomputed in worked-examples.test.ts, how the plots are drawn in plot-ranges.test.ts.)
 */
import { describe, expect, it } from 'vitest';
import { getActivation, type ActivationName } from '~/core/activations';
import { evaluateNeuron } from '~/core/neuron';
import { Network } from '~/core/network';
import { createRandom } from '~/core/random';
import { formatNumber } from '~/render/format';
import { componentProps } from '~/content/lesson-props';
import {
  asides,
  lessonSource,
  neuronLab,
  prose,
  section,
  sliderValues,
  projectNotes,
} from './lesson';

const source = lessonSource('04-squishification');
const f = (name: ActivationName) => getActivation(name);
/** Sums from far left to far right, 0 included. */
const Z = [-1e6, -50, -5, -1, -0.3, -1e-9, 0, 1e-9, 0.3, 1, 5, 50, 1e6];

describe('lesson 4: the table of shapes', () => {
  it('step: "1 if z ≥ 0, else 0", "only 0 or 1"', () => {
    expect(Z.map(f('step').output)).toEqual(Z.map((z) => (z >= 0 ? 1 : 0)));
  });

  it('"σ(10) ≈ 0.99995 … the demos, which show three decimals, write it as 1.000"', () => {
    expect(prose(source)).toContain(
      '$\\sigma(10) \\approx 0.99995$, so close to 1 that the demos, which show three decimals, write it as 1.000',
    );
    const a = f('sigmoid').output(10);
    // By hand: 1 / (1 + e^−10) = 1 / 1.0000454 = 0.9999546.
    expect(a).toBeCloseTo(0.9999546, 7);
    expect(a).toBeLessThan(1);
    expect(a.toFixed(5)).toBe('0.99995');
    expect(formatNumber(a)).toBe('1.000');
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

  it('"Choose the step and nudge w1 a little up or down from 2 … Keep moving it down until it does": nothing, then a jump of 1', () => {
    expect(tries).toContain('Choose the step and nudge $w_1$ a little up or down from 2');
    const a = (w1: number) => run('step', lab.bias, [w1, lab.weights[1]!]).a;
    const notches = sliderValues(lab.weightRange, lab.step);
    // A little either way (up to ±0.2, twenty notches): no change at all.
    const near = notches.filter((w) => Math.abs(w - 2) <= 0.2 + 1e-9);
    expect(near.length).toBe(41);
    for (const w of near) expect(a(w)).toBe(1);
    // Going down one notch at a time, the activation changes exactly once, from 1 to 0.
    const down = notches.filter((w) => w <= 2).reverse();
    const changes = down.slice(1).filter((w, k) => a(w) !== a(down[k]!));
    expect(changes).toHaveLength(1);
    expect(a(changes[0]!)).toBe(0);
    // z = 0.8 w1 − 0.95 crosses 0 at w1 = 1.1875: between the notches 1.19 and 1.18.
    expect(changes[0]).toBeCloseTo(1.18, 10);
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

describe("lesson 4: the plot and the teachers' notes", () => {
  const plot = componentProps(source, 'ActivationPlot', 'shapes');

  it('the plot "shapes" shows the step, sigmoid, tanh and ReLU and follows the neuron "squish" on the page', () => {
    expect(plot.functions).toEqual(['step', 'sigmoid', 'tanh', 'relu']);
    expect(plot.derivatives).toBeUndefined();
    expect(plot.follow).toBe('squish');
    expect(() => neuronLab(source, 'squish')).not.toThrow();
  });

  it('teachers: "read values at z = 0 and z = 2 with the cursor": both inside the plot "shapes"', () => {
    const note = projectNotes('04-squishification');
    const [, z1, z2] = /read values at z = (−?\d+) and z = (−?\d+)/.exec(note)!;
    const [lo, hi] = plot.zRange as number[];
    for (const z of [Number(z1), Number(z2)]) {
      expect(z).toBeGreaterThanOrEqual(lo!);
      expect(z).toBeLessThanOrEqual(hi!);
    }
  });

  it('teachers: with the step, nudging w1 from 2 changes nothing; lowering it makes the activation jump from 1 to 0', () => {
    const note = projectNotes('04-squishification');
    expect(note).toContain('nudge w₁ a little from 2');
    expect(note).toContain('jumps from 1 to 0');
    const lab = neuronLab(source, 'squish');
    const a = (w1: number) =>
      evaluateNeuron(
        { weights: [w1, lab.weights[1]!], bias: lab.bias, activation: 'step' },
        lab.inputs,
      ).a;
    expect([1.9, 2, 2.1].map(a)).toEqual([1, 1, 1]);
    expect(a(1)).toBe(0);
  });
});
