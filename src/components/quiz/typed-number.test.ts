import { describe, expect, it } from 'vitest';
import {
  checkTypedNumber,
  formatAnswer,
  inUnit,
  MESSAGES,
  readTypedNumber,
  type NumberKey,
} from './typed-number';

describe('readTypedNumber reads what people type', () => {
  it.each([
    ['0.5', 0.5, false],
    ['.5', 0.5, false],
    ['5.', 5, false],
    [' 13002 ', 13002, false],
    ['13,002', 13002, false],
    ['13 002', 13002, false],
    ['13\u00a0002', 13002, false],
    ['13\u202f002', 13002, false],
    ['1,234,567', 1234567, false],
    ['1,234.5', 1234.5, false],
    ['1,500', 1500, false],
    ['13,002.', 13002, false],
    ['−13,002', -13002, false],
    ['13 002 neurons', 13002, false],
    ['1 000 000', 1000000, false],
    ['2.5e-1', 0.25, false],
    ['−3', -3, false],
    ['-3', -3, false],
    ['–3', -3, false],
    ['− 10', -10, false],
    ['+2', 2, false],
    ['−0.25', -0.25, false],
    ['-0', 0, false],
    ['1e3', 1000, false],
    ['784 neurons', 784, false],
    ['784neurons', 784, false],
    ['23 numbers', 23, false],
    ['5 weights', 5, false],
    ['94.5%', 94.5, true],
    ['94.5 %', 94.5, true],
    ['94.5 percent', 94.5, true],
    ['94.5 per cent', 94.5, true],
    ['1/2', 0.5, false],
    ['1 / 4', 0.25, false],
    ['−3/4', -0.75, false],
    ['0/5', 0, false],
  ])('%j is %d (percent: %s)', (typed, value, percent) => {
    expect(readTypedNumber(typed)).toEqual({ kind: 'number', value, percent });
  });

  it('reads 1/3 as a third', () => {
    const reading = readTypedNumber('1/3');
    expect(reading.kind === 'number' && reading.value).toBeCloseTo(0.333333, 6);
  });
});

describe('readTypedNumber asks again rather than guess', () => {
  it.each([
    ['', MESSAGES.empty],
    ['   ', MESSAGES.empty],
    ['1,5', MESSAGES.decimalComma],
    ['1,50', MESSAGES.decimalComma],
    ['1,2345', MESSAGES.decimalComma],
    ['1,234 567', MESSAGES.grouping],
    ['-0,75', MESSAGES.decimalComma],
    ['0,500', MESSAGES.decimalComma],
    ['12,3456', MESSAGES.decimalComma],
    ['1.234,5', MESSAGES.decimalComma],
    ['1,23,456', MESSAGES.grouping],
    ['13,00', MESSAGES.decimalComma],
    ['1,000,5', MESSAGES.grouping],
    ['1 5', MESSAGES.grouping],
    ['2 million', MESSAGES.scale],
    ['3k', MESSAGES.scale],
    ['1 1/2', MESSAGES.mixed],
    ['1/0', MESSAGES.zeroDenominator],
    ['abc', MESSAGES.notANumber],
    ['0x10', MESSAGES.notANumber],
    ['2e', MESSAGES.notANumber],
    ['3 or 4', MESSAGES.notANumber],
    ['1/2/3', MESSAGES.notANumber],
    ['1..5', MESSAGES.notANumber],
  ])('%j → %j', (typed, message) => {
    expect(readTypedNumber(typed)).toEqual({ kind: 'unclear', message });
  });
});

describe('inUnit: "%" means per hundred, in the question\'s unit', () => {
  it.each([
    [94.5, true, '%', 94.5],
    [94.5, false, '%', 94.5],
    [94.5, true, undefined, 0.945],
    [50, true, 'neurons', 0.5],
    [0.5, false, undefined, 0.5],
  ])('%d (percent %s) with unit %j is %d', (value, percent, unit, expected) => {
    expect(inUnit({ value, percent }, unit)).toBeCloseTo(expected, 12);
  });
});

describe('checkTypedNumber', () => {
  const percentage: NumberKey = { answer: 94.5, tolerance: 0.05, unit: '%' };
  const fraction: NumberKey = { answer: 0.945, tolerance: 0.0005 };
  const count: NumberKey = { answer: 13002, tolerance: 0 };
  const neurons: NumberKey = { answer: 784, tolerance: 0, unit: 'neurons' };
  const bias: NumberKey = { answer: -10, tolerance: 0 };
  const half: NumberKey = { answer: 0.5, tolerance: 0.005 };
  const rate: NumberKey = { answer: 1.5, tolerance: 0.005 };

  it.each([
    ['94.5%', percentage, 'right'],
    ['94.5', percentage, 'right'],
    ['94.54 %', percentage, 'right'],
    ['94.6%', percentage, 'wrong'],
    ['94.5%', fraction, 'right'],
    ['0.945', fraction, 'right'],
    ['0.9', fraction, 'wrong'],
    ['13,002', count, 'right'],
    ['13 002', count, 'right'],
    ['13002', count, 'right'],
    ['13,003', count, 'wrong'],
    ['784 neurons', neurons, 'right'],
    ['784', neurons, 'right'],
    ['785 neurons', neurons, 'wrong'],
    ['−10', bias, 'right'],
    ['-10', bias, 'right'],
    ['10', bias, 'wrong'],
    ['1/2', half, 'right'],
    ['50%', half, 'right'],
    ['0.5', half, 'right'],
    ['3/2', rate, 'right'],
    ['1,500', rate, 'wrong'],
    ['1.5 per cent', { answer: 0.015, tolerance: 0.0005 }, 'right'],
    ['0', { answer: 0, tolerance: 0 }, 'right'],
    ['−0', { answer: 0, tolerance: 0 }, 'right'],
    ['1.8', { answer: 1.8, tolerance: 0.005 }, 'right'],
    ['1.806', { answer: 1.8, tolerance: 0.005 }, 'wrong'],
  ])('%j for %o is %s', (typed, key, verdict) => {
    expect(checkTypedNumber(typed, key).kind).toBe(verdict);
  });

  it('never reads "1,5" as 1.5: it asks for a decimal point', () => {
    expect(checkTypedNumber('1,5', rate)).toEqual({
      kind: 'unclear',
      message: MESSAGES.decimalComma,
    });
  });

  it('asks for a percentage when a fraction is typed for a percentage question', () => {
    const verdict = checkTypedNumber('0.945', percentage);
    expect(verdict.kind).toBe('unclear');
    expect(verdict.kind === 'unclear' && verdict.message).toContain('percentage');
  });
});

describe('formatAnswer writes an answer as a person writes it', () => {
  it.each([
    [13002, undefined, '13,002'],
    [1234567.5, undefined, '1,234,567.5'],
    [1500, undefined, '1,500'],
    [999, undefined, '999'],
    [-10, undefined, '−10'],
    [0.5, undefined, '0.5'],
    [1.8, undefined, '1.8'],
    [0.1 + 0.2, undefined, '0.3'],
    [-0, undefined, '0'],
    [0, undefined, '0'],
    [784, 'neurons', '784 neurons'],
    [94.5, '%', '94.5%'],
    [-0.25, undefined, '−0.25'],
  ])('%d (unit %j) → %j', (value, unit, text) => {
    expect(formatAnswer(value, unit)).toBe(text);
  });

  it.each([13002, -10, 0.5, 94.5, 1234567.5, -0.25])('reads back %d from its own text', (v) => {
    const reading = readTypedNumber(formatAnswer(v));
    expect(reading).toEqual({ kind: 'number', value: v, percent: false });
  });
});
