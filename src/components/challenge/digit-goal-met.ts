/**
 * Whether a DigitPad meets its goal (digit-goal.ts describes the vocabulary), from what the
 * pad says: its verdict on the network's outputs (digits/verdict.ts), and whether it shows a
 * drawing or a sample. No imports, so that the pad's lazily loaded goal code stays small.
 */

export interface DigitWhen {
  guess?: number;
  sure?: boolean;
  drawn?: true;
  label?: number;
}

/** What the pad shows: its verdict (best digit, sure or not), and a drawing or a sample. */
export interface DigitView {
  empty: boolean;
  best: number;
  sure: boolean;
  drawn: boolean;
  /** The sample's digit, when the pad shows a sample. */
  label?: number | undefined;
}

/** Whether the view meets every condition of `when`; an empty pad meets none. */
export function digitGoalMet(when: DigitWhen, view: DigitView): boolean {
  return (
    !view.empty &&
    (when.guess === undefined || view.best === when.guess) &&
    (when.sure === undefined || view.sure === when.sure) &&
    (!when.drawn || view.drawn) &&
    (when.label === undefined || (!view.drawn && view.label === when.label))
  );
}
