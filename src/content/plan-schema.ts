import { z } from 'astro/zod';

/** How long one class period is, in minutes: every lesson's timeline adds up to it. */
export const PERIOD_MINUTES = 45;

const text = (what: string) => z.string().trim().min(1, `${what} must not be empty`);
const minutes = z
  .number()
  .int('minutes must be a whole number')
  .min(1, 'minutes must be 1 or more')
  .max(PERIOD_MINUTES, `minutes must be at most ${PERIOD_MINUTES}`);
const islandId = z
  .string()
  .regex(/^[a-z][a-z0-9-]{0,31}$/, 'an island id is lowercase letters, digits and hyphens');

/**
 * One step of a lesson's 45-minute timeline. Every step says what the teacher does (`do`);
 * a demo step names the demo to project (`island`, its id in the lesson: the plan checks find
 * its section and present-mode slide) and what to do with it in front of the class
 * (`project`); a pairs step lists the Try-this blocks the pairs work through (`tries`).
 */
export const stepSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('hook'), minutes, do: text('do') }).strict(),
  z
    .object({
      kind: z.literal('demo'),
      minutes,
      island: islandId,
      project: text('project'),
    })
    .strict(),
  z
    .object({
      kind: z.literal('pairs'),
      minutes,
      tries: z.array(islandId).min(1, 'tries needs at least 1 Try-this id'),
      do: text('do'),
    })
    .strict(),
  z.object({ kind: z.literal('quiz'), minutes, do: text('do') }).strict(),
  z.object({ kind: z.literal('exit'), minutes, do: text('do') }).strict(),
]);
export type PlanStep = z.infer<typeof stepSchema>;
export type StepKind = PlanStep['kind'];

/** The order a timeline's kinds come in; demo and pairs may repeat and alternate. */
const KIND_RANK: Record<StepKind, number> = { hook: 0, demo: 1, pairs: 1, quiz: 2, exit: 3 };

/**
 * A lesson's teaching plan, content/plans/<lesson id>.yaml (the lesson id is its file name,
 * e.g. 03-bias). Checked on its own here, and against the lesson's MDX by plan-checks.ts
 * (every Try this answered, every demo step naming a demo of the lesson).
 *
 * ```yaml
 * devices: One device per pair, with a browser; the teacher's screen on a projector.
 * timeline:                       # hook, then demos and pair work, then quiz, then exit: 45 minutes
 *   - { kind: hook, minutes: 5, do: Ask the class … }
 *   - { kind: demo, minutes: 10, island: gate, project: Slide the bias slowly … }
 *   - { kind: pairs, minutes: 15, tries: [logic, slide], do: Pairs work through … }
 *   - { kind: quiz, minutes: 8, do: Pupils answer … }
 *   - { kind: exit, minutes: 7, do: Hand out the exit ticket … }
 * tries:                          # one answer per task, in order, for each <Aside kind="try" id="…">
 *   logic: [Below −2 …, Any bias from −2 up to …, …]
 * discuss:                        # open questions for the class, each with an answer
 *   - { question: …, answer: … }
 * misconceptions:                 # 2 to 4: what pupils get wrong, and how to address it
 *   - { belief: …, address: … }
 * exit: { question: …, answer: … }
 * lines: 2                        # optional: ruled lines under each task on the worksheet
 * ```
 */
export const planSchema = z
  .object({
    /** What each pupil needs: devices per pupil or pair, and what the teacher projects. */
    devices: text('devices'),
    timeline: z.array(stepSchema).min(5, 'timeline needs at least 5 steps'),
    /** Answers to each Try-this block's tasks, by the block's id, one per task in order. */
    tries: z.record(islandId, z.array(text('an answer')).min(1)),
    discuss: z
      .array(z.object({ question: text('question'), answer: text('answer') }).strict())
      .min(1, 'discuss needs at least 1 question'),
    misconceptions: z
      .array(z.object({ belief: text('belief'), address: text('address') }).strict())
      .min(2, 'misconceptions needs at least 2 entries')
      .max(4, 'misconceptions allows at most 4 entries'),
    exit: z.object({ question: text('question'), answer: text('answer') }).strict(),
    /**
     * Ruled lines under each Try-this task on the pupils' worksheet (default 2): fewer for a
     * lesson with many short tasks, so that its worksheet stays within two pages.
     */
    lines: z.number().int('lines must be a whole number').min(1).max(4).default(2),
  })
  .strict()
  .superRefine((plan, ctx) => {
    const total = plan.timeline.reduce((s, step) => s + step.minutes, 0);
    if (total !== PERIOD_MINUTES) {
      ctx.addIssue({
        code: 'custom',
        path: ['timeline'],
        message: `the timeline's minutes add up to ${total}, not ${PERIOD_MINUTES} (${plan.timeline
          .map((s) => `${s.kind} ${s.minutes}`)
          .join(' + ')})`,
      });
    }
    for (const kind of ['hook', 'demo', 'pairs', 'quiz', 'exit'] as const) {
      if (!plan.timeline.some((s) => s.kind === kind)) {
        ctx.addIssue({
          code: 'custom',
          path: ['timeline'],
          message: `the timeline needs a ${kind} step`,
        });
      }
    }
    plan.timeline.forEach((step, i) => {
      const before = plan.timeline[i - 1];
      if (before && KIND_RANK[step.kind] < KIND_RANK[before.kind]) {
        ctx.addIssue({
          code: 'custom',
          path: ['timeline', i, 'kind'],
          message: `a ${step.kind} step cannot come after a ${before.kind} step (order: hook, demos and pairs, quiz, exit)`,
        });
      }
    });
  });
export type Plan = z.infer<typeof planSchema>;

/**
 * One period of the two-period fast track, an entry of content/fast-track.yaml: the lessons'
 * sections and demos it covers, in order, adding up to one 45-minute period. The file holds
 * exactly two (checked by its loader with the lessons, see plan-checks.ts).
 *
 * ```yaml
 * - id: period-1
 *   title: What one neuron computes
 *   steps:
 *     - { minutes: 8, lesson: 01-what-a-neuron-holds, island: pad, do: … }
 * ```
 */
export const periodSchema = z
  .object({
    /** The entry's key in the file: period-1, period-2. */
    id: z.string().regex(/^period-\d$/, 'a period id is period-1 or period-2'),
    title: text('title'),
    steps: z
      .array(
        z
          .object({
            minutes,
            /** The lesson's id, e.g. 03-bias. */
            lesson: text('lesson'),
            /** A demo of that lesson to project: the step links to its present-mode slide. */
            island: islandId.optional(),
            do: text('do'),
          })
          .strict(),
      )
      .min(1, 'steps needs at least 1 entry'),
  })
  .strict()
  .superRefine((period, ctx) => {
    const total = period.steps.reduce((s, step) => s + step.minutes, 0);
    if (total !== PERIOD_MINUTES) {
      ctx.addIssue({
        code: 'custom',
        path: ['steps'],
        message: `the period's minutes add up to ${total}, not ${PERIOD_MINUTES}`,
      });
    }
  });
export type Period = z.infer<typeof periodSchema>;
