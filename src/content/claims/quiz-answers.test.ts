/**
 * The questions that ask for a computation or a prediction: each answer (and each number a
 * wrong choice's explanation quotes) worked out here independently, from Math.exp, plain
 * arithmetic, the shipped data and the labs' own trainer, and compared with the answer the
 * lesson's frontmatter marks as right. Also: every published lesson asks at least three.
 */
import { readdirSync, readFileSync } from 'node:fs';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { readTrainSetFile } from '../../../scripts/data/train-set-file.ts';
import { loadDigits } from '../../../scripts/data/mnist.ts';
import { componentProps } from '~/content/lesson-props';
import { softmaxConfig } from '~/components/activation/softmax-config';
import { decodeTrainSet } from '~/digits/train-set';
import {
  settingsOf,
  trainingLabConfig,
  trainingLabSchema,
  type TrainingLabProps,
  type TrainingLabState,
} from '~/components/training/training-lab-config';
import { DigitTrainer } from '~/components/training/trainer';
import { defaults } from '~/state/url-state';
import type { Question } from '~/content/lesson-schema';
import { lessonSource } from './lesson';

const sigma = (z: number) => 1 / (1 + Math.exp(-z));
const softmax = (z: readonly number[]) => {
  const e = z.map(Math.exp);
  const total = e.reduce((s, v) => s + v, 0);
  return e.map((v) => v / total);
};

type Choice = Extract<Question, { kind: 'choice' }>;
type NumberQ = Extract<Question, { kind: 'number' }>;

function questions(file: string): Question[] {
  return (yaml.load(lessonSource(file).split(/^---$/m)[1]!) as { questions: Question[] }).questions;
}
/** The one question of the lesson whose prompt starts with `start`. */
function question(file: string, start: string): Question {
  const found = questions(file).filter((q) => q.prompt.startsWith(start));
  expect(found, `${file}: one question starting "${start}"`).toHaveLength(1);
  return found[0]!;
}
const choice = (file: string, start: string) => question(file, start) as Choice;
const number = (file: string, start: string) => question(file, start) as NumberQ;
/** The text of the choice the frontmatter marks right. */
const rightText = (q: Choice) => q.choices[q.answer]!.text;
const whyOf = (q: Choice, text: string) => q.choices.find((c) => c.text === text)!.why!;

describe('every published lesson asks at least three questions', () => {
  const files = readdirSync('content/lessons')
    .filter((f) => /^\d\d-.+\.mdx$/.test(f))
    .map((f) => f.replace(/\.mdx$/, ''));
  it.each(files)('%s', (file) => {
    const front = yaml.load(lessonSource(file).split(/^---$/m)[1]!) as {
      draft?: boolean;
      questions?: unknown[];
    };
    if (!front.draft) expect(front.questions?.length ?? 0).toBeGreaterThanOrEqual(3);
  });
});

describe('lesson 1', () => {
  it('a 32 × 24 webcam picture needs 768 input neurons', () => {
    const q = number('01-what-a-neuron-holds', 'A webcam gives pictures 32 pixels wide');
    let pixels = 0;
    for (let row = 0; row < 24; row++) for (let col = 0; col < 32; col++) pixels++;
    expect(q.answer).toBe(pixels);
    expect(q.tolerance).toBe(0);
  });

  it('mid-grey ink: the input neurons hold about 0.5, and the input layer keeps its 784 neurons', () => {
    const q = choice('01-what-a-neuron-holds', 'Predict: someone writes a 3 in mid-grey ink');
    expect(rightText(q)).toBe('About 0.5');
    // Brightness is linear from black (0) to white (1): a grey byte halfway gives 0.5.
    expect(Math.round((128 / 255) * 10) / 10).toBe(0.5);
    const model = JSON.parse(readFileSync('public/models/digits.json', 'utf8')) as {
      sizes: number[];
    };
    expect(model.sizes[0]).toBe(28 * 28);
    expect(whyOf(q, 'Nothing: the grey pixels get no neurons')).toContain('784 neurons');
  });
});

