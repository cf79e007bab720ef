/**
 * What "finished" needs from the course: every question of a published lesson is placed on its
 * page (else the lesson could never be finished), its prompt's key differs from the lesson's
 * other questions, and no two lessons share an id in progress codes.
 */
import { readdirSync } from 'node:fs';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { questionKey } from '~/state/progress';
import { assertDistinctCodeIds } from '~/state/progress-code';
import { lessonBody, lessonSource } from './lesson';

const lessons = readdirSync('content/lessons')
  .filter((f) => f.endsWith('.mdx'))
  .map((f) => f.replace(/\.mdx$/, ''))
  .map((file) => {
    const source = lessonSource(file);
    const front = yaml.load(source.split(/^---$/m)[1]!) as {
      draft?: boolean;
      questions?: { prompt: string }[];
    };
    return { file, slug: file.replace(/^\d+-/, ''), source, front };
  })
  .filter(({ front }) => !front.draft);

describe('progress and the course', () => {
  it('has published lessons to check', () => {
    expect(lessons.length).toBeGreaterThan(0);
  });

  it.each(lessons)('$file places each of its questions once', ({ source, front }) => {
    const placed = [
      ...lessonBody(source).matchAll(/<Quiz \{\.\.\.frontmatter\.questions\[(\d+)\]\} \/>/g),
    ]
      .map((m) => Number(m[1]))
      .sort((a, b) => a - b);
    expect(placed).toEqual((front.questions ?? []).map((_, i) => i));
  });

  it.each(lessons)('$file gives each question its own key', ({ front }) => {
    const keys = (front.questions ?? []).map((q) => questionKey(q.prompt.trim()));
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('gives every lesson its own id in progress codes', () => {
    expect(() => assertDistinctCodeIds(lessons.map((l) => l.slug))).not.toThrow();
  });
});
