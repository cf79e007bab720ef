/**
 * Lesson 2, "Weights": what its text says the three-input lab and the stroke detector do,
 * checked with the lesson's own props, the core's neuron and the shipped sample digits.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { evaluateNeuron } from '~/core/neuron';
import { componentProps } from '~/content/lesson-props';
import { decodeSamples } from '~/digits/samples';
import { presetBias, STROKE, verticalStrokeDetector } from '~/digits/presets';
import {
  lessonSource,
  neuronLab,
  pluralDigits,
  section,
  sentenceWith,
  sliderValues,
  projectNotes,
} from './lesson';

const source = lessonSource('02-weights');

describe('lesson 2: the three-input lab "pipes"', () => {
  const lab = neuronLab(source, 'pipes');
  const z = (inputs: number[], weights = lab.weights) =>
    evaluateNeuron({ weights, bias: lab.bias, activation: lab.activation }, inputs);

  it('"the activation is just the weighted sum": identity, no bias, and a = z', () => {
    expect(lab.activation).toBe('identity');
    expect(lab.bias).toBe(0);
    expect(lab.show).not.toContain('bias');
    // 2 × 1 + (−1) × 0.5 + 3 × 0 = 1.5
    const r = z(lab.inputs);
    expect(r.z).toBe(1.5);
    expect(r.a).toBe(r.z);
  });

  it('"Set x3 to 1. How much does z jump": by exactly w3 = 3', () => {
    const jump = z([lab.inputs[0]!, lab.inputs[1]!, 1]).z - z(lab.inputs).z;
    expect(jump).toBe(3);
    expect(lab.inputRange[1]).toBeGreaterThanOrEqual(1);
  });

  it('"Set w2 to 0. Now move x2 from one end to the other": z does not move', () => {
    const w = [lab.weights[0]!, 0, lab.weights[2]!];
    const [lo, hi] = lab.inputRange;
    expect(z([1, lo, 0], w).z).toBe(z([1, hi, 0], w).z);
  });

  it('"Make z as large as you can": the largest z, 3 × 4 × 1 = 12, fits the plot', () => {
    const top = lab.inputs.map(() => lab.inputRange[1]);
    const biggest = z(
      top,
      lab.weights.map(() => lab.weightRange[1]),
    ).z;
    expect(biggest).toBe(12);
    expect(lab.zRange[1]).toBeGreaterThanOrEqual(biggest);
    const smallest = z(
      top,
      lab.weights.map(() => lab.weightRange[0]),
    ).z;
    expect(lab.zRange[0]).toBeLessThanOrEqual(smallest);
  });

  it('"With every input at 1, find weights that make z exactly 0 while no weight is 0": (1, 1, −2) is on the sliders', () => {
    const w = [1, 1, -2];
    const grid = sliderValues(lab.weightRange, lab.step);
    expect(w.every((v) => grid.includes(v))).toBe(true);
    expect(z([1, 1, 1], w).z).toBe(0);
  });
});

/** The 100 shipped sample digits, in menu order. */
const samples = decodeSamples(readFileSync('public/models/digit-samples.bin'));
const detector = Array.from(verticalStrokeDetector());
const score = (pixels: ArrayLike<number>) =>
  evaluateNeuron(
    { weights: detector, bias: STROKE.bias, activation: 'sigmoid' },
    Array.from(pixels),
  );

/**
 * How far a digit leans, in pixels sideways per row: the slope of a straight line fitted
 * (least squares) through each inked row's centre of ink. Upright ≈ 0.
 */
function lean(pixels: ArrayLike<number>): number {
  const rows: [number, number][] = [];
  for (let y = 0; y < 28; y++) {
    let ink = 0;
    let moment = 0;
    for (let x = 0; x < 28; x++) {
      ink += pixels[y * 28 + x]!;
      moment += x * pixels[y * 28 + x]!;
    }
    if (ink > 0.5) rows.push([y, moment / ink]);
  }
  const my = rows.reduce((s, [y]) => s + y, 0) / rows.length;
  const mx = rows.reduce((s, [, x]) => s + x, 0) / rows.length;
  const sxy = rows.reduce((s, [y, x]) => s + (y - my) * (x - mx), 0);
  const syy = rows.reduce((s, [y]) => s + (y - my) ** 2, 0);
  return sxy / syy;
}

