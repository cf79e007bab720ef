/**
 * The goal of a DigitPad (digit-goal.ts), in the browser: the pad attaches it once its model
 * and samples are ready, if the lesson gave it a goal (a linked state that already meets the
 * goal shows its message at once). It checks every new input the pad announces and sets the
 * pad to the lesson's solution on "Show a solution".
 */
import { parseConfig, type Shape } from '~/components/island/config-shape';
import { showIslandMessage } from '~/components/island/kit';
import { wireGoal } from './goal-ui';
import { digitGoalMet } from './digit-goal-met';
import type { DigitGoal } from './digit-goal';

/** What this module uses of the pad element (digit-pad.ts). */
export interface DigitPadHost extends HTMLElement {
  config: { id: string };
  samples: { pixels: Float64Array; label: number }[];
  strokes: { x: number; y: number }[][];
  sample?: number | undefined;
  redraw(): void;
  classify(): void;
  showSample(index: number): void;
  saveState(): void;
}

/** The goal box's data-goal, as the build writes it (digit-goal.ts checked the details). */
const PAD_GOAL_SHAPE: Shape = {
  text: 'string',
  done: 'string',
  when: 'object',
  solution: 'object',
};

/**
 * Wires the goal of `pad` (a pad whose markup has a goal box, `[data-goal]`) and returns the
 * check the pad runs on every new input; undefined, with a message in the pad, when the goal
 * in the page is damaged.
 */
export function attachPadGoal(pad: DigitPadHost): (() => void) | undefined {
  const text = pad.querySelector<HTMLElement>('[data-goal]')!.dataset.goal;
  const { config: goal, problems } = parseConfig<DigitGoal>(text, PAD_GOAL_SHAPE);
  if (!goal) {
    showIslandMessage(
      pad,
      `This pad's challenge cannot be checked: it is damaged in the page (${problems[0]}). The pad still works.`,
    );
    return undefined;
  }
  const select = pad.querySelector<HTMLSelectElement>('[data-sample]')!;
  const report = wireGoal(pad, goal.done, () => {
    const s = goal.solution;
    if ('sample' in s) {
      select.value = String(s.sample - 1);
      pad.showSample(s.sample - 1);
    } else {
      pad.strokes = s.strokes.map((st) => st.map(([x, y]) => ({ x, y })));
      pad.sample = undefined;
      select.value = '';
      pad.redraw();
      pad.classify();
    }
    pad.saveState();
  });
  // A teacher's link that locks or hides what the solution changes (the drawing, or the
  // sample menu) also locks the solution: it would undo the link.
  const needs = pad.querySelector<HTMLElement>(
    `[data-control="${'sample' in goal.solution ? 's' : 'draw'}"]`,
  );
  if (needs && (needs.dataset.linkLocked !== undefined || needs.dataset.linkHidden !== undefined)) {
    const solve = pad.querySelector<HTMLButtonElement>('[data-goal-solve]')!;
    solve.disabled = true;
    solve.textContent = 'Show a solution (locked by this link)';
  }
  // What the pad says: data-guess on the pad (empty for an empty pad), data-sure on its verdict.
  const said = pad.querySelector<HTMLElement>('[data-guess]')!;
  const check = () => {
    const drawn = pad.sample === undefined;
    report(
      digitGoalMet(goal.when, {
        empty: !pad.dataset.guess,
        best: Number(pad.dataset.guess),
        sure: said.dataset.sure === 'true',
        drawn,
        label: drawn ? undefined : pad.samples[pad.sample!]!.label,
      }),
    );
  };
  check();
  return check;
}
