/**
 * The descent lab's note when steps were cut short at the end of a slider's range, so that a
 * reader checking w − η ∂C/∂w by hand knows why the demo shows another number.
 *
 * Input: the cuts of one press of a step button, in step order, each { step, past } with
 * `step` the step's number since the start and `past` what descentStepPast reported. Output:
 * one sentence per parameter cut (w first), giving every step that cut it and the rule's value
 * at the last of them; '' when nothing was cut.
 */
import { formatNumber } from '~/render/format';
import type { PastEdge } from './descent-maths';

export interface Cut {
  step: number;
  past: PastEdge;
}

/** "8", "8 and 10", "6, 8 and 10". */
function listSteps(steps: number[]): string {
  if (steps.length < 2) return String(steps[0]);
  return `${steps.slice(0, -1).join(', ')} and ${steps.at(-1)}`;
}

export function edgeNote(cuts: readonly Cut[]): string {
  return (['w', 'b'] as const)
    .map((name) => {
      const mine = cuts.filter((c) => c.past.name === name);
      const last = mine.at(-1);
      if (!last) return '';
      const rule = `${name} − η × ∂C/∂${name} = ${formatNumber(last.past.wanted)}`;
      const kept = formatNumber(last.past.kept, 0);
      const then = `so it stops at ${kept}; the next step starts from there.`;
      if (mine.length === 1) {
        return `Step ${last.step} would take ${name} to ${rule}, past the end of its range, ${then}`;
      }
      const steps = listSteps(mine.map((c) => c.step));
      return `Steps ${steps} would each take ${name} past the end of its range (step ${last.step}: ${rule}), ${then}`;
    })
    .filter(Boolean)
    .join(' ');
}
