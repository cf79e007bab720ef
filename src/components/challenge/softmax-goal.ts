/**
 * Goals for a SoftmaxView, checked on its outputs a_i = e^{z_i} / Σ_j e^{z_j}:
 *
 *   { a3: { above: 0.5 } }        the third output is more than half the total
 *   { a1: { atMost: 0.2 }, a2: { atMost: 0.2 } }
 *
 * Keys a1 … an name the outputs of the lesson's n logits. A solution sets the logits, as many
 * as the lesson gives: { logits: [2, 1, 2.5] }.
 */
import { softmax } from '~/core/activations.ts';
import { numberListProp, PropError, type PropSite } from '~/components/props';
import { goalProp, type Goal } from './goal';
import { isRecord, meets, targetProp, type Target } from './targets';

/** Targets by output, a1 … an. */
export type SoftmaxWhen = Record<string, Target>;
export interface SoftmaxSolution {
  logits: number[];
}
export type SoftmaxGoal = Goal<SoftmaxWhen, SoftmaxSolution>;

/** Whether the outputs of `logits` meet every target (an output that is not there cannot). */
export function softmaxGoalMet(when: SoftmaxWhen, logits: readonly number[]): boolean {
  const a = softmax.output([...logits]);
  return Object.entries(when).every(([key, t]) => {
    const v = a[Number(key.slice(1)) - 1];
    return v !== undefined && meets(v, t);
  });
}

/** A SoftmaxView's `goal` prop, validated against its logits and range (see goal.ts). */
export function softmaxGoalProp(
  site: PropSite,
  raw: unknown,
  config: { logits: number[]; range: [number, number] },
): SoftmaxGoal {
  const n = config.logits.length;
  return goalProp(site, raw, {
    when(site, prop, v) {
      const keys = isRecord(v) ? Object.keys(v) : [];
      const names = Array.from({ length: n }, (_, i) => `a${i + 1}`);
      if (!isRecord(v) || keys.length === 0 || keys.some((k) => !names.includes(k))) {
        throw new PropError(
          site,
          prop,
          `an object with targets for some of ${names.join(', ')}`,
          v,
        );
      }
      return Object.fromEntries(keys.map((k) => [k, targetProp(site, `${prop}.${k}`, v[k])]));
    },
    solution(site, prop, v) {
      if (!isRecord(v) || Object.keys(v).some((k) => k !== 'logits')) {
        throw new PropError(site, prop, 'an object { logits }', v);
      }
      const [min, max] = config.range;
      const logits = numberListProp(site, `${prop}.logits`, v.logits, {
        minLength: n,
        maxLength: n,
        min,
        max,
      });
      return { logits };
    },
    reaches: (when, s) => softmaxGoalMet(when, s.logits),
    metAtStart: (when) => softmaxGoalMet(when, config.logits),
  });
}
