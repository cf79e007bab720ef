/**
 * The course as a reader meets it: every quiz answered right and wrong with its feedback,
 * every glossary link resolving, and the For teachers page covering every lesson.
 */
import type { Locator } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { authoredLessons, type AuthoredQuestion } from './support/lessons';

const lessons = authoredLessons();

/** Answers a quiz: the right answer, or a wrong one. */
async function answer(quiz: Locator, q: AuthoredQuestion, right: boolean): Promise<void> {
  if (q.kind === 'choice') {
    const index = right ? q.answer : (q.answer + 1) % q.choices.length;
    await quiz.getByRole('radio', { name: q.choices[index]!, exact: true }).check();
  } else {
    const wrong = q.answer + 10 * (q.tolerance ?? 0.005) + 1;
    const value = right ? q.answer : wrong;
    // Readers type a true minus sign as often as a hyphen.
    await quiz
      .getByRole('textbox', { name: 'Your answer' })
      .fill(String(value).replace('-', '\u2212'));
  }
  await quiz.getByRole('button', { name: 'Check' }).click();
}

test('the course has 6 to 8 lessons, each with at least two questions', () => {
  expect(lessons.length).toBeGreaterThanOrEqual(6);
  expect(lessons.length).toBeLessThanOrEqual(8);
  for (const lesson of lessons)
    expect(lesson.questions.length, lesson.file).toBeGreaterThanOrEqual(2);
});

for (const lesson of lessons) {
  test.describe(lesson.file, () => {
    test('each quiz gives the right feedback for a wrong and a right answer', async ({ page }) => {
      await page.goto(lesson.page);
      const quizzes = page.locator('quiz-question');
      await expect(quizzes).toHaveCount(lesson.questions.length);
      for (const [i, q] of lesson.questions.entries()) {
        const quiz = quizzes.nth(i);
        await expect(quiz.locator('legend')).toContainText(q.prompt);
        // The explanation is not on the page before answering.
        expect(await page.locator('body').innerText()).not.toContain(q.explanation);
        const feedback = quiz.getByRole('status');
        await answer(quiz, q, false);
        await expect(feedback).toContainText('Not quite.');
        await expect(feedback).toContainText(q.explanation);
        await answer(quiz, q, true);
        await expect(feedback).toContainText('Right.');
        await expect(feedback).toContainText(q.explanation);
      }
    });

    test('has a demo, a "Try this" task, a summary and glossary links that resolve', async ({
      page,
      request,
    }) => {
      await page.goto(lesson.page);
      const islands = page.locator(
        'neuron-lab, activation-plot, softmax-view, digit-pad, network-view, weight-image, descent-lab',
      );
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

test('a number answer that is not a number asks for one', async ({ page }) => {
  const lesson = lessons.find((l) => l.questions.some((q) => q.kind === 'number'))!;
  const index = lesson.questions.findIndex((q) => q.kind === 'number');
  await page.goto(lesson.page);
  const quiz = page.locator('quiz-question').nth(index);
  await quiz.getByRole('textbox', { name: 'Your answer' }).fill('lots');
  await quiz.getByRole('button', { name: 'Check' }).click();
  await expect(quiz.getByRole('status')).toHaveText('Type a number, such as 0.5 or −2.');
});

test('quizzes can be answered with the keyboard alone', async ({ page }) => {
  const lesson = lessons[0]!;
  const index = lesson.questions.findIndex((q) => q.kind === 'choice');
  const q = lesson.questions[index]! as Extract<AuthoredQuestion, { kind: 'choice' }>;
  await page.goto(lesson.page);
  const quiz = page.locator('quiz-question').nth(index);
  await quiz.getByRole('radio').first().focus();
  for (let k = 0; k < q.answer; k++) await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(quiz.getByRole('status')).toContainText('Right.');
});

test('the For teachers page has a plan and the quiz answers for every lesson', async ({ page }) => {
  await page.goto('teachers/');
  for (const lesson of lessons) {
    const section = page.getByRole('region', {
      name: new RegExp(lesson.title.replace(/[()?]/g, '.')),
    });
    await expect(section).toBeVisible();
    await expect(section.getByRole('heading', { name: 'Project' })).toBeVisible();
    await expect(section.getByRole('heading', { name: 'Discuss' })).toBeVisible();
    for (const q of lesson.questions) {
      const text = q.kind === 'choice' ? q.choices[q.answer]! : String(Math.abs(q.answer));
      await expect(section.getByText(q.prompt)).toBeVisible();
      await expect(section.locator('.answers')).toContainText(text);
    }
  }
});