describe('lesson 4', () => {
  it('ReLU of −2 and 5 is 0 and 5; the wrong choices quote the sigmoid and leaky ReLU rightly', () => {
    const q = choice('04-squishification', 'Two neurons use ReLU');
    const relu = (z: number) => Math.max(0, z);
    expect(rightText(q)).toBe(`${relu(-2)} and ${relu(5)}`);
    const sigmoidWhy = whyOf(q, '0.12 and 0.99');
    expect(sigmoidWhy).toContain(
      `σ(−2) ≈ ${sigma(-2).toFixed(2)} and σ(5) ≈ ${sigma(5).toFixed(2)}`,
    );
    expect(whyOf(q, '−2 and 5')).toContain(`would give −${(0.01 * 2).toFixed(2)} and 5`);
  });

  it('a step neuron nudged from z = 0.9 to 1.1 does not change; the wrong choices quote the sigmoid rightly', () => {
    const q = choice('04-squishification', "A step neuron's weighted sum is z = 0.9");
    const step = (z: number) => (z >= 0 ? 1 : 0);
    expect(step(1.1) - step(0.9)).toBe(0);
    expect(rightText(q)).toBe(`Not at all: it is ${step(0.9)} before and after`);
    expect(whyOf(q, 'By about 0.04')).toContain(
      `σ(1.1) − σ(0.9) ≈ ${sigma(1.1).toFixed(3)} − ${sigma(0.9).toFixed(3)} = ${(sigma(1.1) - sigma(0.9)).toFixed(3)}`,
    );
    expect((sigma(1.1) - sigma(0.9)).toFixed(2)).toBe('0.04');
  });

  it('only tanh of the four reaches −0.5, at z ≈ −0.55', () => {
    const q = choice('04-squishification', 'Predict, then check with the neuron above');
    // Sample z widely: which functions ever give −0.5 (to within a slider's resolution)?
    const fs: Record<string, (z: number) => number> = {
      tanh: Math.tanh,
      sigmoid: sigma,
      ReLU: (z) => Math.max(0, z),
      step: (z) => (z >= 0 ? 1 : 0),
    };
    const reaches = Object.keys(fs).filter((name) => {
      for (let z = -20; z <= 20; z += 0.001) if (Math.abs(fs[name]!(z) + 0.5) < 0.001) return true;
      return false;
    });
    expect(reaches).toEqual(['tanh']);
    expect(rightText(q)).toBe('tanh');
    expect(Math.atanh(-0.5).toFixed(2)).toBe('-0.55');
    expect(q.explanation).toContain('tanh(z) = −0.5 at z ≈ −0.55');
    expect(0.01 * -50).toBe(-0.5);
    // The neuron below can get there: its sum reaches −0.55 (b = −1.7 with the lesson's start).
    expect(Math.tanh(0.8 * 2 + 0.3 * -1.5 - 1.7)).toBeCloseTo(-0.5, 2);
  });
});

describe('lesson 5', () => {
  it('a nudge of 0.1 at z = 0 and at z = 5: A changes by about 0.025, B by far less; slopes quoted rightly', () => {
    const q = choice('05-slopes-and-softmax', 'Two sigmoid neurons get the same small nudge');
    const change = (z: number) => sigma(z + 0.1) - sigma(z);
    expect(change(0).toFixed(3)).toBe('0.025');
    expect(change(5)).toBeLessThan(change(0) / 10);
    expect(rightText(q)).toBe("A's, by about 0.025; B's hardly moves");
    const slope5 = sigma(5) * (1 - sigma(5));
    expect(whyOf(q, "B's, because its sum is larger")).toContain(
      `slope about ${slope5.toFixed(3)}`,
    );
    expect(q.explanation).toContain(
      `about ${slope5.toFixed(3)} × 0.1 ≈ ${(slope5 * 0.1).toFixed(4)}`,
    );
  });

  it('four equal logits of 3 share equally: 0.25 each', () => {
    const q = number('05-slopes-and-softmax', 'A softmax layer has four neurons');
    const a = softmax([3, 3, 3, 3]);
    for (const v of a) expect(v).toBeCloseTo(q.answer, 12);
    expect(softmax([0, 0, 0, 0])[0]).toBeCloseTo(q.answer, 12);
  });

  it('softmax of 2, 1, 0.1: raising the first logit to 3 makes both others go down', () => {
    const q = choice('05-slopes-and-softmax', 'Predict, then check in the softmax demo');
    const before = softmax([2, 1, 0.1]);
    const after = softmax([3, 1, 0.1]);
    expect(after[1]).toBeLessThan(before[1]!);
    expect(after[2]).toBeLessThan(before[2]!);
    expect(after.reduce((s, v) => s + v, 0)).toBeCloseTo(1, 12);
    expect(rightText(q)).toBe('Both go down');
    const f = (v: number) => v.toFixed(2);
    expect(q.explanation).toContain(
      `from about ${f(before[1]!)} and ${f(before[2]!)} to about ${f(after[1]!)} and ${f(after[2]!)}`,
    );
    expect(q.explanation).toContain(`from about ${f(before[0]!)} to ${f(after[0]!)}`);
  });

  it('the softmax demo starts at those logits and can reach 3', () => {
    const source = lessonSource('05-slopes-and-softmax');
    const props = componentProps(source, 'SoftmaxView', 'soft');
    const config = softmaxConfig({ component: 'SoftmaxView' }, 'soft', props);
    expect(props.logits).toEqual([2, 1, 0.1]);
    expect(config.range[0]).toBeLessThanOrEqual(3);
    expect(config.range[1]).toBeGreaterThanOrEqual(3);
  });
});

