import { describe, expect, it } from 'vitest';
import { decodeSamples, encodeSamples } from './samples';

const digit = (label: number, seed: number) => ({
  label,
  pixels: Float64Array.from({ length: 784 }, (_, j) => ((j * 31 + seed * 17) % 256) / 255),
});

describe('the digit samples format', () => {
  it('round-trips labels and pixels (to 1/255)', () => {
    const digits = [digit(3, 1), digit(0, 2), digit(9, 3)];
    const back = decodeSamples(encodeSamples(digits));
    expect(back.map((d) => d.label)).toEqual([3, 0, 9]);
    back.forEach((d, k) =>
      d.pixels.forEach((v, j) =>
        expect(Math.abs(v - digits[k]!.pixels[j]!)).toBeLessThanOrEqual(0.5 / 255),
      ),
    );
  });

  it('uses one byte a pixel', () => {
    expect(encodeSamples([digit(1, 1), digit(2, 2)]).length).toBe(7 + 2 * 785);
  });

  it.each([
    ['a wrong magic', (b: Uint8Array) => b.set([0x50], 0), 'Not a digit samples file'],
    ['an unknown version', (b: Uint8Array) => b.set([9], 4), 'Unsupported digit samples version 9'],
    [
      'a cut-off file',
      (b: Uint8Array) => b.subarray(0, 500),
      'should hold 1 digits (792 bytes); it has 500 bytes',
    ],
    ['a bad label', (b: Uint8Array) => b.set([12], 7), 'label 12'],
  ])('rejects %s', (_, damage, message) => {
    const bytes = encodeSamples([digit(5, 1)]);
    const damaged = damage(bytes) ?? bytes;
    expect(() => decodeSamples(damaged)).toThrow(message);
  });
});
