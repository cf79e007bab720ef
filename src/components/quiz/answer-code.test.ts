import { describe, expect, it } from 'vitest';
import { decodeAnswer, encodeAnswer, parseTypedNumber } from './answer-code';

describe('answer codes', () => {
  it('round-trip, including Unicode', () => {
    const value = { answer: 2, explanation: 'σ(0) = 0.5 − so “half on”' };
    expect(decodeAnswer(encodeAnswer(value))).toEqual(value);
  });
  it('do not show the explanation in plain text', () => {
    const code = encodeAnswer({ explanation: 'the bias shifts the threshold' });
    expect(code).not.toContain('bias');
    expect(atob(code)).not.toContain('bias');
  });
});

describe('parseTypedNumber', () => {
  it.each([
    ['0.5', 0.5],
    ['−0.25', -0.25],
    ['-0,75', -0.75],
    [' 13002 ', 13002],
    ['.5', 0.5],
    ['1e3', 1000],
  ])('reads %j as %d', (text, value) => expect(parseTypedNumber(text)).toBe(value));
  it.each(['', 'abc', '1/2', '0x10', '5 weights'])('rejects %j', (text) =>
    expect(parseTypedNumber(text)).toBeNaN(),
  );
});
