import { defineCollection } from 'astro:content';
import { lessonSchema } from './content/lesson-schema';
import { lessonsLoader } from './content/lessons-loader';
import { periodSchema, planSchema } from './content/plan-schema';
import { fastTrackLoader, plansLoader } from './content/plans-loader';

/**
 * LESSONS_DIR points the build at another folder of lessons (the schema tests use fixtures);
 * their teaching plans are then in its plans/ folder, unless PLANS_DIR says otherwise.
 */
const lessonsDir = process.env.LESSONS_DIR ?? './content/lessons';
const plansDir =
  process.env.PLANS_DIR ?? (process.env.LESSONS_DIR ? `${lessonsDir}/plans` : './content/plans');

export const collections = {
  lessons: defineCollection({ loader: lessonsLoader(lessonsDir), schema: lessonSchema }),
  /** One teaching plan per lesson, by the lesson's id (content/plans/03-bias.yaml). */
  plans: defineCollection({ loader: plansLoader(plansDir, lessonsDir), schema: planSchema }),
  /** The two periods of the fast track. */
  fastTrack: defineCollection({
    loader: fastTrackLoader(`${plansDir}/fast-track.yaml`, lessonsDir),
    schema: periodSchema,
  }),
};
