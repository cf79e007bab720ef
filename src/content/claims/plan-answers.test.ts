/**
 * The numbers in the teaching plans' answers (content/plans/*.yaml: Try this, discussion, exit
 * tickets), recomputed here from the lessons' own demo props with formulas written out in this
 * file (σ, tanh, ReLU, softmax, one gradient step), not with the demos' code. Each test reads
 * the answer as it ships and checks that it states the recomputed number.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { componentProps } from '~/content/lesson-props';
import { decodeSamples } from '~/digits/samples';
import { STROKE, verticalStrokeDetector } from '~/digits/presets';
import { lessonSource, neuronLab, plan, sliderValues } from './lesson';

const sigma = (z: number) => 1 / (1 + Math.exp(-z));
const step = (z: number) => (z >= 0 ? 1 : 0);
const relu = (z: number) => Math.max(0, z);
const leaky = (z: number) => (z > 0 ? z : 0.01 * z);
const dot = (w: readonly number[], x: readonly number[]) =>
  w.reduce((s, wi, i) => s + wi * x[i]!, 0);
/** A number as the plans write it: a true minus, `digits` decimals. */
const show = (v: number, digits: number) => v.toFixed(digits).replace('-', '−');

const tries = (file: string, id: string) => plan(file).tries[id]!;

describe('lesson 1 plan', () => {
  it('exit ticket: 20 × 10 pixels need 200 input neurons; mid-grey holds about 0.5', () => {
    const p = plan('01-what-a-neuron-holds');
    expect(p.exit.question).toContain('20 pixels wide and 10 pixels tall');
    expect(p.exit.answer).toContain(`${20 * 10} input neurons`);
    expect(p.exit.answer).toContain('about 0.5');
  });

  it('discussion: 32 × 32 pictures need 1,024 input neurons', () => {
    const answer = plan('01-what-a-neuron-holds').discuss[0]!.answer;
    expect(answer).toContain((32 * 32).toLocaleString('en-US'));
    expect(answer).toContain(`28 × 28 = ${28 * 28}`);
  });
});

describe('lesson 2 plan: the three-input lab "pipes"', () => {
  const lab = neuronLab(lessonSource('02-weights'), 'pipes');
  const [jump, largest, zeroWeight, goal] = tries('02-weights', 'pipes');
  const z = (x: readonly number[], w: readonly number[] = lab.weights) => dot(w, x) + lab.bias;

  it('"Set x₃ to 1": z jumps by w₃ = 3, from 1.5 to 4.5', () => {
    const before = z(lab.inputs);
    const after = z([lab.inputs[0]!, lab.inputs[1]!, 1]);
    expect(jump).toContain(`By ${after - before}, from ${before} to ${after}`);
  });

  it('"as large as you can": every input and weight at the top of its slider gives 12', () => {
    const top = z(
      lab.inputs.map(() => lab.inputRange[1]),
      lab.weights.map(() => lab.weightRange[1]),
    );
    expect(largest).toContain(`z = 4 + 4 + 4 = ${top}`);
    expect(largest).toContain(`every weight to ${lab.weightRange[1]}`);
  });

  it('"Set w₂ to 0": z does not change as x₂ moves', () => {
    const w = [lab.weights[0]!, 0, lab.weights[2]!];
    expect(z([1, lab.inputRange[0], 0], w)).toBe(z([1, lab.inputRange[1], 0], w));
    expect(zeroWeight).toMatch(/^z does not change/);
  });

  it('the goal: each weight set the answer names gives z = 0 with every input at 1, none of them 0', () => {
    const sets = [...goal!.matchAll(/\((−?\d+), (−?\d+), (−?\d+)\)/g)].map((m) =>
      m.slice(1).map((v) => Number(v.replace('−', '-'))),
    );
    expect(sets.length).toBeGreaterThanOrEqual(3);
    const grid = sliderValues(lab.weightRange, lab.step);
    for (const w of sets) {
      expect(z([1, 1, 1], w)).toBe(0);
      expect(w.every((v) => v !== 0 && grid.includes(v))).toBe(true);
    }
  });

  it('exit ticket: x = (1, 0.5, 1), w = (2, −4, 1), b = 0 gives z = 1', () => {
    const p = plan('02-weights');
    expect(p.exit.question).toContain('x = (1, 0.5, 1), weights w = (2, −4, 1) and bias 0');
    expect(p.exit.answer).toMatch(new RegExp(`= ${dot([2, -4, 1], [1, 0.5, 1])}\\.$`));
  });
});