describe('lesson 6', () => {
  const count = (sizes: number[]) => sizes.slice(1).reduce((s, k, i) => s + sizes[i]! * k + k, 0);

  it('784-32-10 has 25,450 weights and biases', () => {
    const q = number('06-layers-and-matrices', 'Someone tries a different shape');
    expect(q.answer).toBe(count([784, 32, 10]));
    expect(q.explanation).toContain('25,088 + 320 = 25,408');
    expect(784 * 32 + 32 * 10).toBe(25408);
  });

  it('row 2 of W times a⁽⁰⁾ plus b₂ is 4 (without the bias 5, row 1 gives 0, σ(4) ≈ 0.98)', () => {
    const q = choice('06-layers-and-matrices', 'A layer has weight matrix W');
    const W = [
      [1, -2, 0],
      [0.5, 1, 1],
    ];
    const a0 = [2, 1, 3];
    const b = [0, -1];
    const z = W.map((row, i) => row.reduce((s, w, j) => s + w * a0[j]!, 0) + b[i]!);
    expect(rightText(q)).toBe(String(z[1]));
    expect(q.choices.map((c) => c.text)).toEqual(
      expect.arrayContaining([String(z[1]! - b[1]!), String(z[0]), sigma(z[1]!).toFixed(2)]),
    );
  });
});

describe('lesson 7: baselines', () => {
  it('an untrained network (the lab, as it starts) reads about 10% of the held-out digits', () => {
    const q = choice(
      '07-a-network-that-reads-digits',
      "Predict: the lab's network starts from random weights",
    );
    expect(rightText(q)).toBe('About 10%');
    const data = decodeTrainSet(readTrainSetFile());
    const source = lessonSource('07-a-network-that-reads-digits');
    const props = componentProps(source, 'TrainingLab', 'learn') as TrainingLabProps;
    const config = trainingLabConfig({ component: 'TrainingLab' }, 'learn', props, '');
    const settings = settingsOf(config, defaults(trainingLabSchema(config)) as TrainingLabState);
    expect(data.heldOut.count).toBe(1000);
    // Several seeds, not only the lab's: the answer is about chance, not one lucky start.
    for (const seed of [settings.seed, 2, 3, 4, 5]) {
      const accuracy = new DigitTrainer(data, { ...settings, seed }).score().accuracy;
      expect(Math.abs(accuracy - 0.1), `seed ${seed}: ${accuracy}`).toBeLessThanOrEqual(0.05);
    }
  });

  it('answering "7" for every held-out digit is right 10% of the time', () => {
    const q = number(
      '07-a-network-that-reads-digits',
      'The 600 held-out digits hold 60 of each digit',
    );
    const { heldOut } = loadDigits();
    expect(heldOut).toHaveLength(600);
    const sevens = heldOut.filter((d) => d.label === 7).length;
    expect(sevens).toBe(60);
    expect(q.unit).toBe('%');
    expect(q.answer).toBe((100 * sevens) / heldOut.length);
  });
});

describe('lesson 8', () => {
  it('w = 1, slope 0.5, η = 4: one step lands at −1, past the lowest point 0.8', () => {
    const q = choice('08-what-learning-means', 'The cost is lowest at w = 0.8');
    // A cost with its lowest point at 0.8 and slope 0.5 at w = 1.
    const cost = (w: number) => 1.25 * (w - 0.8) ** 2;
    const h = 1e-6;
    const slope = (cost(1 + h) - cost(1 - h)) / (2 * h);
    expect(slope).toBeCloseTo(0.5, 8);
    const next = 1 - 4 * slope;
    expect(next).toBeCloseTo(-1, 6);
    expect(next).toBeLessThan(0.8);
    expect(rightText(q)).toBe('To −1, far past the lowest point');
    expect(whyOf(q, 'To 3, further along')).toContain('adds η × slope');
    expect(1 + 4 * 0.5).toBe(3);
    expect(1 - 0.5).toBe(0.5);
  });

  it('w = 2, slope 0.5, η = 0.4: one step gives 1.8', () => {
    const q = number('08-what-learning-means', 'A weight is w = 2');
    expect(q.answer).toBeCloseTo(2 - 0.4 * 0.5, 12);
  });
});
