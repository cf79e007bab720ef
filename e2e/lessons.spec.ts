/**
 * The course as a reader meets it: every quiz answered wrong (each wrong choice explained) and
 * right, every answer revealed on request, numbers typed as people write them,
 * every glossary link resolving, and the For teachers page covering every lesson.
 */
import { axeFor } from './support/axe';
import type { Locator } from '@playwright/test';
import { expect, test, ANY_BASE } from './support/fixtures';
import { authoredLessons, type AuthoredQuestion } from './support/lessons';
import { islandTags } from '../src/components/island/registry.ts';

const lessons = authoredLessons();

type ChoiceQuestion = Extract<AuthoredQuestion, { kind: 'choice' }>;
type NumberQuestion = Extract<AuthoredQuestion, { kind: 'number' }>;

/**
 * A number as a person writes it, worked out independently of the site's code with Intl:
 * thousands grouped with commas, a true minus, the unit after it ("768 neurons", "10%").
 */
function asPeopleWrite(q: NumberQuestion): string {
  const digits = Math.abs(q.answer).toLocaleString('en-US', { maximumFractionDigits: 10 });
  const unit = q.unit === '%' ? '%' : q.unit ? ` ${q.unit}` : '';
  return `${q.answer < 0 ? '\u2212' : ''}${digits}${unit}`;
}

/** Picks a choice by its visible text and checks it. */
async function choose(quiz: Locator, text: string): Promise<void> {
  await quiz.getByRole('radio', { name: text, exact: true }).check();
  await quiz.getByRole('button', { name: 'Check' }).click();
}

/** Types a number answer and checks it. */
async function type(quiz: Locator, text: string): Promise<void> {
  await quiz.getByRole('textbox', { name: 'Your answer' }).fill(text);
  await quiz.getByRole('button', { name: 'Check' }).click();
}

/** The published lesson and position of the first number question with this answer. */
function numberQuestion(answer: number): { page: string; index: number; q: NumberQuestion } {
  for (const lesson of lessons) {
    const index = lesson.questions.findIndex((q) => q.kind === 'number' && q.answer === answer);
    if (index >= 0) {
      return { page: lesson.page, index, q: lesson.questions[index] as NumberQuestion };
    }
  }
  throw new Error(`no lesson asks a number question whose answer is ${answer}`);
}

test('the course has 6 to 8 lessons, each with at least two questions', () => {
  expect(lessons.length).toBeGreaterThanOrEqual(6);
  expect(lessons.length).toBeLessThanOrEqual(8);
  for (const lesson of lessons)
    expect(lesson.questions.length, lesson.file).toBeGreaterThanOrEqual(2);
});