describe('lesson 2 plan: the stroke detector on the shipped samples', () => {
  const samples = decodeSamples(readFileSync('public/models/digit-samples.bin'));
  const weights = Array.from(verticalStrokeDetector());
  const zOf = (n: number) => dot(weights, Array.from(samples[n - 1]!.pixels)) + STROKE.bias;
  const [largest, leaning] = tries('02-weights', 'stroke');

  it('"sample 12 about 23, sample 13 about 19": the two largest z among the samples', () => {
    const ranked = samples.map((_, i) => i + 1).sort((a, b) => zOf(b) - zOf(a));
    expect(ranked.slice(0, 2)).toEqual([12, 13]);
    expect(largest).toContain(`sample 12 about ${Math.round(zOf(12))}`);
    expect(largest).toContain(`sample 13 about ${Math.round(zOf(13))}`);
  });

  it('"Samples 11 and 15 lean … about −8.6 and −9.7": both 1s, both below 0', () => {
    expect(samples[10]!.label).toBe(1);
    expect(samples[14]!.label).toBe(1);
    expect(leaning).toContain(`about ${show(zOf(11), 1)} and ${show(zOf(15), 1)}`);
  });
});

describe('lesson 3 plan: the step neuron', () => {
  const source = lessonSource('03-bias');
  const gate = neuronLab(source, 'gate');
  const logic = neuronLab(source, 'logic');
  const [switchOff, and, or, xor] = tries('03-bias', 'logic');
  const fires = (lab: typeof logic, x: number[], b: number) => step(dot(lab.weights, x) + b);
  const truth = (b: number) =>
    [
      [0, 0],
      [1, 0],
      [0, 1],
      [1, 1],
    ].map((x) => fires(logic, x, b));
  const biases = sliderValues(logic.biasRange, logic.step);

  it('"Just below −2 … At b = −2 … still fires; at −2.05 … it is off"', () => {
    const grid = sliderValues(gate.biasRange, gate.step);
    const on = grid.filter((b) => fires(gate, gate.inputs, b) === 1);
    expect(Math.min(...on)).toBe(-2);
    expect(grid[grid.indexOf(-2) - 1]).toBe(-2.05);
    expect(switchOff).toContain('At b = −2, z = 0 and the neuron still fires; at −2.05');
  });

  it('AND for every bias from −2 up to, not including, −1 on the slider; OR from −1 up to 0', () => {
    const andBiases = biases.filter((b) => truth(b).join() === '0,0,0,1');
    const orBiases = biases.filter((b) => truth(b).join() === '0,1,1,1');
    expect([Math.min(...andBiases), Math.max(...andBiases)]).toEqual([-2, -1.05]);
    expect([Math.min(...orBiases), Math.max(...orBiases)]).toEqual([-1, -0.05]);
    expect(and).toMatch(/^Any bias from −2 up to, but not including, −1, for example −1\.5/);
    expect(or).toMatch(/^Any bias from −1 up to, but not including, 0, for example −0\.5/);
    expect(andBiases).toContain(-1.5);
    expect(orBiases).toContain(-0.5);
  });

  it('"exactly one": no bias on the slider', () => {
    expect(biases.filter((b) => truth(b).join() === '0,1,1,0')).toEqual([]);
    expect(xor).toMatch(/^No\./);
  });

  it('the sigmoid lab: half on at x = −b/w, 2 for b = −2 and w = 1, 0.5 for w = 4, −2 for w = −1', () => {
    const [slide, steeper, negative] = tries('03-bias', 'slide');
    const half = (w: number, b: number) => -b / w;
    expect(sigma(1 * half(1, -2) - 2)).toBe(0.5);
    expect(slide).toContain(`x = −b/w = −(−2)/1 = ${half(1, -2)}`);
    expect(steeper).toContain(`x = −b/w = 2/4 = ${half(4, -2)}`);
    expect(negative).toContain(`for w = −1 and b = −2, at x = ${show(half(-1, -2), 0)}`);
    const lab = neuronLab(source, 'slide');
    expect(lab.weightRange[0]).toBeLessThanOrEqual(-1);
  });

  it('exit ticket: weights (1, 1) and bias −1.5 fire for (1, 1) only', () => {
    const answer = plan('03-bias').exit.answer;
    const z = (x: number[]) => dot([1, 1], x) - 1.5;
    expect(
      [
        [0, 0],
        [1, 0],
        [0, 1],
        [1, 1],
      ].map((x) => step(z(x))),
    ).toEqual([0, 0, 0, 1]);
    expect(answer).toContain(`z = 1 + 1 − 1.5 = ${z([1, 1])}`);
    expect(answer).toContain(`z = ${show(z([0, 0]), 1)} or ${show(z([1, 0]), 1)}`);
  });
});

