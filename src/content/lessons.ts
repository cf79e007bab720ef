import { getCollection, type CollectionEntry } from 'astro:content';

export type Lesson = CollectionEntry<'lessons'>;

/** One lesson in the course sequence, with its neighbours for previous/next links. */
export interface CoursePlace {
  lesson: Lesson;
  /** 1-based position among published lessons; undefined for a draft. */
  position?: number;
  /** Number of published lessons. */
  total: number;
  previous?: Lesson;
  next?: Lesson;
}

/** Published lessons (drafts left out), in course order. */
export async function getCourse(): Promise<Lesson[]> {
  const all = await getCollection('lessons');
  return all.filter((l) => !l.data.draft).sort((a, b) => a.data.order - b.data.order);
}

/** Every lesson that gets a page, drafts included, each with its place in the course. */
export async function getCoursePlaces(): Promise<CoursePlace[]> {
  const all = await getCollection('lessons');
  const course = await getCourse();
  return all
    .sort((a, b) => a.data.order - b.data.order)
    .map((lesson) => {
      const index = course.findIndex((l) => l.id === lesson.id);
      if (index < 0) return { lesson, total: course.length };
      return {
        lesson,
        position: index + 1,
        total: course.length,
        previous: course[index - 1],
        next: course[index + 1],
      };
    });
}

/** The URL slug of a lesson: its file name without the "NN-" order prefix. */
export function lessonSlug(lesson: Lesson): string {
  return lesson.id.replace(/^\d+-/, '');
}