for (const lesson of lessons) {
  test.describe(lesson.file, () => {
    test(
      'a wrong answer explains itself and may be changed; a right one explains the answer',
      ANY_BASE,
      async ({ page }) => {
        // Every wrong choice of every question, one by one: about 20 s alone on this machine.
        test.slow();
        await page.goto(lesson.page);
        const quizzes = page.locator('quiz-question');
        await expect(quizzes).toHaveCount(lesson.questions.length);
        // No-break spaces (after "=", "+": see bindOperators) read as spaces.
        const before = (await page.locator('body').innerText()).replace(/\u00a0/g, ' ');
        for (const [i, q] of lesson.questions.entries()) {
          const quiz = quizzes.nth(i);
          await expect(quiz.locator('legend')).toContainText(q.prompt);
          // Neither the explanation nor any why is in the page text before answering.
          expect(before).not.toContain(q.explanation);
          const feedback = quiz.getByRole('status');
          const reveal = quiz.getByRole('button', { name: 'Show the answer' });
          if (q.kind === 'choice') {
            for (const wrong of q.choices.filter((_, k) => k !== q.answer)) {
              expect(before).not.toContain(wrong.why!);
              await choose(quiz, wrong.text);
              await expect(feedback).toContainText('✗ Not quite.');
              await expect(feedback).toContainText(wrong.why!);
              await expect(feedback).not.toContainText(q.explanation);
              await expect(reveal).toBeVisible();
            }
            await choose(quiz, q.choices[q.answer]!.text);
          } else {
            await type(quiz, String(q.answer + 10 * (q.tolerance ?? 0.005) + 1));
            await expect(feedback).toContainText('✗ Not quite.');
            await expect(feedback).not.toContainText(q.explanation);
            await expect(reveal).toBeVisible();
            await type(quiz, asPeopleWrite(q));
          }
          await expect(feedback).toContainText('✓ Right.');
          await expect(feedback).toContainText(q.explanation);
          await expect(reveal).toBeHidden();
        }
      },
    );

    test(
      '"Show the answer" gives each answer as a person writes it',
      ANY_BASE,
      async ({ page }) => {
        await page.goto(lesson.page);
        for (const [i, q] of lesson.questions.entries()) {
          const quiz = page.locator('quiz-question').nth(i);
          const reveal = quiz.getByRole('button', { name: 'Show the answer' });
          await reveal.click();
          const answer = q.kind === 'choice' ? `“${q.choices[q.answer]!.text}”` : asPeopleWrite(q);
          const feedback = quiz.getByRole('status');
          await expect(feedback.locator('.verdict')).toHaveText(`The answer is ${answer}.`);
          await expect(feedback).toContainText(q.explanation);
          // The button that was pressed is gone, so focus moves to what it revealed.
          await expect(reveal).toBeHidden();
          await expect(feedback).toBeFocused();
        }
      },
    );

    test('has a demo, a "Try this" task, a summary and glossary links that resolve', async ({
      page,
      request,
    }) => {
      await page.goto(lesson.page);
      const islands = page.locator(islandTags({ demo: true }).join(', '));
      expect(await islands.count()).toBeGreaterThan(0);
      await expect(page.getByRole('note', { name: 'Try this' }).first()).toBeVisible();
      await expect(page.getByRole('heading', { name: 'Summary' })).toBeVisible();
      await expect(page.locator('.katex').first()).toBeAttached();
      const terms = await page
        .locator('a.term')
        .evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
      expect(terms.length).toBeGreaterThan(0);
      const glossary = await (await request.get(terms[0]!.split('#')[0]!)).text();
      for (const href of terms) {
        const id = new URL(href).hash.slice(1);
        expect(glossary, `${href} resolves`).toContain(`id="${id}"`);
      }
    });
  });
}

test('a number answer that is not a number asks for one', ANY_BASE, async ({ page }) => {
  const lesson = lessons.find((l) => l.questions.some((q) => q.kind === 'number'))!;
  const index = lesson.questions.findIndex((q) => q.kind === 'number');
  await page.goto(lesson.page);
  const quiz = page.locator('quiz-question').nth(index);
  await type(quiz, 'lots');
  await expect(quiz.getByRole('status')).toHaveText('Type a number, such as 2.25 or −7.');
});

// How a typed answer is read, and the quizzes' keyboard use and markup, are the same under any
// base path: the root project checks them once.
test.describe('number answers are read the way people type them', ANY_BASE, () => {
  for (const [answer, typed, verdict] of [
    [25450, '25,450', '✓ Right.'],
    [25450, '25 450', '✓ Right.'],
    [25450, '25.450', '✗ Not quite.'],
    [768, '768 neurons', '✓ Right.'],
    [-10, '\u221210', '✓ Right.'],
    [10, '10%', '✓ Right.'],
    [1.5, '3/2', '✓ Right.'],
    [1.5, '1,5', 'Write decimals with a point'],
    [1.5, '1,50', 'Write decimals with a point'],
  ] as const) {
    test(`${JSON.stringify(typed)} for ${answer}: ${verdict}`, async ({ page }) => {
      const { page: path, index } = numberQuestion(answer);
      await page.goto(path);
      const quiz = page.locator('quiz-question').nth(index);
      await type(quiz, typed);
      await expect(quiz.getByRole('status').locator('.verdict')).toContainText(verdict);
    });
  }
});

