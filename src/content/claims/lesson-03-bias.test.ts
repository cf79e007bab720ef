/**
 * Lesson 3, "Bias": what its text, its Try-this asides and the teachers' notes say the step
 * neurons "gate" and "logic" do, with the lesson's own props, on every bias their sliders can
 * reach, computed with the core's neuron. The truth tables are written out by hand. (The
 * "Softer switches" lab is checked in lesson-03-slide.test.ts.)
 */
import { describe, expect, it } from 'vitest';
import { evaluateNeuron } from '~/core/neuron';
import {
  asides,
  lessonSource,
  neuronLab,
  prose,
  section,
  sliderValues,
  projectNotes,
} from './lesson';

const source = lessonSource('03-bias');
const gate = neuronLab(source, 'gate');
const logic = neuronLab(source, 'logic');
const tries = asides(section(source, 'A neuron that says yes or no'), 'try').map(prose);

/** The four on/off input pairs, and what AND, OR and XOR give for each. */
const PAIRS = [
  [0, 0],
  [0, 1],
  [1, 0],
  [1, 1],
] as const;
const AND = [0, 0, 0, 1];
const OR = [0, 1, 1, 1];
const XOR = [0, 1, 1, 0];

const fires = (lab: typeof logic, bias: number, x: readonly number[]) =>
  evaluateNeuron({ weights: lab.weights, bias, activation: lab.activation }, x).a;
const table = (lab: typeof logic, bias: number) => PAIRS.map((x) => fires(lab, bias, x));
const biases = (lab: typeof logic) => sliderValues(lab.biasRange, lab.step);

describe('lesson 3: a bar to clear', () => {
  it('"When b is −5, the weighted inputs first have to make up 5 before z even reaches 0"', () => {
    const n = (x: number) => evaluateNeuron({ weights: [1], bias: -5, activation: 'step' }, [x]);
    expect(n(5).z).toBe(0);
    expect(n(4.99).z).toBeLessThan(0);
  });

  it('"A positive bias: the neuron is active even when every input is 0"', () => {
    for (const activation of ['step', 'sigmoid'] as const) {
      const { a } = evaluateNeuron({ weights: [1, 1], bias: 0.5, activation }, [0, 0]);
      expect(a).toBeGreaterThan(0.5);
    }
  });
});

describe('lesson 3: the bias-only lab "gate"', () => {
  it('"The inputs are fixed at 1 here; the bias is yours": only the bias moves', () => {
    expect(gate.inputs).toEqual([1, 1]);
    expect(gate.lock).toContain('inputs');
    const movable = gate.show.filter((g) => !gate.lock.includes(g));
    expect(movable).toEqual(['bias']);
    expect(gate.activation).toBe('step');
  });

  it('"Find the bias at which the neuron switches off, with both inputs on": just below −2, on the slider', () => {
    expect(tries[0]).toContain('Find the bias at which the neuron switches off');
    const on = biases(gate).filter((b) => fires(gate, b, gate.inputs) === 1);
    const off = biases(gate).filter((b) => fires(gate, b, gate.inputs) === 0);
    // z = 1 + 1 + b ≥ 0 exactly when b ≥ −2.
    expect(Math.min(...on)).toBe(-2);
    expect(Math.max(...off)).toBe(-2 - gate.step);
    expect(fires(gate, gate.bias, gate.inputs)).toBe(1);
  });
});

describe('lesson 3: the logic lab', () => {
  it('"Inputs are 0 or 1 (the sliders jump in whole steps)", and the reader can move them', () => {
    expect(logic.inputRange).toEqual([0, 1]);
    expect(logic.inputStep).toBe(1);
    expect(logic.show).toContain('inputs');
    expect(logic.lock).not.toContain('inputs');
    expect(logic.activation).toBe('step');
  });

  it('"Make the neuron fire only when both inputs are on": exactly the slider biases in [−2, −1)', () => {
    expect(tries[0]).toContain('fire only when both inputs are on');
    const found = biases(logic).filter((b) => table(logic, b).join() === AND.join());
    // 2 + b ≥ 0 and 1 + b < 0.
    expect(found).toEqual(biases(logic).filter((b) => b >= -2 && b < -1));
    expect(found.length).toBeGreaterThan(0);
  });

  it('"fire when at least one input is on (OR)": exactly the slider biases in [−1, 0)', () => {
    expect(tries[0]).toContain('**at least one** input is on (OR)');
    const found = biases(logic).filter((b) => table(logic, b).join() === OR.join());
    // 1 + b ≥ 0 and b < 0.
    expect(found).toEqual(biases(logic).filter((b) => b >= -1 && b < 0));
    expect(found.length).toBeGreaterThan(0);
  });

  it('"Is there a bias that makes it fire when exactly one input is on?": none on the slider', () => {
    expect(tries[0]).toContain('**exactly one** input is on');
    expect(biases(logic).filter((b) => table(logic, b).join() === XOR.join())).toEqual([]);
  });

  it('teachers: "find AND and OR biases together, then try (and fail) to make XOR"', () => {
    const note = projectNotes('03-bias');
    expect(note).toContain('find AND and OR biases together, then try (and fail) to make XOR');
    expect(note).toContain('The bias-only lab');
    const tables = new Set(biases(logic).map((b) => table(logic, b).join()));
    expect(tables.has(AND.join()) && tables.has(OR.join())).toBe(true);
    expect(tables.has(XOR.join())).toBe(false);
  });
});
