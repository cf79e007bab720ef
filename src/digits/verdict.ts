/**
 * What the digit pad says about the network's ten outputs, in words a reader can trust.
 * The outputs are sigmoids, each in (0, 1) and not adding up to 1, so a guess is only "sure"
 * when the top output is strong and clearly ahead of the runner-up; otherwise the pad says it
 * is not sure and names the two candidates ("Not sure: 8 or 6?").
 *
 *   verdict([0.01, 0.97, 0.02, …]) → { sure: true, best: 1, text: 'It reads 1' }
 *   verdict([…, 0.41 at 8, 0.38 at 6, …]) → { sure: false, best: 8, text: 'Not sure: 8 or 6?' }
 */

/** A top output at least this strong… */
export const SURE_LEVEL = 0.5;
/** …and at least this far ahead of the second makes a sure guess. */
export const SURE_MARGIN = 0.3;
/** Below this, nothing lights up enough to name even two candidates. */
export const NOTHING_LEVEL = 0.1;

export interface Verdict {
  /** The digit with the largest output. */
  best: number;
  /** The digit with the second largest output. */
  second: number;
  sure: boolean;
  /** "It reads 7", "Not sure: 8 or 6?" or "Not sure: no output is above 0.1". */
  text: string;
}

/** The verdict on ten outputs (any numbers; ties go to the smaller digit). */
export function verdict(outputs: ArrayLike<number>): Verdict {
  const order = Array.from({ length: outputs.length }, (_, d) => d).sort(
    (a, b) => outputs[b]! - outputs[a]! || a - b,
  );
  const best = order[0]!;
  const second = order[1]!;
  const top = outputs[best]!;
  const sure = top >= SURE_LEVEL && top - outputs[second]! >= SURE_MARGIN;
  let text: string;
  if (sure) text = `It reads ${best}`;
  else if (top < NOTHING_LEVEL) text = `Not sure: no output is above ${NOTHING_LEVEL}`;
  else text = `Not sure: ${best} or ${second}?`;
  return { best, second, sure, text };
}
