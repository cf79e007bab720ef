/**
 * What a quiz says back, as data: a tone (for styling), an icon and a verdict in words (so
 * right and wrong differ in both, never in colour alone) and the lines that teach.
 * Pure: the element in quiz.ts only writes it into the page.
 */
import type { QuizKey } from './quiz-key';
import { checkTypedNumber, formatAnswer } from './typed-number';

export type Tone = 'right' | 'wrong' | 'shown' | 'info';

export interface Feedback {
  tone: Tone;
  /** '✓' for right, '✗' for wrong, '' otherwise; decorative (the verdict says it in words). */
  icon: string;
  verdict: string;
  lines: string[];
}

type ChoiceKey = Extract<QuizKey, { kind: 'choice' }>;
type NumberKey = Extract<QuizKey, { kind: 'number' }>;

const TRY_AGAIN = 'Try another answer, or choose “Show the answer”.';
const TRY_AGAIN_NUMBER = 'Check your working and try again, or choose “Show the answer”.';
const SIGN = 'The size is right: check the sign.';

const right = (explanation: string): Feedback => ({
  tone: 'right',
  icon: '✓',
  verdict: 'Right.',
  lines: [explanation],
});
const info = (verdict: string): Feedback => ({ tone: 'info', icon: '', verdict, lines: [] });

/** Feedback for the choice shown at position `picked` (null when none is picked). */
export function judgeChoice(key: ChoiceKey, picked: number | null): Feedback {
  if (picked === null) return info('Choose an answer first.');
  if (picked === key.answer) return right(key.explanation);
  return { tone: 'wrong', icon: '✗', verdict: 'Not quite.', lines: [key.why[picked]!, TRY_AGAIN] };
}

/** Feedback for a typed number; an unclear one asks to write it another way. */
export function judgeNumber(key: NumberKey, typed: string): Feedback {
  const verdict = checkTypedNumber(typed, key);
  if (verdict.kind === 'unclear') return info(verdict.message);
  if (verdict.kind === 'right') return right(key.explanation);
  // The commonest slip with a signed answer: the right size with the wrong sign.
  const flipped = key.answer !== 0 && checkTypedNumber(typed, { ...key, answer: -key.answer });
  const lines = flipped && flipped.kind === 'right' ? [SIGN, TRY_AGAIN_NUMBER] : [TRY_AGAIN_NUMBER];
  return { tone: 'wrong', icon: '✗', verdict: 'Not quite.', lines };
}

/** The answer and its explanation, when the reader asks for them. */
export function revealAnswer(key: QuizKey): Feedback {
  const answer = key.kind === 'choice' ? `“${key.right}”` : formatAnswer(key.answer, key.unit);
  return { tone: 'shown', icon: '', verdict: `The answer is ${answer}.`, lines: [key.explanation] };
}