test('quizzes can be answered with the keyboard alone', ANY_BASE, async ({ page }) => {
  const lesson = lessons.find((l) => l.questions.filter((q) => q.kind === 'choice').length >= 2)!;
  const [first, second] = lesson.questions
    .map((q, i) => ({ q, i }))
    .filter((x): x is { q: ChoiceQuestion; i: number } => x.q.kind === 'choice');
  await page.goto(lesson.page);
  const quiz = page.locator('quiz-question').nth(first!.i);
  const q = first!.q;
  const shown = await quiz
    .getByRole('radio')
    .evaluateAll((radios) =>
      radios.map((r) =>
        (r as HTMLInputElement).labels![0]!.textContent!.replace(/\u00a0/g, ' ').trim(),
      ),
    );
  const right = shown.indexOf(q.choices[q.answer]!.text);
  const wrong = right === 0 ? 1 : 0;
  const feedback = quiz.getByRole('status');

  // From the radio group (one Tab stop): Space picks, arrows move, Enter checks.
  await quiz.getByRole('radio').first().focus();
  await page.keyboard.press('Space');
  for (let k = 0; k < wrong; k++) await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  const picked = q.choices.find((c) => c.text === shown[wrong])!;
  await expect(feedback).toContainText('Not quite.');
  await expect(feedback).toContainText(picked.why!);
  // Try again without leaving the keyboard: focus is still on the picked choice.
  await expect(quiz.getByRole('radio').nth(wrong)).toBeFocused();
  const steps = right - wrong;
  for (let k = 0; k < Math.abs(steps); k++) {
    await page.keyboard.press(steps > 0 ? 'ArrowDown' : 'ArrowUp');
  }
  await expect(quiz.getByRole('radio').nth(right)).toBeChecked();
  await page.keyboard.press('Enter');
  await expect(feedback).toContainText('Right.');

  // "Show the answer" by keyboard: Tab past the radio group and Check, then Enter.
  const next = page.locator('quiz-question').nth(second!.i);
  await next.getByRole('radio').first().focus();
  await page.keyboard.press('Tab');
  await expect(next.getByRole('button', { name: 'Check' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(next.getByRole('button', { name: 'Show the answer' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(next.getByRole('status')).toBeFocused();
  await expect(next.getByRole('status')).toContainText(second!.q.choices[second!.q.answer]!.text);
});

test('quizzes pass axe before and after feedback', ANY_BASE, async ({ page }) => {
  const lesson = lessons.find(
    (l) =>
      l.questions.some((q) => q.kind === 'choice') && l.questions.some((q) => q.kind === 'number'),
  )!;
  await page.goto(lesson.page);
  const axe = async () =>
    (await axeFor(page).include('quiz-question').analyze()).violations.map(
      (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
    );
  expect(await axe()).toEqual([]);
  for (const [i, q] of lesson.questions.entries()) {
    const quiz = page.locator('quiz-question').nth(i);
    if (q.kind === 'choice') await choose(quiz, q.choices.find((_, k) => k !== q.answer)!.text);
    else await type(quiz, asPeopleWrite(q));
  }
  const firstChoice = lesson.questions.findIndex((q) => q.kind === 'choice');
  await page
    .locator('quiz-question')
    .nth(firstChoice)
    .getByRole('button', { name: 'Show the answer' })
    .click();
  expect(await axe()).toEqual([]);
});

test(
  'the For teachers page has a plan and the quiz answers for every lesson',
  ANY_BASE,
  async ({ page }) => {
    await page.goto('teachers/');
    for (const lesson of lessons) {
      const section = page.getByRole('region', {
        name: new RegExp(lesson.title.replace(/[()?]/g, '.')),
      });
      await expect(section).toBeVisible();
      await expect(section.getByRole('heading', { name: 'Timeline' })).toBeVisible();
      await expect(section.getByRole('heading', { name: 'Discuss' })).toBeVisible();
      for (const q of lesson.questions) {
        const text = q.kind === 'choice' ? q.choices[q.answer]!.text : asPeopleWrite(q);
        await expect(section.getByText(q.prompt)).toBeVisible();
        await expect(section.locator('.answers')).toContainText(`Answer: ${text}`);
        if (q.kind === 'choice') {
          for (const wrong of q.choices.filter((_, k) => k !== q.answer)) {
            await expect(section.locator('.answers')).toContainText(wrong.why!);
          }
        }
      }
    }
  },
);
