/**
 * The teaching plans: the schema (a 45-minute timeline in order, 2 to 4 misconceptions), the
 * checks against the lesson (every Try this answered, one answer per task, demos that exist)
 * with their messages naming the files and ids, and the outline they rest on (slides as
 * present mode counts them). The shipped plans are checked the same way the build checks them.
 */
import { readFileSync, readdirSync } from 'node:fs';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { outlineLesson } from './lesson-outline';
import { planProblems } from './plan-checks';
import { PERIOD_MINUTES, planSchema, type Plan } from './plan-schema';
import { lessonOutlines } from './plans-loader';

const valid = {
  devices: 'One device per pair.',
  timeline: [
    { kind: 'hook', minutes: 5, do: 'Ask.' },
    { kind: 'demo', minutes: 10, island: 'gate', project: 'Slide the bias.' },
    { kind: 'pairs', minutes: 15, tries: ['gate'], do: 'Pairs try.' },
    { kind: 'quiz', minutes: 10, do: 'Quiz.' },
    { kind: 'exit', minutes: 5, do: 'Exit.' },
  ],
  tries: { gate: ['First answer.', 'Second answer.'] },
  discuss: [{ question: 'Why?', answer: 'Because.' }],
  misconceptions: [
    { belief: 'A.', address: 'Not A.' },
    { belief: 'B.', address: 'Not B.' },
  ],
  exit: { question: 'What?', answer: 'That.' },
};

