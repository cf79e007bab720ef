import { describe, expect, it } from 'vitest';
import { judgeChoice, judgeNumber, revealAnswer } from './feedback';
import type { QuizKey } from './quiz-key';

const choice: Extract<QuizKey, { kind: 'choice' }> = {
  kind: 'choice',
  answer: 2,
  right: 'b = −1.5',
  why: ['Fires for 0 + 0.', 'That is OR.', '', 'Never fires.'],
  explanation: 'Any b between −2 and −1 works.',
};
const number = (
  answer: number,
  tolerance: number,
  unit?: string,
): QuizKey & { kind: 'number' } => ({
  kind: 'number',
  answer,
  tolerance,
  unit,
  explanation: 'Because.',
});

describe('judgeChoice', () => {
  it('a wrong choice says so in words and icon, explains that choice and invites another try', () => {
    const f = judgeChoice(choice, 1);
    expect(f).toMatchObject({ tone: 'wrong', icon: '✗', verdict: 'Not quite.' });
    expect(f.lines[0]).toBe('That is OR.');
    expect(f.lines.join(' ')).toContain('Show the answer');
    // The answer and its explanation stay hidden until the reader gets it or asks for it.
    expect(f.lines.join(' ')).not.toContain('Any b between');
    expect(f.lines.join(' ')).not.toContain('−1.5');
  });

  it.each([0, 1, 3])('wrong choice %d gets its own why', (picked) => {
    expect(judgeChoice(choice, picked).lines[0]).toBe(choice.why[picked]);
  });

  it('the right choice says so in other words and another icon, with the explanation', () => {
    expect(judgeChoice(choice, 2)).toEqual({
      tone: 'right',
      icon: '✓',
      verdict: 'Right.',
      lines: ['Any b between −2 and −1 works.'],
    });
  });

  it('asks for a choice when none is picked, without judging', () => {
    expect(judgeChoice(choice, null)).toMatchObject({
      tone: 'info',
      verdict: 'Choose an answer first.',
    });
  });
});

describe('judgeNumber', () => {
  it.each([
    ['13,002', 'right'],
    ['13002', 'right'],
    ['13,003', 'wrong'],
    ['13.002', 'wrong'],
    ['1,30,02', 'info'],
  ])('%j for 13002 is %s', (typed, tone) => {
    expect(judgeNumber(number(13002, 0), typed).tone).toBe(tone);
  });

  it('a wrong number does not give the answer away', () => {
    const f = judgeNumber(number(-10, 0), '10');
    expect(f).toMatchObject({ tone: 'wrong', icon: '✗', verdict: 'Not quite.' });
    expect(f.lines.join(' ')).not.toMatch(/10|Because/);
  });

  it.each([
    [-10, '10', true],
    [-10, '−10.5', false],
    [1.8, '−1.8', true],
    [0, '−0.5', false],
  ])('answer %d, typed %j: hints at the sign (%s)', (answer, typed, hint) => {
    const f = judgeNumber(number(answer, 0.005), typed);
    expect(f.tone).toBe('wrong');
    expect(f.lines.includes('The size is right: check the sign.')).toBe(hint);
  });

  it('an ambiguous number asks to write it another way', () => {
    expect(judgeNumber(number(1.5, 0.005), '1,5')).toEqual({
      tone: 'info',
      icon: '',
      verdict:
        'Write decimals with a point, like 2.25 (a comma only separates thousands, as in 12,345).',
      lines: [],
    });
  });
});

describe('revealAnswer writes the answer as a person writes it', () => {
  it.each([
    [number(13002, 0), 'The answer is 13,002.'],
    [number(-10, 0), 'The answer is −10.'],
    [number(0.5, 0.005), 'The answer is 0.5.'],
    [number(784, 0, 'neurons'), 'The answer is 784 neurons.'],
    [number(94.5, 0.05, '%'), 'The answer is 94.5%.'],
    [choice, 'The answer is “b = −1.5”.'],
  ])('%o → %j', (key, verdict) => {
    const f = revealAnswer(key);
    expect(f.verdict).toBe(verdict);
    expect(f.tone).toBe('shown');
    expect(f.lines).toEqual([key.explanation]);
  });
});
