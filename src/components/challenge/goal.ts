/**
 * A demo's goal, as a lesson writes it and the demo checks it:
 *
 *   goal={{ text: "Make an AND gate", when: { gate: 'and' }, solution: { bias: -1.5 } }}
 *
 * `text` is the sentence the reader sees (in the HTML, so it reads without JavaScript);
 * `when` is what the demo checks, in the island's own small vocabulary; `solution` is a
 * setting of the demo's controls that "Show a solution" applies; `done` (optional) is the
 * success message. At build time the solution must reach the goal and the demo's starting
 * state must not: either mistake fails the build, naming the lesson file and the prop.
 */
import { PropError, textProp, type PropSite } from '~/components/props';
import { isRecord, onlyKeys } from './targets';

export interface Goal<When, Solution> {
  text: string;
  /** What the success message says once the goal is reached. */
  done: string;
  when: When;
  solution: Solution;
}

/** What one island brings to its goals: readers of `when` and `solution`, and the check. */
export interface GoalSpec<When, Solution> {
  when(site: PropSite, prop: string, raw: unknown): When;
  solution(site: PropSite, prop: string, raw: unknown): Solution;
  /** Whether the demo, set to `solution` from its start, meets `when`. */
  reaches(when: When, solution: Solution): boolean;
  /** Whether the demo's starting state already meets `when`. */
  metAtStart(when: When): boolean;
}

/** The message when a lesson gives no `done`. */
export const DONE = 'Goal reached.';

/** Validates a `goal` prop with the island's spec; throws a PropError naming the field. */
export function goalProp<When, Solution>(
  site: PropSite,
  value: unknown,
  spec: GoalSpec<When, Solution>,
): Goal<When, Solution> {
  if (!isRecord(value)) {
    throw new PropError(site, 'goal', 'an object { text, when, solution, done? }', value);
  }
  onlyKeys(site, 'goal', value, ['text', 'when', 'solution', 'done']);
  const text = textProp(site, 'goal.text', value.text);
  const done = value.done === undefined ? DONE : textProp(site, 'goal.done', value.done);
  const when = spec.when(site, 'goal.when', value.when);
  const solution = spec.solution(site, 'goal.solution', value.solution);
  if (!spec.reaches(when, solution)) {
    throw new PropError(site, 'goal.solution', 'a setting that reaches goal.when', value.solution);
  }
  if (spec.metAtStart(when)) {
    throw new PropError(
      site,
      'goal.when',
      "a goal the demo's starting state does not already meet",
      value.when,
    );
  }
  return { text, done, when, solution };
}
