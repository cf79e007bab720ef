import { z } from 'astro/zod';

/** One option of a multiple-choice question. */
export const choiceSchema = z
  .object({
    /** The option as the reader sees it, plain text. */
    text: z.string().trim().min(1, "a choice's text must not be empty"),
    /**
     * For a wrong option, required: one or two sentences on the misconception behind it, shown
     * when the reader picks it ("A negative weight is allowed: …"). The right option has none;
     * the question's `explanation` covers it.
     */
    why: z.string().trim().min(1, 'why must not be empty').optional(),
  })
  .strict();

/**
 * A multiple-choice question: one right answer among 2 to 6 choices, each wrong one with a
 * `why`. The reader sees the choices in an order shuffled at build time (seeded by the prompt),
 * so write them in any order.
 *
 * ```yaml
 * - kind: choice
 *   prompt: What does a negative weight mean?
 *   choices:
 *     - text: The input argues against the neuron    # the right one (answer: 0): no why
 *     - text: The weight is broken
 *       why: Weights can be any real number; a negative one is allowed and useful.
 *   answer: 0
 *   explanation: A negative weight turns a bright input into a negative contribution.
 * ```
 */
export const choiceQuestionSchema = z
  .object({
    kind: z.literal('choice'),
    /** The question, plain text (Unicode maths such as σ, ², − is fine). */
    prompt: z.string().trim().min(1, 'prompt must not be empty'),
    choices: z
      .array(choiceSchema)
      .min(2, 'choices needs at least 2 entries')
      .max(6, 'choices allows at most 6 entries'),
    /** Index of the right choice in `choices` as written, from 0. */
    answer: z.number().int('answer must be a whole number (the index of the right choice)').min(0),
    /** Why the answer is right; shown after a right answer or when the reader asks for it. */
    explanation: z.string().trim().min(1, 'explanation must not be empty'),
  })
  .strict()
  .superRefine((q, ctx) => {
    if (q.answer >= q.choices.length) {
      ctx.addIssue({
        code: 'custom',
        path: ['answer'],
        message: 'answer must be the index of one of the choices (counting from 0)',
      });
      return;
    }
    q.choices.forEach((choice, i) => {
      if (i !== q.answer && !choice.why) {
        ctx.addIssue({
          code: 'custom',
          path: ['choices', i, 'why'],
          message: `why is required on every wrong choice: say what is wrong with "${choice.text}"`,
        });
      }
      if (i === q.answer && choice.why) {
        ctx.addIssue({
          code: 'custom',
          path: ['choices', i, 'why'],
          message: "the right choice takes no why: its explanation is the question's explanation",
        });
      }
    });
  });

/**
 * A question with a numeric answer, accepted within ± tolerance. Readers may type thousands
 * separators ("13,002"), a true minus, a unit word, "%" or a simple fraction ("1/2"); see
 * src/components/quiz/typed-number.ts.
 */
export const numberQuestionSchema = z
  .object({
    kind: z.literal('number'),
    prompt: z.string().trim().min(1, 'prompt must not be empty'),
    answer: z.number().finite(),
    /** Accepted distance from the answer; default 0.005 (right to 2 decimals). */
    tolerance: z.number().min(0, 'tolerance must be 0 or more').default(0.005),
    /**
     * Shown after the input, e.g. "weights"; a reader may type it too ("784 neurons"). A typed
     * "%" means per hundred in the question's unit: with unit "%", "94.5%" and "94.5" are both
     * 94.5; without it, "94.5%" is 0.945 (so "50%" answers an answer of 0.5).
     */
    unit: z.string().trim().min(1).optional(),
    explanation: z.string().trim().min(1, 'explanation must not be empty'),
  })
  .strict();

export const questionSchema = z.discriminatedUnion('kind', [
  choiceQuestionSchema,
  numberQuestionSchema,
]);
export type Question = z.infer<typeof questionSchema>;

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
 * questions:                          # check-your-understanding questions, 2 or more
 *   - kind: choice                    #   (drafts may have none); placed with <Quiz>
 *     prompt: What does a negative weight mean?
 *     choices:                        #   2 to 6; shown shuffled (seeded by the prompt)
 *       - text: It is broken
 *         why: Weights can be any number. #   required on every wrong choice
 *       - text: The input argues against the neuron
 *     answer: 1                       #   index of the right choice, from 0
 *     explanation: A negative weight … #  shown after a right answer or "Show the answer"
 *   - kind: number
 *     prompt: What is z for w = 2, x = 0.5, b = −1?
 *     answer: 0
 *     tolerance: 0.005                #   optional, default 0.005
 *     unit: neurons                   #   optional; "%" makes "94.5%" and "94.5" the same
 *     explanation: 2 × 0.5 − 1 = 0.
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
    /** Check-your-understanding questions, placed in the body with <Quiz {...frontmatter.questions[0]} />. */
    questions: z.array(questionSchema).default([]),
  })
  .strict()
  .superRefine((lesson, ctx) => {
    if (!lesson.draft && lesson.questions.length < 2) {
      ctx.addIssue({
        code: 'custom',
        path: ['questions'],
        message: 'questions needs at least 2 entries in a published lesson',
      });
    }
  });

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
