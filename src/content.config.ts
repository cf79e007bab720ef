import { defineCollection } from 'astro:content';
import { lessonSchema } from './content/lesson-schema';
import { lessonsLoader } from './content/lessons-loader';

/** LESSONS_DIR points the build at another folder of lessons (the schema tests use fixtures). */
const lessonsDir = process.env.LESSONS_DIR ?? './content/lessons';

export const collections = {
  lessons: defineCollection({ loader: lessonsLoader(lessonsDir), schema: lessonSchema }),
};
