import { z } from 'astro/zod';

/**
 * Frontmatter of a lesson, content/lessons/NN-slug.mdx.
 *
 * ```yaml
 * title: What a neuron holds          # shown as the page's h1 and in the lesson list
 * description: One sentence …         # the lesson list and the page's meta description
 * order: 1                            # position in the course; unique across lessons
 * objectives:                         # 1 to 5 things the reader will be able to do
 *   - Say what an activation is
 * minutes: 12                         # estimated reading-and-playing time
 * draft: true                         # optional; hidden from the course list and sequence
 * ```
 */
export const lessonSchema = z
  .object({
    /** The lesson's title: its page h1, its entry in the lesson list and the browser tab. */
    title: z.string().trim().min(1, 'title must not be empty'),
    /** One or two sentences saying what the lesson is about; also the meta description. */
    description: z.string().trim().min(1, 'description must not be empty'),
    /** Position in the course, a whole number from 1; no two lessons may share it. */
    order: z.number().int('order must be a whole number').min(1, 'order must be 1 or more'),
    /** What the reader will be able to do after the lesson: 1 to 5 short sentences. */
    objectives: z
      .array(z.string().trim().min(1, 'an objective must not be empty'))
      .min(1, 'objectives needs at least 1 entry')
      .max(5, 'objectives allows at most 5 entries'),
    /** Estimated minutes to read the lesson and try its demos, a whole number from 1. */
    minutes: z.number().int('minutes must be a whole number').min(1, 'minutes must be 1 or more'),
    /** A draft is built at its address (for review) but left out of the course list and sequence. */
    draft: z.boolean().default(false),
  })
  .strict();

export type LessonData = z.infer<typeof lessonSchema>;

/** A lesson as the duplicate check sees it: where it lives and its order. */
export interface OrderedEntry {
  /** Path of the source file, relative to the project root. */
  filePath: string;
  order: number;
}

/**
 * Finds lessons that share an `order`. Returns one message per clash, naming the field and
 * every file involved, or an empty list when all orders are unique.
 */
export function findDuplicateOrders(entries: readonly OrderedEntry[]): string[] {
  const byOrder = new Map<number, string[]>();
  for (const { filePath, order } of entries) {
    byOrder.set(order, [...(byOrder.get(order) ?? []), filePath]);
  }
  return [...byOrder.entries()]
    .filter(([, files]) => files.length > 1)
    .sort(([a], [b]) => a - b)
    .map(
      ([order, files]) =>
        `Field "order": ${order} is used by more than one lesson: ${files.sort().join(', ')}. Each lesson needs its own order.`,
    );
}
