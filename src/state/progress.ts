/**
 * A reader's progress through the course, kept in their own browser (progress-store.ts) and
 * moved between devices as a code (progress-code.ts). Pure data and functions: no DOM.
 *
 * What counts:
 * - a lesson is *opened* (visited) once its page has loaded;
 * - a question is *answered right* once the reader has checked a right answer to it, at least
 *   once (a later wrong try does not undo it);
 * - a lesson is *finished* when every question on it has been answered right.
 *
 * Stored shape, version 1 (JSON):
 * ```json
 * {
 *   "version": 1,
 *   "lessons": { "bias": { "right": ["k3v9q2", "1x0c7a"] }, "weights": { "right": [] } },
 *   "last": { "lesson": "bias", "section": { "id": "sliding-the-curve", "title": "Sliding the curve" } }
 * }
 * ```
 * `lessons` lists each opened lesson by its slug, with the keys (questionKey) of the questions
 * answered right; `last` is the lesson opened most recently and, when known, the `##` section
 * the reader was reading when they left it.
 */

export const PROGRESS_VERSION = 1;

/** A `##` section of a lesson: its heading's id (the URL fragment) and its text. */
export interface Section {
  id: string;
  title: string;
}

export interface LessonProgress {
  /** Keys of the questions answered right at least once, in the order first answered. */
  right: string[];
}

export interface Progress {
  version: typeof PROGRESS_VERSION;
  /** Opened lessons by slug. */
  lessons: Record<string, LessonProgress>;
  /** Where the reader left off, or null before any lesson is opened. */
  last: { lesson: string; section?: Section } | null;
}

/** A lesson as the course lists it: its slug and its questions' keys in the lesson's order. */
export interface CourseLesson {
  slug: string;
  questions: string[];
}

/** Limits that keep a hostile or damaged value from growing the store without bound. */
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const KEY = /^[0-9a-z]{1,16}$/;
const MAX_LESSONS = 200;
const MAX_KEYS = 100;
const MAX_TEXT = 200;

/** Progress of a reader who has opened nothing yet. */
export function emptyProgress(): Progress {
  return { version: PROGRESS_VERSION, lessons: {}, last: null };
}

/** 32-bit FNV-1a of a string's UTF-16 code units. */
export function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/**
 * A question's key: fnv1a of its prompt in base 36, e.g. "1x0c7a". Stable
 * across builds and reorderings; a reworded prompt is a new question.
 */
export function questionKey(prompt: string): string {
  return fnv1a(prompt).toString(36);
}

/**
 * Marks `slug` opened and the place the reader is at: `section` when known, else the section
 * already recorded if `slug` was the last lesson too (reopening a lesson keeps the place in it).
 */
export function visit(progress: Progress, slug: string, section?: Section): Progress {
  const lessons = { ...progress.lessons, [slug]: entryOf(progress, slug) ?? { right: [] } };
  const place = section ?? (progress.last?.lesson === slug ? progress.last.section : undefined);
  return {
    ...progress,
    lessons,
    last: place ? { lesson: slug, section: place } : { lesson: slug },
  };
}

/** Records the question `key` of lesson `slug` as answered right (opening the lesson too). */
export function answeredRight(progress: Progress, slug: string, key: string): Progress {
  const right = entryOf(progress, slug)?.right ?? [];
  if (right.includes(key)) return progress;
  return { ...progress, lessons: { ...progress.lessons, [slug]: { right: [...right, key] } } };
}

/**
 * Both readers' progress in one: every lesson opened in either, every question answered right
 * in either. `last` is the incoming one's when it has one (the reader is carrying their place
 * over from the other device), else the current one's.
 */
export function mergeProgress(current: Progress, incoming: Progress): Progress {
  const lessons: Record<string, LessonProgress> = { ...current.lessons };
  for (const [slug, lesson] of Object.entries(incoming.lessons)) {
    const right = (Object.hasOwn(lessons, slug) ? lessons[slug]?.right : undefined) ?? [];
    lessons[slug] = { right: [...right, ...lesson.right.filter((k) => !right.includes(k))] };
  }
  return { version: PROGRESS_VERSION, lessons, last: incoming.last ?? current.last };
}

