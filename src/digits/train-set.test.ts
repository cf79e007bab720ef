import { readFileSync, statSync } from 'node:fs';
import { gunzipSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import {
  trainSetSplit,
  HELD_OUT_PER_DIGIT,
  TRAIN_PER_DIGIT,
} from '../../scripts/data/train-set-split.ts';
import { TRAIN_SET_FILE, readTrainSetFile } from '../../scripts/data/train-set-file.ts';
import {
  checkTrainSet,
  decodeTrainSet,
  encodeTrainSet,
  inflateTrainSet,
  type DigitSet,
} from './train-set';

const digit = (label: number, seed: number) => ({
  label,
  pixels: Float64Array.from({ length: 784 }, (_, j) => ((j * 31 + seed * 17) % 256) / 255),
});

const picture = (set: DigitSet, k: number) => set.pixels.subarray(k * 784, (k + 1) * 784);

describe('the training set format', () => {
  it('round-trips labels, the split and pixels (to half of 1/15)', () => {
    const train = [digit(3, 1), digit(0, 2)];
    const heldOut = [digit(9, 3)];
    const back = decodeTrainSet(encodeTrainSet(train, heldOut));
    expect(back.train.count).toBe(2);
    expect(back.heldOut.count).toBe(1);
    expect([...back.train.labels]).toEqual([3, 0]);
    expect([...back.heldOut.labels]).toEqual([9]);
    [...train, ...heldOut].forEach((d, k) => {
      const decoded = k < 2 ? picture(back.train, k) : picture(back.heldOut, 0);
      d.pixels.forEach((v, j) =>
        expect(Math.abs(decoded[j]! - v)).toBeLessThanOrEqual(0.5 / 15 + 1e-6),
      );
    });
  });

  it('uses half a byte a pixel and one byte a label', () => {
    expect(encodeTrainSet([digit(1, 1), digit(2, 2)], [digit(3, 3)]).length).toBe(9 + 3 + 3 * 392);
  });

  it.each([
    ['a wrong magic', (b: Uint8Array) => b.set([0x50], 0), 'Not a training set file'],
    ['an unknown version', (b: Uint8Array) => b.set([7], 4), 'Unsupported training set version 7'],
    [
      'a cut-off file',
      (b: Uint8Array) => b.subarray(0, 600),
      'should hold 2 digits (795 bytes); it has 600 bytes',
    ],
    ['a bad label', (b: Uint8Array) => b.set([12], 10), 'Digit 1 has label 12'],
    ['no held-out digits', (b: Uint8Array) => b.set([2, 0, 0, 0], 5), 'it has 2 and 0'],
  ])('rejects %s', (_, damage, message) => {
    const bytes = encodeTrainSet([digit(5, 1)], [digit(6, 2)]);
    const damaged = damage(bytes) ?? bytes;
    expect(() => checkTrainSet(damaged)).toThrow(message);
    expect(() => decodeTrainSet(damaged)).toThrow(message);
  });
});

describe('inflateTrainSet', () => {
  const bytes = encodeTrainSet([digit(4, 1), digit(7, 2)], [digit(1, 3)]);

  it('gunzips a gzipped file to the exact bytes that were packed', async () => {
    const back = new Uint8Array(await inflateTrainSet(gzipSync(bytes)));
    expect(Buffer.from(back).equals(Buffer.from(bytes))).toBe(true);
    expect([...decodeTrainSet(back).train.labels]).toEqual([4, 7]);
  });

  it('passes bytes a host already inflated through unchanged', async () => {
    const back = new Uint8Array(await inflateTrainSet(bytes));
    expect(Buffer.from(back).equals(Buffer.from(bytes))).toBe(true);
  });

  it('rejects a gzip stream cut short, saying so', async () => {
    const packed = gzipSync(bytes);
    await expect(inflateTrainSet(packed.subarray(0, packed.length >> 1))).rejects.toThrow(
      'compressed data is cut short or corrupt',
    );
  });
});

describe(`the shipped training set (${TRAIN_SET_FILE})`, () => {
  const stored = readFileSync(TRAIN_SET_FILE);
  const bytes = readTrainSetFile();
  const set = decodeTrainSet(bytes);

  it('is stored gzipped, well under 1 MiB, and inflates to the training set format', () => {
    expect([...stored.subarray(0, 2)]).toEqual([0x1f, 0x8b]);
    expect(statSync(TRAIN_SET_FILE).size).toBeLessThan(1024 * 1024);
    expect(Buffer.from(gunzipSync(stored)).equals(Buffer.from(bytes))).toBe(true);
    expect(String.fromCharCode(...bytes.subarray(0, 4))).toBe('NLTS');
  });

  it(`holds ${TRAIN_PER_DIGIT} training and ${HELD_OUT_PER_DIGIT} held-out digits of each kind`, () => {
    expect(set.train.count).toBe(10 * TRAIN_PER_DIGIT);
    expect(set.heldOut.count).toBe(10 * HELD_OUT_PER_DIGIT);
    for (const [part, per] of [
      [set.train, TRAIN_PER_DIGIT],
      [set.heldOut, HELD_OUT_PER_DIGIT],
    ] as const) {
      const counts = new Array<number>(10).fill(0);
      for (const label of part.labels) counts[label]! += 1;
      expect(counts).toEqual(new Array(10).fill(per));
    }
  });

  it('has no held-out digit among the training digits (pixel for pixel)', () => {
    const key = (s: DigitSet, k: number) => picture(s, k).join();
    const training = new Set(Array.from({ length: set.train.count }, (_, k) => key(set.train, k)));
    expect(training.size).toBe(set.train.count);
    for (let k = 0; k < set.heldOut.count; k++)
      expect(training.has(key(set.heldOut, k))).toBe(false);
  });

  it('is what npm run data:train-set writes, and stays within 600 KB gzipped', () => {
    const { train, heldOut } = trainSetSplit();
    expect(Buffer.from(encodeTrainSet(train, heldOut)).equals(Buffer.from(bytes))).toBe(true);
    expect(stored.length).toBeLessThanOrEqual(600 * 1024);
  });

  it('holds real digits: mostly black, with some ink in every picture', () => {
    for (const part of [set.train, set.heldOut]) {
      for (let k = 0; k < part.count; k++) {
        const ink = picture(part, k).reduce((s, v) => s + v, 0);
        expect(ink).toBeGreaterThan(20);
        expect(ink).toBeLessThan(400);
      }
    }
  });
});
