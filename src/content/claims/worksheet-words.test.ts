/**
 * The Try-this tasks are printed on the pupils' worksheets (Worksheet.astro), where no demo is
 * "below" or "above" the words: a task must name a demo by what it is ("the lesson's next lab"),
 * not by where it sits on the screen. "below 0" or "above 0.5" (a number) is fine.
 */
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { asides, lessonBody, lessonSource, prose } from './lesson';

const files = readdirSync('content/lessons')
  .filter((f) => f.endsWith('.mdx'))
  .map((f) => f.replace(/\.mdx$/, ''));
/** "below" or "above" not followed by a number, a sign or maths. */
const PLACE_WORD = /\b(below|above)\b(?!\s*[−\-+\d$(])/gi;

describe('Try-this tasks read on paper', () => {
  it('finds the lessons', () => expect(files.length).toBeGreaterThanOrEqual(8));
  for (const file of files) {
    it(`${file}: no task points up or down the page`, () => {
      const tasks = asides(lessonBody(lessonSource(file)), 'try')
        .map(prose)
        .join('\n');
      expect(tasks.length).toBeGreaterThan(0);
      expect(tasks.match(PLACE_WORD) ?? []).toEqual([]);
    });
  }
  it('would catch the place word it is for', () => {
    expect('the goal of the lab below, where'.match(PLACE_WORD)).toEqual(['below']);
    expect('a above 0.5, below −2 and below $z$'.match(PLACE_WORD)).toBeNull();
  });
});
