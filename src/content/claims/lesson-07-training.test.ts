/**
 * Lesson 7, "Watch a network learn": what the Try-this tasks say the TrainingLab does, checked
 * by training with the lab's own trainer, the lesson's own props (defaults applied as on the
 * page) and the shipped training set. Accuracy is looked at every MEASURE_EVERY batches, the
 * only points at which the lab measures it while training runs: so every point a reader sees on
 * the curve is one checked here. The core's e^x and ln are portable (core/portable-math.ts), so
 * the browser's run is this one, bit for bit.
 */
import { describe, expect, it } from 'vitest';
import { readTrainSetFile } from '../../../scripts/data/train-set-file.ts';
import { argmax } from '~/core/network';
import { componentProps } from '~/content/lesson-props';
import { decodeTrainSet } from '~/digits/train-set';
import {
  settingsOf,
  trainingLabConfig,
  trainingLabSchema,
  type TrainingLabProps,
  type TrainingLabState,
} from '~/components/training/training-lab-config';
import { DigitTrainer, type TrainingSettings } from '~/components/training/trainer';
import { MEASURE_EVERY } from '~/components/training/messages';
import { defaults } from '~/state/url-state';
import { asides, lessonSource, prose, section, sentenceWith } from './lesson';

const source = lessonSource('07-a-network-that-reads-digits');
const text = section(source, 'Watch a network learn');
const tasks = prose(asides(text, 'try')[0]!);
const data = decodeTrainSet(readTrainSetFile());
const props = componentProps(source, 'TrainingLab', 'learn') as TrainingLabProps;
const config = trainingLabConfig({ component: 'TrainingLab' }, 'learn', props, '');
const lesson = settingsOf(config, defaults(trainingLabSchema(config)) as TrainingLabState);
const EPOCH = data.train.count / lesson.batchSize;

/** Held-out accuracy at each measuring point of `epochs` epochs of training with `change`. */
function curve(change: Partial<TrainingSettings>, epochs: number): number[] {
  const trainer = new DigitTrainer(data, { ...lesson, ...change });
  const points: number[] = [];
  while (trainer.batches < epochs * EPOCH) {
    for (let k = 0; k < MEASURE_EVERY; k++) trainer.step();
    points.push(trainer.score().accuracy);
  }
  return points;
}
/** Digits seen when the accuracy first reaches 90% (Infinity if never). */
const digitsTo90 = (points: number[]) => {
  const i = points.findIndex((a) => a >= 0.9);
  return i < 0 ? Infinity : (i + 1) * MEASURE_EVERY * lesson.batchSize;
};

describe('lesson 7: watch a network learn', () => {
  it('the lab starts as the lesson says: η = 0.5, sigmoid, softmax with cross-entropy', () => {
    expect(lesson).toMatchObject({
      learningRate: 0.5,
      activation: 'sigmoid',
      cost: 'cross-entropy',
    });
    expect(text).toContain(
      `on ${data.train.count.toLocaleString('en-GB')} real handwritten digits`,
    );
    expect(text).toContain(
      `accuracy on ${data.heldOut.count.toLocaleString('en-GB')} held-out digits`,
    );
  });

  it('"It passes 90% within about three epochs"', () => {
    expect(tasks).toContain('It passes 90% within about three epochs');
    const epochs = digitsTo90(curve({}, 4)) / data.train.count;
    expect(epochs).toBeGreaterThan(2.5);
    expect(epochs).toBeLessThanOrEqual(3);
  });

  it('"learning rate to 0.01 … after 30 epochs it is still below 90%"', () => {
    expect(sentenceWith(tasks, 'after 30 epochs it is still below 90%')).toBeTruthy();
    expect(Math.max(...curve({ learningRate: 0.01 }, 30))).toBeLessThan(0.9);
  });

  it('"a learning rate of 10 … jumps up and down and stays below 75% for 30 epochs"', () => {
    expect(sentenceWith(tasks, 'stays below 75% for 30 epochs')).toContain('jumps up and down');
    const points = curve({ learningRate: 10 }, 30);
    expect(Math.max(...points)).toBeLessThan(0.75);
    const drops = points.slice(1).filter((a, i) => a < points[i]! - 0.05);
    expect(drops.length).toBeGreaterThan(3);
  });

  it('"ReLU with a learning rate of 3 … right exactly one time in ten, and stays there"', () => {
    expect(tasks).toContain('Choose ReLU with a learning rate of 3');
    const trainer = new DigitTrainer(data, { ...lesson, activation: 'relu', learningRate: 3 });
    for (let e = 1; e <= 30; e++) {
      for (let b = 0; b < EPOCH; b++) trainer.step();
      expect(trainer.score().accuracy).toBe(0.1);
    }
    const guesses = new Set(
      Array.from({ length: data.heldOut.count }, (_, k) =>
        argmax(trainer.predict(data.heldOut.pixels.subarray(k * 784, (k + 1) * 784))),
      ),
    );
    expect(guesses.size).toBe(1);
  });

  it('"squared error … takes about twice as many digits … to pass 90%"', () => {
    expect(tasks).toContain('about twice as many digits as softmax with cross-entropy');
    const ratio = digitsTo90(curve({ cost: 'squared-error' }, 10)) / digitsTo90(curve({}, 10));
    expect(ratio).toBeGreaterThan(1.75);
    expect(ratio).toBeLessThan(2.5);
  });
});