describe('lesson 4 plan: the neuron "squish"', () => {
  const lab = neuronLab(lessonSource('04-squishification'), 'squish');
  const [atZero, stepNudge, reluTask, tanhTask] = tries('04-squishification', 'squish');
  const sumWithoutBias = dot(lab.weights, lab.inputs);

  it('"b = −1.15" puts z at 0, where step 1, sigmoid 0.5, tanh 0, ReLU 0, leaky ReLU 0', () => {
    expect(sumWithoutBias).toBeCloseTo(1.15, 12);
    expect(sliderValues(lab.biasRange, lab.step)).toContain(-1.15);
    expect(atZero).toContain('b = −1.15');
    expect([step(0), sigma(0), Math.tanh(0), relu(0), leaky(0)]).toEqual([1, 0.5, 0, 0, 0]);
    expect(atZero).toContain('the step gives 1');
    expect(atZero).toContain('the sigmoid 0.5, tanh 0, ReLU 0, leaky ReLU 0');
  });

  it('with the step: a stays 1 near w₁ = 2, and drops to 0 first at w₁ = 1.18 on the slider', () => {
    const a = (w1: number) => step(dot([w1, lab.weights[1]!], lab.inputs) + lab.bias);
    const z = dot(lab.weights, lab.inputs) + lab.bias;
    expect(stepNudge).toContain(`z = ${z.toFixed(2)}`);
    expect([1.9, 1.95, 2.05, 2.1].map(a)).toEqual([1, 1, 1, 1]);
    const grid = sliderValues(lab.weightRange, lab.step).filter((w) => w <= 2);
    const firstOff = Math.max(...grid.filter((w) => a(w) === 0));
    expect(firstOff).toBe(1.18);
    const edge = -(lab.weights[1]! * lab.inputs[1]! + lab.bias) / lab.inputs[0]!;
    expect(stepNudge).toContain(`below w₁ = ${Number(edge.toFixed(4))}`);
    expect(stepNudge).toContain('(at 1.18 on the slider)');
  });

  it('ReLU never goes below 0; leaky ReLU at z = −2 gives −0.02', () => {
    expect(relu(-5)).toBe(0);
    expect(reluTask).toContain(`at z = −2 it is ${show(leaky(-2), 2)}`);
  });

  it('tanh: bias −2 gives z = −0.85 and a ≈ −0.691', () => {
    const z = sumWithoutBias - 2;
    expect(tanhTask).toContain(
      `z = ${show(z, 2)} and a = tanh(${show(z, 2)}) ≈ ${show(Math.tanh(z), 3)}`,
    );
  });

  it('exit ticket at z = −1: ReLU 0, step 0, σ ≈ 0.27, tanh ≈ −0.76', () => {
    const answer = plan('04-squishification').exit.answer;
    expect(answer).toBe(
      `ReLU ${relu(-1)}, step ${step(-1)}, sigmoid σ(−1) ≈ ${show(sigma(-1), 2)}, tanh(−1) ≈ ${show(Math.tanh(-1), 2)}.`,
    );
  });
});

