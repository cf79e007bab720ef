/**
 * What a <quiz-question> carries in its encoded `data-code` (see answer-code.ts): everything the
 * browser needs to judge an answer and explain it, hidden from the page text until then.
 */
export type QuizKey =
  | {
      kind: 'choice';
      /** Position of the right choice in the order shown (after the build-time shuffle). */
      answer: number;
      /** The right choice's text, for "Show the answer". */
      right: string;
      /** Per choice, in the order shown: why it is wrong ('' for the right one). */
      why: string[];
      explanation: string;
    }
  | {
      kind: 'number';
      answer: number;
      /** Accepted distance from the answer, in the question's unit. */
      tolerance: number;
      /** The question's unit, e.g. "neurons" or "%" (which makes a typed "%" per hundred). */
      unit?: string;
      explanation: string;
    };
