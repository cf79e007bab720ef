/**
 * Checks across a lesson and its teaching plan that neither schema can make alone: every
 * `<Aside kind="try">` of the lesson has an id and one answer per task in the plan, the plan
 * answers no Try this the lesson lacks, the pair work covers every Try this, and every demo the
 * timeline projects is a demo of the lesson. Each problem is one sentence naming the lesson
 * file (and line) or the plan file, and the id.
 */
import type { LessonOutline } from './lesson-outline';
import type { Period, Plan } from './plan-schema';

/** Where a lesson and its plan live, as the messages name them. */
export interface PlanFiles {
  /** e.g. content/lessons/03-bias.mdx */
  lesson: string;
  /** e.g. content/plans/03-bias.yaml */
  plan: string;
}

/** Problems between one lesson and its plan (undefined when the lesson has none). */
export function planProblems(
  outline: LessonOutline,
  plan: Plan | undefined,
  files: PlanFiles,
): string[] {
  const problems: string[] = [];
  const answered = new Set(Object.keys(plan?.tries ?? {}));
  for (const block of outline.tries) {
    const count = block.tasks.length;
    if (block.id === undefined) {
      problems.push(
        `${files.lesson}: <Aside kind="try"> (line ${block.line}) has no id. Give it one (id="…") and its answers in ${files.plan} under tries.`,
      );
      continue;
    }
    const answers = plan?.tries[block.id];
    if (!answers) {
      problems.push(
        `${files.lesson}: <Aside kind="try" id="${block.id}"> (line ${block.line}) has no answer in ${files.plan}: add tries.${block.id} with ${count} answer${count === 1 ? '' : 's'}, one per task.`,
      );
    } else if (answers.length !== count) {
      problems.push(
        `${files.lesson}: <Aside kind="try" id="${block.id}"> (line ${block.line}) has ${count} task${count === 1 ? '' : 's'} but ${files.plan} gives ${answers.length} answer${answers.length === 1 ? '' : 's'} under tries.${block.id}.`,
      );
    }
    answered.delete(block.id);
  }
  if (!plan) return problems;
  for (const id of answered) {
    problems.push(
      `${files.plan}: tries.${id} answers a Try this that ${files.lesson} does not have (its Try-this ids: ${listIds(outline)}).`,
    );
  }
  const inPairs = new Set(plan.timeline.flatMap((s) => (s.kind === 'pairs' ? s.tries : [])));
  for (const block of outline.tries) {
    if (block.id !== undefined && !inPairs.has(block.id)) {
      problems.push(
        `${files.plan}: no pairs step of the timeline has the Try this "${block.id}" (${files.lesson}, line ${block.line}).`,
      );
    }
  }
  for (const id of inPairs) {
    if (!outline.tries.some((b) => b.id === id)) {
      problems.push(
        `${files.plan}: a pairs step names the Try this "${id}", which ${files.lesson} does not have (its Try-this ids: ${listIds(outline)}).`,
      );
    }
  }
  for (const step of plan.timeline) {
    if (step.kind === 'demo' && !outline.islands.has(step.island)) {
      problems.push(
        `${files.plan}: a demo step projects "${step.island}", which is no demo of ${files.lesson} (its demos: ${[...outline.islands.keys()].join(', ') || 'none'}).`,
      );
    }
  }
  return problems;
}

/** Problems of the fast track: two periods, naming lessons and demos that exist. */
export function fastTrackProblems(
  periods: readonly Period[],
  outlines: ReadonlyMap<string, LessonOutline>,
  file: string,
): string[] {
  const problems: string[] = [];
  if (periods.length !== 2) {
    problems.push(`${file}: the fast track has ${periods.length} periods; it needs exactly 2.`);
  }
  periods.forEach((period, p) => {
    for (const step of period.steps) {
      const outline = outlines.get(step.lesson);
      if (!outline) {
        problems.push(
          `${file}: period ${p + 1} names the lesson "${step.lesson}", which does not exist (lessons: ${[...outlines.keys()].join(', ')}).`,
        );
      } else if (step.island && !outline.islands.has(step.island)) {
        problems.push(
          `${file}: period ${p + 1} projects "${step.island}", which is no demo of ${step.lesson}.`,
        );
      }
    }
  });
  return problems;
}

function listIds(outline: LessonOutline): string {
  return outline.tries.map((b) => b.id ?? '(no id)').join(', ') || 'none';
}