describe('lesson 5 plan', () => {
  const source = lessonSource('05-slopes-and-softmax');
  const lab = neuronLab(source, 'sensitive');
  const [nearZero, farOut] = tries('05-slopes-and-softmax', 'sensitive');

  it('"raise w₁ by 0.1" at z = 0: z becomes 0.08 and a goes from 0.500 to 0.520', () => {
    const dz = 0.1 * lab.inputs[0]!;
    expect(nearZero).toContain(`z becomes ${dz.toFixed(2)}`);
    expect(nearZero).toContain(`from 0.500 to ${sigma(dz).toFixed(3)}`);
    expect(nearZero).toContain(`a change of ${(sigma(dz) - 0.5).toFixed(3)}`);
  });

  it('at z = 6 the same nudge moves a by about 0.0002, and 0.998 stays 0.998', () => {
    const dz = 0.1 * lab.inputs[0]!;
    const change = sigma(6 + dz) - sigma(6);
    expect(change.toFixed(4)).toBe('0.0002');
    expect(farOut).toContain('about 0.0002');
    expect([sigma(6).toFixed(3), sigma(6 + dz).toFixed(3)]).toEqual(['0.998', '0.998']);
    expect(farOut).toContain(`slope is about ${(sigma(6) * (1 - sigma(6))).toFixed(4)}`);
  });

  it('softmax goal: z₃ must beat ln(e² + e) ≈ 2.31; 2.32 is the first slider value, a₃ ≈ 0.502', () => {
    const soft = componentProps(source, 'SoftmaxView', 'soft');
    const [z1, z2] = soft.logits as number[];
    const [goal, equal] = tries('05-slopes-and-softmax', 'soft');
    const tops = Math.exp(z1!) + Math.exp(z2!);
    expect(goal).toContain(`≈ ${tops.toFixed(3)}`);
    expect(goal).toContain(`ln ${tops.toFixed(3)} ≈ ${Math.log(tops).toFixed(2)}`);
    const a3 = (z3: number) => Math.exp(z3) / (tops + Math.exp(z3));
    expect(a3(2.31)).toBeLessThan(0.5);
    expect(a3(2.32)).toBeGreaterThan(0.5);
    expect(goal).toContain(`a₃ ≈ ${a3(2.32).toFixed(3)}`);
    const same = [1.7, 1.7, 1.7].map((z) => Math.exp(z) / (3 * Math.exp(1.7)));
    expect(equal).toContain(`1/3 ≈ ${same[0]!.toFixed(3)}`);
  });

  it('discussion: the sigmoid slope at z = 8 is about 0.0003', () => {
    const answer = plan('05-slopes-and-softmax').discuss[1]!.answer;
    expect(answer).toContain(`σ′(8) ≈ ${(sigma(8) * (1 - sigma(8))).toFixed(4)}`);
  });

  it('exit ticket: z from 0 to 0.2 moves a by about 0.05; σ(0.2) ≈ 0.550', () => {
    const answer = plan('05-slopes-and-softmax').exit.answer;
    expect(answer).toContain(`0.25 × 0.2 = ${(0.25 * 0.2).toFixed(2)}`);
    expect(answer).toContain(`σ(0.2) ≈ ${sigma(0.2).toFixed(3)}`);
  });
});

describe('lesson 6 plan', () => {
  it('discussion: a 784-100-10 network has 79,510 numbers', () => {
    const total = 784 * 100 + 100 + 100 * 10 + 10;
    expect(plan('06-layers-and-matrices').discuss[1]!.answer).toContain(
      `= ${total.toLocaleString('en-US')}`,
    );
  });

  it('the one-row lab: z = 2 and a = 0.881, then row 2 of W and b₂ give z = 0 and a = 0.5', () => {
    const lab = neuronLab(lessonSource('06-layers-and-matrices'), 'row');
    const note = plan('06-layers-and-matrices').timeline.find(
      (s) => s.kind === 'demo' && s.island === 'row',
    )!;
    const z1 = dot(lab.weights, lab.inputs) + lab.bias;
    const z2 = dot([0.5, 1, -3], lab.inputs) + 2;
    expect(note.kind === 'demo' && note.project).toContain(
      `z = ${z1} and a = ${sigma(z1).toFixed(3)}`,
    );
    expect(z2).toBe(0);
    const grid = sliderValues(lab.weightRange, lab.step);
    expect([0.5, 1, -3].every((w) => grid.includes(w))).toBe(true);
  });

  it('exit ticket: 5 neurons after 3 have 15 weights and 5 biases', () => {
    expect(plan('06-layers-and-matrices').exit.answer).toContain(
      `5 × 3 = ${5 * 3} weights and 5 biases, ${5 * 3 + 5} numbers`,
    );
  });
});

describe('lesson 7 plan', () => {
  it('exit ticket: 567 of 600 is 94.5%; blind guessing 10%', () => {
    const answer = plan('07-a-network-that-reads-digits').exit.answer;
    expect(answer).toContain(`567 ÷ 600 = ${((567 / 600) * 100).toFixed(1)}%`);
    expect(answer).toContain(`scores ${100 / 10}%`);
  });
});

