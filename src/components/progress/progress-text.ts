/**
 * What the home page says about a reader's progress, as plain strings (pure, no DOM): the
 * summary, each lesson card's mark, the "Continue where you left off" link and the note shown
 * when this browser cannot keep progress.
 */
import { lessonStatus, type CourseLesson, type Progress } from '~/state/progress';
import type { StoreStatus } from '~/state/progress-store';

/** A published lesson as the home page passes it to <progress-panel> (data-course). */
export interface CourseEntry extends CourseLesson {
  title: string;
  /** 1-based place in the course. */
  position: number;
}

export interface ProgressText {
  summary: string;
  /** "2 of 8 lessons opened, 1 finished". */
  counts: string;
  /** The link to where the reader left off: its words and its path under the site's base. */
  continue?: { label: string; path: string };
  /** Each lesson's mark on its card by slug ('' for a lesson not opened). */
  marks: Map<string, string>;
}

/** Defined once, said wherever it matters: what makes a lesson finished. */
export const FINISHED_RULE = 'a lesson is finished when every question in it is answered right';

export function describeProgress(progress: Progress, course: readonly CourseEntry[]): ProgressText {
  const marks = new Map<string, string>();
  let opened = 0;
  let finished = 0;
  for (const lesson of course) {
    const s = lessonStatus(progress, lesson);
    if (s.opened) opened++;
    if (s.finished) finished++;
    const answers = `${s.right} of ${s.questions} question${s.questions === 1 ? '' : 's'} right`;
    marks.set(
      lesson.slug,
      s.finished ? `Finished: ${answers}` : s.opened ? `Opened: ${answers}` : '',
    );
  }
  const counts = `${opened} of ${course.length} lesson${course.length === 1 ? '' : 's'} opened, ${finished} finished`;
  const summary =
    opened === 0
      ? 'You have not opened a lesson in this browser yet. As you go, each lesson below is ' +
        `marked opened, then finished (${FINISHED_RULE}).`
      : `So far: ${counts} (${FINISHED_RULE}).`;
  const last = progress.last && course.find((l) => l.slug === progress.last!.lesson);
  const section = progress.last?.section;
  return {
    summary: `${summary} It is kept in this browser only; nothing is sent anywhere.`,
    counts,
    marks,
    ...(last && {
      continue: {
        label:
          `Continue where you left off: Lesson ${last.position}, ${last.title}` +
          (section ? `, at “${section.title}”` : ''),
        path: `lessons/${last.slug}/${section ? `#${encodeURIComponent(section.id)}` : ''}`,
      },
    }),
  };
}

/** Why progress is not being kept, in words for the reader ('' when it is). */
export function storageNote(status: StoreStatus): string {
  if (status.saved) {
    return status.damaged
      ? 'The progress saved in this browser could not be read (it may come from a newer ' +
          'version of Neuron Lab), so it starts again from here.'
      : '';
  }
  const why =
    status.problem === 'full'
      ? 'its storage for this site is full'
      : 'it does not let this site store anything (as in some private windows)';
  return (
    `Progress can’t be saved in this browser: ${why}. Everything else works, and you can ` +
    'still import a code to see it here for this visit.'
  );
}
