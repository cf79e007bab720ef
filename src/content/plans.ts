/**
 * Teaching plans as the pages read them: each published lesson with its plan (content/plans/
 * <lesson id>.yaml, checked against the lesson when the collection loads) and its outline
 * (sections, demos and Try-this tasks from its MDX), and the timeline with each step's start
 * minute and, for a demo, the present-mode slide that shows it.
 */
import { getCollection } from 'astro:content';
import { getCourse, lessonSlug, type Lesson } from './lessons';
import { outlineLesson, type LessonOutline, type TryBlock } from './lesson-outline';
import type { Period, Plan, PlanStep } from './plan-schema';

/** A timeline step with its place in the period and, for a demo, where it is in the lesson. */
export type TimedStep = PlanStep & {
  /** Minutes from the start of the period when the step begins. */
  start: number;
  /** For a demo: its section and slide. */
  place?: { section: string; slide: number };
  /** For pair work: the Try-this blocks it covers. */
  blocks?: TryBlock[];
};

export interface LessonPlan {
  lesson: Lesson;
  /** 1-based position in the course. */
  position: number;
  slug: string;
  plan: Plan;
  outline: LessonOutline;
  timeline: TimedStep[];
}

/** Names of the step kinds as the pages show them. */
export const STEP_NAMES: Record<PlanStep['kind'], string> = {
  hook: 'Hook',
  demo: 'Demo',
  pairs: 'Pair work',
  quiz: 'Quiz',
  exit: 'Exit ticket',
};

/** The query that opens a lesson in present mode at `slide` (slide 1 is a bare `?present`). */
export function presentQuery(slide: number): string {
  return slide > 1 ? `?present=${slide}` : '?present';
}

/** Every published lesson with its plan, in course order; a lesson without one is an error. */
export async function getLessonPlans(): Promise<LessonPlan[]> {
  const plans = new Map((await getCollection('plans')).map((p) => [p.id, p.data]));
  const course = await getCourse();
  const missing = course.filter((l) => !plans.has(l.id)).map((l) => l.id);
  if (missing.length > 0) {
    throw new Error(
      `No teaching plan for the lesson(s) ${missing.join(', ')}: add content/plans/<lesson id>.yaml`,
    );
  }
  return course.map((lesson, i) => {
    const plan = plans.get(lesson.id)!;
    const outline = outlineLesson(lesson.body ?? '', lesson.filePath ?? lesson.id);
    let start = 0;
    const timeline = plan.timeline.map((step): TimedStep => {
      const timed: TimedStep = { ...step, start };
      start += step.minutes;
      if (step.kind === 'demo') timed.place = outline.islands.get(step.island);
      if (step.kind === 'pairs') {
        timed.blocks = step.tries.flatMap((id) => outline.tries.filter((b) => b.id === id));
      }
      return timed;
    });
    return { lesson, position: i + 1, slug: lessonSlug(lesson), plan, outline, timeline };
  });
}

/** A fast-track step with its start minute, its lesson's plan and the slide of its demo. */
export type FastTrackStep = Period['steps'][number] & {
  start: number;
  plan: LessonPlan;
  slide?: number;
};

/** One period of the fast track, its steps timed. */
export type FastTrackPeriod = Omit<Period, 'steps'> & { steps: FastTrackStep[] };

/** The fast track's two periods, each step with its start minute and demo slide. */
export async function getFastTrack(plans: readonly LessonPlan[]): Promise<FastTrackPeriod[]> {
  const periods = (await getCollection('fastTrack')).map((e) => e.data);
  periods.sort((a, b) => a.id.localeCompare(b.id));
  return periods.map((period) => {
    let start = 0;
    return {
      ...period,
      steps: period.steps.map((step): FastTrackStep => {
        const plan = plans.find((p) => p.lesson.id === step.lesson)!;
        const slide = step.island ? plan.outline.islands.get(step.island)?.slide : undefined;
        const timed = { ...step, start, plan, slide };
        start += step.minutes;
        return timed;
      }),
    };
  });
}