describe('lesson 8 plan: the gradient-descent lab, stepped by hand', () => {
  const props = componentProps(lessonSource('08-what-learning-means'), 'DescentLab', 'learn');
  const examples = [0, 0.2, 0.4, 0.6, 0.8, 1].map((x) => ({ x, y: x >= 0.6 ? 1 : 0 }));
  /** C = (1/n) Σ ½(σ(wx + b) − y)² and its slopes (a − y) σ′(z) x and (a − y) σ′(z). */
  const state = (w: number, b: number) => {
    let cost = 0;
    let dw = 0;
    let db = 0;
    for (const { x, y } of examples) {
      const a = sigma(w * x + b);
      cost += 0.5 * (a - y) ** 2;
      dw += (a - y) * a * (1 - a) * x;
      db += (a - y) * a * (1 - a);
    }
    const n = examples.length;
    return { cost: cost / n, dw: dw / n, db: db / n };
  };
  /** One press of "Take one step downhill"; the lab keeps w and b within −10 … 10. */
  const clamp = (v: number) => Math.min(10, Math.max(-10, v));
  const run = (rate: number, steps: number) => {
    let w = props.w as number;
    let b = props.b as number;
    const path = [{ w, b, ...state(w, b) }];
    for (let k = 0; k < steps; k++) {
      const { dw, db } = state(w, b);
      w = clamp(w - rate * dw);
      b = clamp(b - rate * db);
      path.push({ w, b, ...state(w, b) });
    }
    return path;
  };
  const allRight = (w: number, b: number) =>
    examples.every(({ x, y }) => sigma(w * x + b) > 0.5 === (y === 1));
  const answers = tries('08-what-learning-means', 'learn');

  it('"Negative (the lab shows ∂C/∂w = −0.043)": so w grows', () => {
    const { dw } = state(props.w as number, props.b as number);
    expect(answers[0]).toContain(`∂C/∂w = ${show(dw, 3)}`);
    expect(dw).toBeLessThan(0);
  });

  it('the first costs at the starting rate: 0.209, 0.200, 0.191, 0.182', () => {
    const costs = run(props.rate as number, 3).map((p) => p.cost.toFixed(3));
    expect(answers[1]).toContain(`from ${costs[0]} to ${costs.slice(1).join(', ')}`);
  });

  it('after 30 steps every example is right, w ≈ 2.03, b ≈ −0.89, half on at x ≈ 0.44; rate 20 in 10 steps', () => {
    const path = run(props.rate as number, 30);
    const first = path.findIndex((p) => allRight(p.w, p.b));
    expect(first).toBeGreaterThan(20);
    expect(first).toBeLessThanOrEqual(30);
    const { w, b } = path[30]!;
    expect(answers[2]).toContain(`w ≈ ${w.toFixed(2)} and b ≈ ${show(b, 2)}`);
    expect(answers[2]).toContain(`x = −b/w ≈ ${(-b / w).toFixed(2)}`);
    expect(-b / w).toBeGreaterThan(0.4);
    expect(-b / w).toBeLessThan(0.6);
    expect(run(20, 10).some((p) => allRight(p.w, p.b))).toBe(true);
    expect(answers[2]).toContain('a learning rate of 20 gets every example right within 10 steps');
  });

  it('rate 100: the cost goes up on the second step, then jumps up and down', () => {
    const costs = run(100, 6).map((p) => p.cost.toFixed(3));
    expect(Number(costs[2])).toBeGreaterThan(Number(costs[1]));
    expect(answers[3]).toContain(`from ${costs[1]} to ${costs[2]}`);
    expect(answers[3]).toContain(`(${costs.slice(3, 7).join(', ')}, …)`);
    expect((props.rateRange as number[])[1]).toBe(100);
  });

  it('rate 0.1: the cost first drops below 0.1 after 877 steps, 880 on the counter of “Take 10 steps”', () => {
    const path = run(0.1, 1000);
    const k = path.findIndex((p) => p.cost < 0.1);
    expect(answers[4]).toMatch(
      new RegExp(
        `^${k} steps, so the counter shows ${Math.ceil(k / 10) * 10} after the ${Math.ceil(k / 10)}th press`,
      ),
    );
    for (let i = 1; i <= k; i++) expect(path[i]!.cost).toBeLessThan(path[i - 1]!.cost);
  });

  it('exit ticket: w ← 1 − 0.5 × 0.4 = 0.8', () => {
    expect(plan('08-what-learning-means').exit.answer).toContain(`= ${1 - 0.5 * 0.4}`);
  });
});
