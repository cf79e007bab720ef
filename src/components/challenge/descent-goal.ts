/**
 * Goals for a DescentLab, checked on its run of gradient descent:
 *
 *   { allRight: true, steps: { atMost: 10 } }   every example right (a > 0.5 exactly when
 *                                               y = 1) within 10 steps from the start
 *   { cost: { below: 0.1 } }                    the cost C below 0.1
 *
 * `steps` counts the steps taken since the start (or Reset); a goal that names it is met only
 * by a run of steps, so moving w or b by hand leaves it unmet until Reset. A solution is a
 * learning rate and a number of steps from the start: { rate: 20, steps: 10 }.
 */
import { numberProp, PropError, type PropSite } from '~/components/props';
import { descentState, descentStep } from '~/components/learning/descent-maths';
import { goalProp, type Goal } from './goal';
import { isRecord, meets, onlyKeys, targetProp, type Target } from './targets';

export interface DescentWhen {
  cost?: Target;
  steps?: Target;
  allRight?: true;
}

export interface DescentSolution {
  rate: number;
  steps: number;
}

/** Where a run stands: w, b, the steps taken since the start, and whether only steps moved them. */
export interface DescentRun {
  w: number;
  b: number;
  steps: number;
  byStepsOnly: boolean;
}

export type DescentGoal = Goal<DescentWhen, DescentSolution>;

/** Whether the run meets every condition of `when`. */
export function descentGoalMet(when: DescentWhen, run: DescentRun): boolean {
  const s = descentState(run.w, run.b);
  return (
    (when.cost === undefined || meets(s.cost, when.cost)) &&
    (when.steps === undefined || (run.byStepsOnly && meets(run.steps, when.steps))) &&
    (!when.allRight || s.rows.every((r) => r.a > 0.5 === (r.y === 1)))
  );
}

/** The run `solution` makes from the start (w, b). */
export function solutionRun(start: { w: number; b: number }, s: DescentSolution): DescentRun {
  let { w, b } = start;
  for (let k = 0; k < s.steps; k++) ({ w, b } = descentStep(w, b, s.rate));
  return { w, b, steps: s.steps, byStepsOnly: true };
}

/** The most steps a solution may take ("Take 10 steps" pressed 100 times). */
const MAX_STEPS = 1000;

/** A DescentLab's `goal` prop, validated against its start and rate range (see goal.ts). */
export function descentGoalProp(
  site: PropSite,
  raw: unknown,
  start: { w: number; b: number; rateRange: [number, number] },
): DescentGoal {
  return goalProp(site, raw, {
    when(site, prop, v) {
      if (!isRecord(v) || Object.keys(v).length === 0) {
        throw new PropError(site, prop, 'an object with cost, steps or allRight', v);
      }
      onlyKeys(site, prop, v, ['cost', 'steps', 'allRight']);
      const when: DescentWhen = {};
      if (v.cost !== undefined) when.cost = targetProp(site, `${prop}.cost`, v.cost);
      if (v.steps !== undefined) when.steps = targetProp(site, `${prop}.steps`, v.steps);
      if (v.allRight !== undefined) {
        if (v.allRight !== true) {
          throw new PropError(site, `${prop}.allRight`, 'true (or left out)', v.allRight);
        }
        when.allRight = true;
      }
      return when;
    },
    solution(site, prop, v) {
      if (!isRecord(v)) throw new PropError(site, prop, 'an object { rate, steps }', v);
      onlyKeys(site, prop, v, ['rate', 'steps']);
      const [min, max] = start.rateRange;
      const rate = numberProp(site, `${prop}.rate`, v.rate, { min, max });
      const steps = numberProp(site, `${prop}.steps`, v.steps, { min: 0, max: MAX_STEPS });
      if (!Number.isInteger(steps)) {
        throw new PropError(site, `${prop}.steps`, 'a whole number of steps', v.steps);
      }
      return { rate, steps };
    },
    reaches: (when, s) => descentGoalMet(when, solutionRun(start, s)),
    metAtStart: (when) => descentGoalMet(when, { ...start, steps: 0, byStepsOnly: true }),
  });
}
