import { describe, expect, it } from 'vitest';
import { decodeAnswer, encodeAnswer } from './answer-code';

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