/** Where a lesson stands for the reader, as the home page reports it. */
export interface LessonStatus {
  opened: boolean;
  /** Questions of the lesson answered right, and how many it has. */
  right: number;
  questions: number;
  finished: boolean;
}

/** The status of one lesson of the course (keys no longer in the lesson are not counted). */
export function lessonStatus(progress: Progress, lesson: CourseLesson): LessonStatus {
  const entry = entryOf(progress, lesson.slug);
  const right = entry ? lesson.questions.filter((k) => entry.right.includes(k)).length : 0;
  const questions = lesson.questions.length;
  return { opened: !!entry, right, questions, finished: !!entry && right === questions };
}

type Checked<T> = { ok: true; value: T } | { ok: false; error: string };

/**
 * Checks a parsed JSON value (from storage or a progress file) against the stored shape.
 * The error names the first field that is wrong, e.g. `lessons.bias.right[1] is not a question
 * key`. Never throws.
 */
export function validateProgress(value: unknown): Checked<Progress> {
  const fail = (error: string): Checked<Progress> => ({ ok: false, error });
  if (!isRecord(value)) return fail('it is not a progress record');
  if (value.version !== PROGRESS_VERSION) {
    return typeof value.version === 'number' && value.version > PROGRESS_VERSION
      ? fail(`it was made by a newer version of Neuron Lab (format ${value.version})`)
      : fail('its version is missing or unknown');
  }
  if (!isRecord(value.lessons)) return fail('lessons is missing');
  const slugs = Object.keys(value.lessons);
  if (slugs.length > MAX_LESSONS) return fail(`it lists more than ${MAX_LESSONS} lessons`);
  const lessons: Record<string, LessonProgress> = {};
  for (const slug of slugs) {
    if (!SLUG.test(slug) || slug.length > MAX_TEXT) return fail(`“${clip(slug)}” is not a lesson`);
    const lesson = value.lessons[slug];
    if (!isRecord(lesson) || !Array.isArray(lesson.right)) {
      return fail(`lessons.${slug}.right is missing`);
    }
    if (lesson.right.length > MAX_KEYS) return fail(`lessons.${slug}.right is too long`);
    const bad = lesson.right.findIndex((k) => typeof k !== 'string' || !KEY.test(k));
    if (bad >= 0) return fail(`lessons.${slug}.right[${bad}] is not a question key`);
    lessons[slug] = { right: [...new Set(lesson.right as string[])] };
  }
  const last = value.last;
  if (last === null || last === undefined) {
    return { ok: true, value: { version: PROGRESS_VERSION, lessons, last: null } };
  }
  if (!isRecord(last) || typeof last.lesson !== 'string' || !SLUG.test(last.lesson)) {
    return fail('last.lesson is not a lesson');
  }
  if (last.section === undefined) {
    return {
      ok: true,
      value: { version: PROGRESS_VERSION, lessons, last: { lesson: last.lesson } },
    };
  }
  const section = last.section;
  if (!isRecord(section) || !isText(section.id) || !isText(section.title)) {
    return fail('last.section needs an id and a title');
  }
  return {
    ok: true,
    value: {
      version: PROGRESS_VERSION,
      lessons,
      last: { lesson: last.lesson, section: { id: section.id, title: section.title } },
    },
  };
}

/** The lesson's own entry (never one inherited from Object.prototype, e.g. "constructor"). */
function entryOf(progress: Progress, slug: string): LessonProgress | undefined {
  return Object.hasOwn(progress.lessons, slug) ? progress.lessons[slug] : undefined;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isText(value: unknown): value is string {
  return typeof value === 'string' && value.length > 0 && value.length <= MAX_TEXT;
}

function clip(text: string): string {
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}
