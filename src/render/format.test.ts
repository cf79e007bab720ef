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
