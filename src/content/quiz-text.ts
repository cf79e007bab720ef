import { formatAnswer } from '~/components/quiz/typed-number';
import type { Question } from './lesson-schema';

/**
 * A quiz question's answer as a teacher reads it: the right choice's text, or the number with
 * its unit and, when the quiz accepts a margin, that margin ("0.12 (accepted within ±0.005)").
 */
export function answerText(q: Question): string {
  return q.kind === 'choice'
    ? q.choices[q.answer]!.text
    : `${formatAnswer(q.answer, q.unit)}${q.tolerance > 0 ? ` (accepted within ±${formatAnswer(q.tolerance)})` : ''}`;
}
