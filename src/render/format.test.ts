import { describe, expect, it } from 'vitest';
import {
  bindOperators,
  fieldText,
  formatNumber,
  formatSigned,
  MINUS,
  parseFieldText,
} from './format';

describe('formatNumber', () => {
  it.each([
    [0.4567, 3, '0.457'],
    [-0.4567, 3, `${MINUS}0.457`],
    [-0.0001, 2, '0.00'],
    [-0, 3, '0.000'],
    [12, 2, '12.00'],
    [-1e-12, 3, '0.000'],
    [Infinity, 2, '∞'],
    [-Infinity, 2, `${MINUS}∞`],
  ])('formats %d with %d decimals as %s', (value, decimals, expected) => {
    expect(formatNumber(value, decimals)).toBe(expected);
  });

  it('rounds a decimal tie half away from zero, as by hand, whichever side the binary sum fell', () => {
    // 0.8 × (−1.5) + … sums that are −0.1525 in decimals land just above or just below it in
    // binary; a pupil rounding −0.1525 by hand writes −0.153.
    expect(-0.15249999999999997).not.toBe(-0.1525);
    for (const v of [-0.1525, -0.15249999999999997, -0.15250000000000002]) {
      expect(formatNumber(v)).toBe(`${MINUS}0.153`);
    }
    expect(formatNumber(0.125, 2)).toBe('0.13');
    expect(formatNumber(2.675, 2)).toBe('2.68'); // toFixed gives 2.67 (2.675 is 2.67499… in binary)
    expect((2.675).toFixed(2)).toBe('2.67');
    expect(formatNumber(2.5, 0)).toBe('3');
    expect(formatNumber(-2.5, 0)).toBe(`${MINUS}3`);
    // Not a tie: no change.
    expect(formatNumber(0.1524999, 3)).toBe('0.152');
  });

  it('never shows an ASCII hyphen as a minus sign', () => {
    for (const v of [-1, -0.5, -123.456, -1e-3]) expect(formatNumber(v)).not.toContain('-');
  });
});

describe('formatSigned', () => {
  it.each([
    [0.5, '+0.500'],
    [-0.5, `${MINUS}0.500`],
    [0, '0.000'],
    [-0.0002, '0.000'],
  ])('formats %d as %s', (value, expected) => {
    expect(formatSigned(value)).toBe(expected);
  });
});

describe('fieldText: what a number field shows', () => {
  it.each([
    [-2, '\u22122'],
    [0.5, '0.5'],
    [0.30000000000000004, '0.3'],
    [-0.00001, '0'],
    [1.23456, '1.2346'],
    [12, '12'],
  ])('%d shows as "%s"', (value, text) => {
    expect(fieldText(value)).toBe(text);
  });
});

describe('parseFieldText: what a number field accepts', () => {
  it.each([
    ['\u22122.5', -2.5],
    ['-2.5', -2.5],
    ['+3', 3],
    [' 0.35 ', 0.35],
    ['.5', 0.5],
    ['4.', 4],
  ])('"%s" is %d', (text, value) => {
    expect(parseFieldText(text)).toBe(value);
  });
  it.each(['', '\u2212', '-', '0.5.1', '1e3', 'abc', '1,5', '--2'])(
    '"%s" is not a number yet',
    (text) => {
      expect(parseFieldText(text)).toBeUndefined();
    },
  );
});

describe('bindOperators: a line never ends on an operator', () => {
  it.each([
    ['z = w·x + b', 'z\u00a0=\u00a0w·x +\u00a0b'],
    ['w ← w − η × slope', 'w ←\u00a0w −\u00a0η ×\u00a0slope'],
    ['x₂ = 0.5, so z ≈ 1', 'x₂\u00a0=\u00a00.5, so z\u00a0≈\u00a01'],
    ['w₁ = 1.00, b = 0.00', 'w₁\u00a0=\u00a01.00, b\u00a0=\u00a00.00'],
    ['no maths here', 'no maths here'],
    ['a=b stays', 'a=b stays'],
  ])('"%s"', (text, bound) => {
    expect(bindOperators(text)).toBe(bound);
  });
});
