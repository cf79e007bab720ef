/**
 * The shipped lessons' multiple-choice questions give nothing away: every wrong choice says
 * why it is wrong (the schema), the right choice is not the tell-tale longest one, and after
 * the build-time shuffle the right choice does not sit in one favourite place.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { choiceOrder } from '~/components/quiz/shuffle';
import { MESSAGES, readTypedNumber } from '~/components/quiz/typed-number';
import { lessonSchema, type Question } from './lesson-schema';

const lessonsDir = path.resolve(import.meta.dirname, '../../content/lessons');
const lessons = readdirSync(lessonsDir)
  .filter((f) => /^\d\d-.+\.mdx$/.test(f))
  .map((file) => ({
    file,
    front: yaml.load(readFileSync(path.join(lessonsDir, file), 'utf8').split(/^---$/m)[1]!),
  }));

type Choice = Extract<Question, { kind: 'choice' }>;
const choiceQuestions: { file: string; q: Choice }[] = lessons.flatMap(({ file, front }) => {
  const parsed = lessonSchema.safeParse(front);
  if (!parsed.success || parsed.data.draft) return [];
  return parsed.data.questions
    .filter((q): q is Choice => q.kind === 'choice')
    .map((q) => ({ file, q }));
});

describe.each(lessons)('$file', ({ front }) => {
  it('has valid frontmatter: every wrong choice has a why, the right one none', () => {
    const result = lessonSchema.safeParse(front);
    expect(
      result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`),
    ).toEqual([]);
  });
});

describe('the published choice questions', () => {
  it('are enough to judge (at least 6)', () => {
    expect(choiceQuestions.length).toBeGreaterThanOrEqual(6);
  });

  it('make the right choice the longest (or tied for it) in at most a third of them', () => {
    const tells = choiceQuestions.filter(({ q }) => {
      const lengths = q.choices.map((c) => [...c.text].length);
      return lengths[q.answer] === Math.max(...lengths);
    });
    const list = tells.map(({ file, q }) => `${file}: ${q.prompt}`);
    expect(tells.length, `right choice longest in:\n${list.join('\n')}`).toBeLessThanOrEqual(
      choiceQuestions.length / 3,
    );
  });

  it('show the right choice first, or last, in at most half of them', () => {
    const shownAt = choiceQuestions.map(({ q }) => ({
      place: choiceOrder(q.prompt, q.choices.length).indexOf(q.answer),
      count: q.choices.length,
    }));
    const first = shownAt.filter((s) => s.place === 0).length;
    const last = shownAt.filter((s) => s.place === s.count - 1).length;
    expect(first).toBeLessThanOrEqual(choiceQuestions.length / 2);
    expect(last).toBeLessThanOrEqual(choiceQuestions.length / 2);
  });
});

describe('the messages that ask for a number written another way', () => {
  const answers = lessons.flatMap(({ front }) => {
    const parsed = lessonSchema.safeParse(front);
    return parsed.success ? parsed.data.questions.filter((q) => q.kind === 'number') : [];
  });

  it.each(Object.entries(MESSAGES).filter(([name]) => name !== 'zeroDenominator'))(
    '%s gives no shipped answer as its example',
    (_, message) => {
      const examples = (message.match(/[−-]?\d[\d,/]*(?:\.\d+)?/g) ?? []).map((text) => {
        const reading = readTypedNumber(text);
        return reading.kind === 'number' ? reading.value : Number.NaN;
      });
      expect(examples.length).toBeGreaterThan(0);
      for (const q of answers) expect(examples, q.prompt).not.toContain(q.answer);
    },
  );
});