/** The schema's messages for `plan`, each prefixed with its path. */
function issues(plan: unknown): string[] {
  const result = planSchema.safeParse(plan);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

describe('planSchema', () => {
  it('accepts a plan whose timeline adds up to 45 minutes', () => {
    expect(issues(valid)).toEqual([]);
    expect(planSchema.parse(valid).lines).toBe(2);
  });

  it('rejects a timeline that does not add up to 45 minutes, saying what it adds up to', () => {
    const plan = {
      ...valid,
      timeline: valid.timeline.map((s, i) => (i === 0 ? { ...s, minutes: 4 } : s)),
    };
    expect(issues(plan)).toEqual([
      "timeline: the timeline's minutes add up to 44, not 45 (hook 4 + demo 10 + pairs 15 + quiz 10 + exit 5)",
    ]);
  });

  it('rejects a timeline without an exit ticket, or in the wrong order', () => {
    const noExit = {
      ...valid,
      timeline: [...valid.timeline.slice(0, 3), { kind: 'quiz', minutes: 15, do: 'Quiz.' }],
    };
    expect(issues(noExit)).toContain('timeline: the timeline needs a exit step');
    const swapped = {
      ...valid,
      timeline: [
        valid.timeline[0],
        valid.timeline[1],
        valid.timeline[3],
        valid.timeline[2],
        valid.timeline[4],
      ],
    };
    expect(issues(swapped)).toContain(
      'timeline.3.kind: a pairs step cannot come after a quiz step (order: hook, demos and pairs, quiz, exit)',
    );
  });

  it('requires a demo step to name its island and what to project', () => {
    const plan = {
      ...valid,
      timeline: valid.timeline.map((s) =>
        s.kind === 'demo' ? { kind: 'demo', minutes: 10, project: 'x' } : s,
      ),
    };
    expect(issues(plan).some((m) => m.startsWith('timeline.1.island'))).toBe(true);
  });

  it('takes 2 to 4 misconceptions', () => {
    expect(issues({ ...valid, misconceptions: valid.misconceptions.slice(0, 1) })).toEqual([
      'misconceptions: misconceptions needs at least 2 entries',
    ]);
    const five = Array.from({ length: 5 }, () => valid.misconceptions[0]);
    expect(issues({ ...valid, misconceptions: five })).toEqual([
      'misconceptions: misconceptions allows at most 4 entries',
    ]);
  });
});

const lesson = `---
title: Fixture
---

import Aside from '~/components/course/Aside.astro';
import Term from '~/components/course/Term.astro';
import NeuronLab from '~/components/neuron/NeuronLab.astro';

Intro.

## First section

<NeuronLab id="gate" inputs={[1]} weights={[1]} />

<Aside kind="try" id="gate">
1. Set $x_1$ to 1. What is the <Term id="weight">weight</Term> doing?
2. Now move **the bias**.
</Aside>

## Second section

<Aside kind="try">
Just one task, no list.
</Aside>
`;
const files = { lesson: 'content/lessons/01-fixture.mdx', plan: 'content/plans/01-fixture.yaml' };

describe('outlineLesson', () => {
  const outline = outlineLesson(lesson, files.lesson);

  it('numbers slides as present mode does: the title slide, then one per ## section', () => {
    expect(outline.sections).toEqual([
      { title: 'First section', slide: 2 },
      { title: 'Second section', slide: 3 },
    ]);
    expect(outline.islands.get('gate')).toEqual({ section: 'First section', slide: 2, line: 13 });
    expect([...outline.islands.keys()]).toEqual(['gate']);
  });

  it('reads each Try this: its id, line, section and tasks (maths by KaTeX, glossary links as words)', () => {
    const [first, second] = outline.tries;
    expect(first).toMatchObject({ id: 'gate', line: 15, section: 'First section', slide: 2 });
    expect(first!.tasks.map((t) => t.text)).toEqual([
      'Set x_1 to 1. What is the weight doing?',
      'Now move the bias.',
    ]);
    expect(first!.tasks[0]!.html).toContain('class="katex"');
    expect(first!.tasks[0]!.html).not.toContain('Term');
    expect(first!.tasks[1]!.html).toContain('<strong>the bias</strong>');
    expect(second).toMatchObject({ id: undefined, line: 22, section: 'Second section' });
    expect(second!.tasks.map((t) => t.text)).toEqual(['Just one task, no list.']);
  });
});

describe('planProblems', () => {
  const outline = outlineLesson(lesson, files.lesson);
  const plan = planSchema.parse(valid);

  it('names the lesson file, line and id of a Try this without answers, and one without an id', () => {
    const problems = planProblems(outline, { ...plan, tries: {} }, files);
    expect(problems).toContain(
      'content/lessons/01-fixture.mdx: <Aside kind="try" id="gate"> (line 15) has no answer in content/plans/01-fixture.yaml: add tries.gate with 2 answers, one per task.',
    );
    expect(problems).toContain(
      'content/lessons/01-fixture.mdx: <Aside kind="try"> (line 22) has no id. Give it one (id="…") and its answers in content/plans/01-fixture.yaml under tries.',
    );
  });

  it('reports a Try this without answers when the lesson has no plan at all', () => {
    expect(planProblems(outline, undefined, files)[0]).toContain(
      'has no answer in content/plans/01-fixture.yaml',
    );
  });

  it('counts answers against tasks, and rejects answers and demos the lesson does not have', () => {
    const withId = outlineLesson(
      lesson.replace('<Aside kind="try">', '<Aside kind="try" id="more">'),
      files.lesson,
    );
    const wrong: Plan = {
      ...plan,
      tries: { gate: ['Only one.'], more: ['x'], ghost: ['y'] },
      timeline: plan.timeline.map((s) =>
        s.kind === 'demo'
          ? { ...s, island: 'nowhere' }
          : s.kind === 'pairs'
            ? { ...s, tries: ['gate', 'more'] }
            : s,
      ),
    };
    expect(planProblems(withId, wrong, files)).toEqual([
      'content/lessons/01-fixture.mdx: <Aside kind="try" id="gate"> (line 15) has 2 tasks but content/plans/01-fixture.yaml gives 1 answer under tries.gate.',
      'content/plans/01-fixture.yaml: tries.ghost answers a Try this that content/lessons/01-fixture.mdx does not have (its Try-this ids: gate, more).',
      'content/plans/01-fixture.yaml: a demo step projects "nowhere", which is no demo of content/lessons/01-fixture.mdx (its demos: gate).',
    ]);
  });

  it('requires the pair work to cover every Try this', () => {
    const withId = outlineLesson(
      lesson.replace('<Aside kind="try">', '<Aside kind="try" id="more">'),
      files.lesson,
    );
    const answered: Plan = { ...plan, tries: { gate: ['a', 'b'], more: ['c'] } };
    expect(planProblems(withId, answered, files)).toEqual([
      'content/plans/01-fixture.yaml: no pairs step of the timeline has the Try this "more" (content/lessons/01-fixture.mdx, line 22).',
    ]);
  });
});

describe('the shipped plans', () => {
  const outlines = lessonOutlines('content/lessons');
  const planFiles = readdirSync('content/plans').filter((f) => /^\d.*\.yaml$/.test(f));

  it('one plan per lesson', () => {
    expect(planFiles.map((f) => f.replace('.yaml', ''))).toEqual([...outlines.keys()]);
  });

  describe.each(planFiles)('%s', (file) => {
    const id = file.replace('.yaml', '');
    const raw = yaml.load(readFileSync(`content/plans/${file}`, 'utf8')) as {
      timeline: { minutes: number }[];
    };

    it(`its timeline adds up to ${PERIOD_MINUTES} minutes`, () => {
      expect(raw.timeline.reduce((s, step) => s + step.minutes, 0)).toBe(45);
    });

    it('passes the schema and the checks against its lesson', () => {
      const plan = planSchema.parse(raw);
      expect(planProblems(outlines.get(id)!, plan, { lesson: id, plan: file })).toEqual([]);
      for (const block of outlines.get(id)!.tries) {
        expect(plan.tries[block.id!], block.id).toHaveLength(block.tasks.length);
      }
    });
  });
});
