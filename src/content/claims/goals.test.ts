/**
 * Each lesson's demo goal (issue 14, item 6), checked with the lesson's own props against
 * arithmetic done here: the given solution reaches the goal, the demo's start does not, and
 * what the goal's text and success message say is true.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { componentProps } from '~/content/lesson-props';
import { parseNetwork } from '~/core/serialize';
import { decodeSamples } from '~/digits/samples';
import { digitGoalProp } from '~/components/challenge/digit-goal';
import { descentGoalProp } from '~/components/challenge/descent-goal';
import { softmaxConfig } from '~/components/activation/softmax-config';
import { lessonSource, neuronLab } from './lesson';

const site = (component: string, file: string) => ({ component, lessonSource: file });
const sigma = (z: number) => 1 / (1 + Math.exp(-z));

describe('lesson 2: z exactly 0 with every input at 1 and no weight 0', () => {
  const lab = neuronLab(lessonSource('02-weights'), 'pipes');
  it('the solution 1·1 + 1·1 + (−2)·1 = 0 and the start has inputs (1, 0.5, 0)', () => {
    const s = lab.goal!.solution;
    expect(s.inputs).toEqual([1, 1, 1]);
    expect(s.weights!.every((w) => w !== 0)).toBe(true);
    expect(s.weights!.reduce((sum, w) => sum + w, 0)).toBe(0);
    expect(lab.goal!.when).toEqual({ inputs: [1, 1, 1], z: 0, nonzeroWeights: true });
    expect(lab.inputs).not.toEqual([1, 1, 1]);
  });
});

describe('lesson 3: an AND gate by the bias', () => {
  const lab = neuronLab(lessonSource('03-bias'), 'logic');
  it('b = −1.5: z = −1.5, −0.5, −0.5, 0.5 for (0,0), (1,0), (0,1), (1,1), so it fires for (1,1) only', () => {
    expect(lab.goal!.solution).toEqual({ bias: -1.5 });
    expect(lab.weights).toEqual([1, 1]);
    expect(lab.activation).toBe('step');
    expect(lab.goal!.when).toEqual({ gate: 'and' });
    // The start, b = 0, fires for (0, 0) already (z = 0 ≥ 0): not AND.
    expect(lab.bias).toBe(0);
  });
});

describe('lesson 4: a negative activation with tanh', () => {
  const lab = neuronLab(lessonSource('04-squishification'), 'squish');
  it('tanh with b = −2: z = 0.8·2 + 0.3·(−1.5) − 2 = −0.85, and tanh(−0.85) < 0', () => {
    const { solution, when } = lab.goal!;
    expect(when).toEqual({ activation: 'tanh', a: { below: 0 } });
    expect(solution).toEqual({ activation: 'tanh', bias: -2 });
    const z = lab.inputs[0]! * lab.weights[0]! + lab.inputs[1]! * lab.weights[1]! + solution.bias!;
    expect(z).toBeCloseTo(-0.85, 12);
    expect(Math.tanh(z)).toBeLessThan(0);
    expect(lab.activation).toBe('sigmoid'); // the start never gives a negative a
  });
});

describe('lesson 5: the third output above one half', () => {
  const file = 'content/lessons/05-slopes-and-softmax.mdx';
  const props = componentProps(lessonSource('05-slopes-and-softmax'), 'SoftmaxView', 'soft');
  const config = softmaxConfig(site('SoftmaxView', file), 'soft', props);
  it('logits (2, 1, 3): a₃ = e³ / (e² + e + e³) ≈ 0.665; at the start (2, 1, 0.1) a₃ ≈ 0.099', () => {
    const [z1, z2, z3] = config.goal!.solution.logits as [number, number, number];
    const share = (a: number, b: number, c: number) =>
      Math.exp(c) / (Math.exp(a) + Math.exp(b) + Math.exp(c));
    expect(share(z1, z2, z3)).toBeGreaterThan(0.5);
    expect(share(2, 1, 0.1)).toBeCloseTo(0.099, 3);
    // The try-this: with z₁ = 2 and z₂ = 1, e^{z₃} must beat e² + e ≈ 10.1.
    expect(Math.exp(2) + Math.exp(1)).toBeCloseTo(10.1, 1);
  });
});

describe('lesson 6: neuron 2 of the worked example', () => {
  const source = lessonSource('06-layers-and-matrices');
  const lab = neuronLab(source, 'row');
  it('row 2 of W and b₂ as the worked example gives them; z = 0 and a = σ(0) = 0.5', () => {
    const W = /W = \\begin\{pmatrix\} 2 & -1 & 1 \\\\ 0\.5 & 1 & -3 \\end\{pmatrix\}/;
    expect(source).toMatch(W);
    expect(source).toMatch(/b = \\begin\{pmatrix\} -0\.5 \\\\ 2 \\end\{pmatrix\}/);
    expect(lab.weights).toEqual([2, -1, 1]);
    expect(lab.bias).toBe(-0.5);
    expect(lab.inputs).toEqual([1, 0.5, 1]);
    const { weights, bias } = lab.goal!.solution;
    expect(weights).toEqual([0.5, 1, -3]);
    expect(bias).toBe(2);
    const z = 0.5 * 1 + 1 * 0.5 + -3 * 1 + 2;
    expect(z).toBe(0);
    expect(sigma(z)).toBe(0.5);
    expect(lab.goal!.done).toContain('a\u00a0=\u00a0σ(0)\u00a0=\u00a00.5');
  });
});

describe('lessons 1 and 7: the drawing pad', () => {
  const network = parseNetwork(readFileSync('public/models/digits.json', 'utf8'));
  const samples = decodeSamples(new Uint8Array(readFileSync('public/models/digit-samples.bin')));
  const reader = { predict: (x: Float64Array) => network.predict(x), samples };
  const goalOf = (file: string, id: string) =>
    digitGoalProp(
      site('DigitPad', `content/lessons/${file}.mdx`),
      componentProps(lessonSource(file), 'DigitPad', id).goal,
      reader,
    );

  it('lesson 1: the drawn 3 is read as a 3 (its output the largest, above 0.5)', () => {
    const goal = goalOf('01-what-a-neuron-holds', 'pad');
    expect(goal.when).toEqual({ guess: 3, sure: true, drawn: true });
    expect('strokes' in goal.solution).toBe(true);
  });

  it('lesson 7: sample 57 is a handwritten 5 and the network reads it as a 3', () => {
    const goal = goalOf('07-a-network-that-reads-digits', 'read');
    expect(goal.solution).toEqual({ sample: 57 });
    const sample = samples[56]!;
    expect(sample.label).toBe(5);
    const out = network.predict(Float64Array.from(sample.pixels));
    const best = out.indexOf(Math.max(...out));
    expect(best).toBe(3);
  });
});

describe('lesson 8: every example right within 10 steps', () => {
  const file = 'content/lessons/08-what-learning-means.mdx';
  const props = componentProps(lessonSource('08-what-learning-means'), 'DescentLab', 'learn');
  const goal = descentGoalProp(site('DescentLab', file), props.goal, {
    w: props.w as number,
    b: props.b as number,
    rateRange: props.rateRange as [number, number],
  });
  // An independent gradient descent: C = (1/6) Σ ½(σ(wx + b) − y)², slopes by the chain rule.
  const xs = [0, 0.2, 0.4, 0.6, 0.8, 1];
  const ys = [0, 0, 0, 1, 1, 1];
  const run = (rate: number, steps: number) => {
    let [w, b] = [props.w as number, props.b as number];
    for (let k = 0; k < steps; k++) {
      let [dw, db] = [0, 0];
      xs.forEach((x, i) => {
        const a = sigma(w * x + b);
        const d = (a - ys[i]!) * a * (1 - a);
        dw += (d * x) / 6;
        db += d / 6;
      });
      [w, b] = [w - rate * dw, b - rate * db];
    }
    return xs.every((x, i) => sigma(w * x + b) > 0.5 === (ys[i] === 1));
  };

  it('η = 20 for 10 steps gets every example right; the start η = 5 does not in 10 steps', () => {
    expect(goal.solution).toEqual({ rate: 20, steps: 10 });
    expect(goal.when).toEqual({ allRight: true, steps: { atMost: 10 } });
    expect(run(20, 10)).toBe(true);
    expect(run(props.rate as number, 10)).toBe(false);
    expect(run(20, 0)).toBe(false);
  });
});
