import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Loader } from 'astro/loaders';
import { file, glob } from 'astro/loaders';
import { outlineLesson, type LessonOutline } from './lesson-outline';
import { fastTrackProblems, planProblems } from './plan-checks';
import type { Period, Plan } from './plan-schema';

/** Every lesson in `lessonsDir` (id → outline), read from its MDX source. */
export function lessonOutlines(lessonsDir: string): Map<string, LessonOutline> {
  const outlines = new Map<string, LessonOutline>();
  for (const name of readdirSync(lessonsDir)
    .filter((f) => f.endsWith('.mdx'))
    .sort()) {
    const where = path.join(lessonsDir, name).replace(/^\.\//, '');
    outlines.set(name.replace(/\.mdx$/, ''), outlineLesson(readFileSync(where, 'utf8'), where));
  }
  return outlines;
}

/**
 * The `plans` loader: Astro's glob loader over `<plansDir>/*.yaml` (each checked against
 * planSchema, a mistake naming the file and the field), then the checks across each lesson of
 * `lessonsDir` and its plan (plan-checks.ts): a Try this without answers fails the build with
 * a message naming the lesson file, the line and the id.
 */
export function plansLoader(plansDir: string, lessonsDir: string): Loader {
  const inner = glob({ pattern: '[0-9]*.yaml', base: plansDir });
  return {
    name: 'plans-loader',
    load: async (context) => {
      await inner.load(context);
      const problems: string[] = [];
      const outlines = lessonOutlines(lessonsDir);
      for (const [id, outline] of outlines) {
        const entry = context.store.get(id);
        problems.push(
          ...planProblems(outline, entry?.data as Plan | undefined, {
            lesson: path.join(lessonsDir, `${id}.mdx`).replace(/^\.\//, ''),
            plan: path.join(plansDir, `${id}.yaml`).replace(/^\.\//, ''),
          }),
        );
      }
      for (const id of context.store.keys()) {
        if (!outlines.has(id)) {
          problems.push(
            `${path.join(plansDir, `${id}.yaml`).replace(/^\.\//, '')} is a plan for no lesson: ${lessonsDir} has no ${id}.mdx.`,
          );
        }
      }
      if (problems.length > 0) throw new Error(`Invalid teaching plans:\n${problems.join('\n')}`);
    },
  };
}

/**
 * The `fastTrack` loader: the periods of `fastTrackFile` (Astro's file loader, each checked
 * against periodSchema), then exactly two of them, naming lessons and demos that exist.
 * A missing file is no fast track (fixture folders of lessons have none).
 */
export function fastTrackLoader(fastTrackFile: string, lessonsDir: string): Loader {
  const inner = file(fastTrackFile);
  return {
    name: 'fast-track-loader',
    load: async (context) => {
      try {
        readFileSync(fastTrackFile);
      } catch {
        return;
      }
      await inner.load(context);
      const periods = context.store.values().map((e) => e.data as Period);
      const problems = fastTrackProblems(periods, lessonOutlines(lessonsDir), fastTrackFile);
      if (problems.length > 0) throw new Error(`Invalid fast track:\n${problems.join('\n')}`);
    },
  };
}
