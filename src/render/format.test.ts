import { describe, expect, it } from 'vitest';
import { formatNumber, formatSigned, MINUS } from './format';

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
