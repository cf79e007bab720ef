/**
 * Lesson 7, "A network that reads digits" (and lesson 1's pad, which uses the same network):
 * the numbers the text gives about the shipped network, recomputed by running it (the core's
 * forward pass) on the 600 held-out digits. The counts are read from the lesson's text.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadDigits } from '../../../scripts/data/mnist.ts';
import { getActivation } from '~/core/activations';
import { argmax } from '~/core/network';
import { parseNetwork } from '~/core/serialize';
import { decodeSamples } from '~/digits/samples';
import { lessonBody, lessonSource, prose, discussQuestions } from './lesson';

const model = parseNetwork(readFileSync('public/models/digits.json', 'utf8'));
const { train, heldOut } = loadDigits();
const text = prose(lessonBody(lessonSource('07-a-network-that-reads-digits')));
const guesses = heldOut.map((d) => ({ label: d.label, guess: argmax(model.predict(d.pixels)) }));
const count = (s: string) => Number(s.replace(/,/g, ''));

describe('lesson 7: honest numbers', () => {
  const [, trained, tested, right] =
    /trained on ([\d,]+) digits and tested on ([\d,]+) others it never saw: it reads ([\d,]+) of them correctly/.exec(
      text,
    )!;

  it('"trained on 8,000 digits and tested on 600 others it never saw"', () => {
    expect(train).toHaveLength(count(trained!));
    expect(heldOut).toHaveLength(count(tested!));
  });

  it('"it reads 567 of them correctly", and 567 / 600 is the "94.5%" the lesson quotes', () => {
    expect(guesses.filter((g) => g.guess === g.label)).toHaveLength(count(right!));
    const percent = Number(/it reads ([\d.]+)% of digits it has never seen/.exec(text)![1]);
    expect(Math.round((1000 * count(right!)) / count(tested!)) / 10).toBe(percent);
    expect(text).toContain(`reads ${percent}% of new digits`);
  });

  it('"Its most common mistake is reading a 5 as a 3" (and teachers: "mistakes some 5s for 3s")', () => {
    const [, label, guess] = /most common mistake is reading an? (\d) as an? (\d)/.exec(text)!;
    const mistakes = new Map<string, number>();
    for (const g of guesses.filter((g) => g.guess !== g.label)) {
      const key = `${g.label}→${g.guess}`;
      mistakes.set(key, (mistakes.get(key) ?? 0) + 1);
    }
    const top = Math.max(...mistakes.values());
    expect(mistakes.get(`${label}→${guess}`)).toBe(top);
    expect([...mistakes.values()].filter((n) => n === top)).toHaveLength(1);
    const note = discussQuestions('07-a-network-that-reads-digits');
    expect(note).toContain(`mistakes some ${label}s for ${guess}s`);
  });
});

describe('lesson 1: the drawing pad', () => {
  const one = prose(lessonBody(lessonSource('01-what-a-neuron-holds')));

  it('"a real network of exactly this shape, 784, 16, 16 and 10 neurons, trained on thousands of handwritten digits"', () => {
    const [, ...sizes] = /exactly this shape, (\d+), (\d+), (\d+) and (\d+) neurons/.exec(one)!;
    expect(model.sizes).toEqual(sizes.map(Number));
    expect(one).toContain('trained on thousands of handwritten digits');
    expect(train.length).toBeGreaterThanOrEqual(2000);
  });

  it('"true of the input neurons here, because brightness runs from 0 to 1": every sample pixel is in [0, 1]', () => {
    expect(one).toContain('brightness runs from 0 to 1');
    const samples = decodeSamples(readFileSync('public/models/digit-samples.bin'));
    for (const s of samples) {
      expect(Math.min(...s.pixels)).toBeGreaterThanOrEqual(0);
      expect(Math.max(...s.pixels)).toBeLessThanOrEqual(1);
    }
  });

  it('"with other activation functions a neuron can hold a negative number, or a number far bigger than 1"', () => {
    expect(one).toContain('can hold a negative number, or a number far bigger than 1');
    expect(getActivation('tanh').output(-1)).toBeLessThan(0);
    expect(getActivation('relu').output(40)).toBe(40);
    expect(getActivation('sigmoid').output(40)).toBeLessThanOrEqual(1);
  });
});