describe('lesson 2: the stroke detector on the shipped samples', () => {
  const props = componentProps(source, 'WeightImage', 'stroke');
  const text = section(source, 'Weights as a picture');
  const claim = sentenceWith(text, 'this detector responds most to');
  const named = pluralDigits(claim);
  const scored = samples.map((s) => ({ label: s.label, lean: lean(s.pixels), ...score(s.pixels) }));
  const meanZ = (digit: number) => {
    const zs = scored.filter((s) => s.label === digit).map((s) => s.z);
    return zs.reduce((a, b) => a + b, 0) / zs.length;
  };

  it('"a bias b = −4 (lesson 3)": the value the demo adds to the products\' sum', () => {
    expect(text).toContain('a <Term id="bias">bias</Term> $b = -4$ (lesson 3)');
    expect(presetBias('stroke')).toBe(-4);
  });

  it('starts from the stroke preset and names at least one digit', () => {
    expect(props.start).toBe('stroke');
    expect(named.length).toBeGreaterThan(0);
  });

  it('"responds most to" the digits it names: each scores a higher mean z than every other digit', () => {
    const others = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9].filter((d) => !named.includes(d));
    const lowestNamed = Math.min(...named.map(meanZ));
    for (const d of others) expect(meanZ(d), `mean z of the ${d}s`).toBeLessThan(lowestNamed);
  });

  it('"an upright 1 runs straight down the bar": every named digit leaning under 0.4 px per row lights it (a > 0.5)', () => {
    const upright = scored.filter((s) => named.includes(s.label) && Math.abs(s.lean) < 0.4);
    expect(upright.length).toBeGreaterThanOrEqual(5);
    for (const s of upright) expect(s.a).toBeGreaterThan(0.5);
  });

  it('"A 1 that leans far over … stays dark": every 1 leaning over 0.5 px per row has a < 0.1', () => {
    expect(sentenceWith(text, 'leans far over')).toMatch(/^A 1 that leans far over/);
    const leaning = scored.filter((s) => s.label === 1 && Math.abs(s.lean) > 0.5);
    expect(leaning.length).toBeGreaterThan(0);
    for (const s of leaning) expect(s.a).toBeLessThan(0.1);
  });

  it('"almost every other digit scores below zero": at least 95% of them', () => {
    const others = scored.filter((s) => !named.includes(s.label));
    const below = others.filter((s) => s.z < 0).length;
    expect(below / others.length).toBeGreaterThanOrEqual(0.95);
  });

  it('the first sample shown is one of the named digits, and it lights the detector up', () => {
    const first = samples[Number(props.sample ?? 1) - 1]!;
    expect(named).toContain(first.label);
    expect(score(first.pixels).a).toBeGreaterThan(0.9);
  });

  it('teachers: "sample 12 (an upright 1), sample 11 (a 1 that leans), then a 7 and a 0 … only the first scores above 0"', () => {
    const note = projectNotes('02-weights');
    const [, upright, leaning] =
      /choose sample (\d+) \(an upright 1\), sample (\d+) \(a 1 that leans\), then a 7 and a 0/.exec(
        note,
      )!;
    expect(note).toContain('ask why only the first scores above 0');
    const first = scored[Number(upright) - 1]!;
    const second = scored[Number(leaning) - 1]!;
    expect([first.label, second.label]).toEqual([1, 1]);
    expect(Math.abs(first.lean)).toBeLessThan(0.4);
    expect(Math.abs(second.lean)).toBeGreaterThan(0.5);
    expect(first.z).toBeGreaterThan(0);
    expect(second.z).toBeLessThan(0);
    // Whichever 7 and 0 the teacher picks, they score below 0.
    for (const s of scored.filter((s) => s.label === 7 || s.label === 0)) {
      expect(s.z).toBeLessThan(0);
    }
  });
});
