/**
 * Progress without accounts (src/state/progress*.ts, src/components/progress/): lessons opened
 * and questions answered right survive a reload and show on the home page; "Continue where you
 * left off" opens the last lesson at its section; a code or file carries progress to a fresh
 * browser; Forget empties storage; a corrupt code or file changes nothing; and with storage
 * refused or full every page works and says progress can't be saved. Nothing is sent anywhere:
 * every request is a GET of a file of the build.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { axeFor } from './support/axe';
import type { Browser, Page } from '@playwright/test';
import { ANY_BASE, expect, expectNoProblems, settle, test } from './support/fixtures';
import { layoutShifts, recordLayoutShifts } from './support/layout-shifts';
import { authoredLessons, type AuthoredLesson } from './support/lessons';

const lessons = authoredLessons();
const [first, second, third] = lessons as [AuthoredLesson, AuthoredLesson, AuthoredLesson];
const KEY = 'neuron-lab:progress';
const plural = (n: number) => `${n} question${n === 1 ? '' : 's'}`;

/** Answers question `i` of the lesson open in `page` right, as a reader would. */
async function answerRight(page: Page, lesson: AuthoredLesson, i: number): Promise<void> {
  const q = lesson.questions[i]!;
  const quiz = page.locator('quiz-question').nth(i);
  if (q.kind === 'choice') {
    await quiz.getByRole('radio', { name: q.choices[q.answer]!.text, exact: true }).check();
  } else {
    await quiz.getByRole('textbox', { name: 'Your answer' }).fill(String(q.answer));
  }
  await quiz.getByRole('button', { name: 'Check' }).click();
  await expect(quiz.getByRole('status')).toContainText('✓ Right.');
}

/** The mark on a lesson's card on the home page (its text, '' when not opened). */
const mark = (page: Page, lesson: AuthoredLesson) =>
  page
    .locator('#lessons li.lesson-card')
    .filter({ has: page.getByRole('link', { name: lesson.title }) })
    .locator('[data-progress-mark]');

const panel = (page: Page) => page.getByRole('region', { name: 'Your progress' });

/**
 * Waits for the panel's script to have started (it removes the no-JavaScript sentence, then
 * writes everything in the same task): the page already carries the text of empty progress,
 * so a check of that text alone would pass without the script.
 */
async function panelStarted(page: Page): Promise<void> {
  await expect(page.locator('progress-panel [data-no-script]')).toHaveCount(0);
}

async function openTools(page: Page): Promise<void> {
  await panel(page).getByText('Move your progress to another device, or forget it').click();
}

/** Every request is a GET of a file in the build being served: nothing is sent anywhere. */
function recordRequests(page: Page): string[] {
  const seen: string[] = [];
  page.on('request', (r) => seen.push(`${r.method()} ${r.url()}`));
  return seen;
}
function expectOnlyOwnFiles(requests: string[], baseURL: string, distDir: string): void {
  const base = new URL(baseURL);
  for (const request of requests) {
    const [method, raw] = request.split(' ') as [string, string];
    const url = new URL(raw);
    if (url.protocol === 'blob:') continue;
    expect(method, request).toBe('GET');
    expect(url.origin, request).toBe(base.origin);
    const rel = decodeURIComponent(url.pathname.slice(base.pathname.length));
    const file = path.join(distDir, rel.endsWith('/') || rel === '' ? `${rel}index.html` : rel);
    expect(existsSync(file), `${request} is a file of the build`).toBe(true);
  }
}

/** Lets the page finish every load (the favicon comes after "load") before leaving it. */
const quiet = (page: Page) => page.waitForLoadState('networkidle');

async function freshPage(browser: Browser, baseURL: string) {
  const context = await browser.newContext({ baseURL, acceptDownloads: true });
  return { context, page: await context.newPage() };
}

test('lessons opened and answered survive a reload; Continue opens the last one at its section', async ({
  page,
  problems,
  baseURL,
  distDir,
}) => {
  const requests = recordRequests(page);
  await quiet(page);
  await page.goto('');
  await panelStarted(page);
  await expect(panel(page)).toContainText('You have not opened a lesson in this browser yet.');
  await expect(page.getByRole('link', { name: /^Continue where you left off/ })).toBeHidden();
  await expect(mark(page, first)).toHaveText('');

  await quiet(page);
  await page.goto(first.page);
  for (let i = 0; i < first.questions.length; i++) await answerRight(page, first, i);
  await quiet(page);
  await page.goto(second.page);
  await answerRight(page, second, 0);
  // A section taller than the reading line (40% of the window), scrolled to the top: the reader
  // is in it, and the next heading is still below the line.
  const { id, title } = await page.evaluate(() => {
    const hs = [...document.querySelectorAll<HTMLElement>('article > h2[id]')];
    const tall = hs.findIndex(
      (h, i) => i > 0 && hs[i + 1] && hs[i + 1]!.offsetTop - h.offsetTop > innerHeight * 0.5,
    );
    const h = hs[tall]!;
    h.scrollIntoView({ block: 'start' });
    return { id: h.id, title: h.textContent!.trim() };
  });
  // Recorded once the reader stops scrolling there; going back up to the header keeps it.
  await expect
    .poll(() => page.evaluate((k) => JSON.parse(localStorage.getItem(k)!).last.section?.id, KEY))
    .toBe(id);
  await quiet(page);
  await page.getByRole('link', { name: 'Neuron Lab' }).first().click();
  await expect(panel(page)).toContainText('So far:');
  await quiet(page);
  await page.reload();

  const n = lessons.length;
  await expect(panel(page)).toContainText(`So far: 2 of ${n} lessons opened, 1 finished`);
  const all = first.questions.length;
  await expect(mark(page, first)).toHaveText(`Finished: ${all} of ${plural(all)} right`);
  await expect(mark(page, second)).toHaveText(
    `Opened: 1 of ${plural(second.questions.length)} right`,
  );
  await expect(mark(page, third)).toHaveText('');
  const resume = page.getByRole('link', { name: /^Continue where you left off/ });
  await expect(resume).toHaveText(
    `Continue where you left off: Lesson 2, ${second.title}, at “${title}”`,
  );
  await quiet(page);
  await resume.click();
  await expect(page).toHaveURL(new RegExp(`${second.page}#${id}$`));
  await expect(page.locator(`[id="${id}"]`)).toBeInViewport();
  await quiet(page);

  expectNoProblems(problems);
  expectOnlyOwnFiles(requests, baseURL!, distDir);
});

test('a code and a file carry progress to a fresh browser; Forget empties storage', async ({
  page,
  context,
  browser,
  baseURL,
  problems,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await quiet(page);
  await page.goto(third.page);
  await answerRight(page, third, 1);
  await quiet(page);
  await page.goto('');
  await openTools(page);
  const field = page.getByRole('textbox', { name: 'Your progress code' });
  const code = await field.inputValue();
  expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{1,4})+$/);
  await expect(field).toHaveAttribute('readonly', '');
  await page.getByRole('button', { name: 'Copy code' }).click();
  await expect(panel(page)).toContainText('Code copied.');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(code);

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Save as a file' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('neuron-lab-progress.json');
  const fileText = readFileSync((await download.path())!, 'utf8');
  const file = JSON.parse(fileText) as { code: string; progress: { lessons: object } };
  expect(file.code).toBe(code);
  expect(Object.keys(file.progress.lessons)).toEqual([third.page.split('/')[1]]);

  // Forget, with a confirmation that can be declined.
  await page.getByRole('button', { name: 'Forget my progress' }).click();
  await expect(page.getByRole('button', { name: 'Keep it' })).toBeFocused();
  await page.getByRole('button', { name: 'Keep it' }).click();
  expect(await page.evaluate((k) => localStorage.getItem(k), KEY)).not.toBeNull();
  await page.getByRole('button', { name: 'Forget my progress' }).click();
  await page.getByRole('button', { name: 'Yes, forget my progress' }).click();
  await expect(panel(page)).toContainText('Your progress is forgotten');
  expect(await page.evaluate((k) => localStorage.getItem(k), KEY)).toBeNull();
  await quiet(page);
  await page.reload();
  await panelStarted(page);
  await expect(panel(page)).toContainText('You have not opened a lesson in this browser yet.');
  await expect(mark(page, third)).toHaveText('');
  expectNoProblems(problems);

  // Another device: the code typed in lower case with spaces instead of hyphens.
  const other = await freshPage(browser, baseURL!);
  await other.page.goto('');
  await openTools(other.page);
  await other.page
    .getByRole('textbox', { name: 'Paste a progress code' })
    .fill(code.toLowerCase().replaceAll('-', ' '));
  await other.page.getByRole('button', { name: 'Import code' }).click();
  await expect(panel(other.page)).toContainText(
    `Progress imported: 1 of ${lessons.length} lessons opened, 0 finished.`,
  );
  await other.page.reload();
  const expected = `Opened: 1 of ${plural(third.questions.length)} right`;
  await expect(mark(other.page, third)).toHaveText(expected);
  await expect(other.page.getByRole('link', { name: /^Continue where you left off/ })).toHaveText(
    `Continue where you left off: Lesson 3, ${third.title}`,
  );
  await other.context.close();

  // A third device: the file.
  const another = await freshPage(browser, baseURL!);
  await another.page.goto('');
  await openTools(another.page);
  await another.page.getByLabel('Or choose a progress file').setInputFiles({
    name: 'neuron-lab-progress.json',
    mimeType: 'application/json',
    buffer: Buffer.from(fileText),
  });
  await expect(panel(another.page)).toContainText('Progress imported:');
  await expect(mark(another.page, third)).toHaveText(expected);
  await another.context.close();
});

test('a corrupt code or file is refused with the reason, and changes nothing', async ({
  page,
  problems,
}) => {
  await quiet(page);
  await page.goto(first.page);
  await answerRight(page, first, 0);
  await quiet(page);
  await page.goto('');
  await openTools(page);
  const code = await page.getByRole('textbox', { name: 'Your progress code' }).inputValue();
  const stored = await page.evaluate((k) => localStorage.getItem(k), KEY);
  const input = page.getByRole('textbox', { name: 'Paste a progress code' });
  const message = page.locator('[data-import-message]');

  // One character changed: the checksum catches it.
  const last = code.at(-1) === '0' ? '1' : '0';
  await input.fill(code.slice(0, -1) + last);
  await input.press('Enter');
  await expect(message).toHaveText(
    'Nothing was imported. This code does not check out: a character is probably mistyped, ' +
      'missing or extra. Copy it again from the other device.',
  );
  await expect(input).toHaveAttribute('aria-invalid', 'true');
  await expect(input).toHaveAccessibleDescription(/Nothing was imported/);

  await input.fill(`${code.slice(0, 6)}U${code.slice(7)}`);
  await page.getByRole('button', { name: 'Import code' }).click();
  await expect(message).toContainText('“U” (character 7) is not part of any progress code');

  await page.getByLabel('Or choose a progress file').setInputFiles({
    name: 'progress.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"progress":{"version":1,"lessons":{"bias":{"right":"all"}}}}'),
  });
  await expect(message).toHaveText(
    'Nothing was imported. This is not a Neuron Lab progress file: lessons.bias.right is missing.',
  );
  await page.getByLabel('Or choose a progress file').setInputFiles({
    name: 'progress.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"progress": {'),
  });
  await expect(message).toHaveText(
    'Nothing was imported. This file is damaged: it is not readable JSON.',
  );

  expect(await page.evaluate((k) => localStorage.getItem(k), KEY)).toBe(stored);
  await expect(page.getByRole('textbox', { name: 'Your progress code' })).toHaveValue(code);
  expectNoProblems(problems);
});

const refusals = {
  'storage refused (the localStorage getter throws SecurityError)': `
    Object.defineProperty(window, 'localStorage', {
      configurable: true,
      get() { throw new DOMException('The operation is insecure.', 'SecurityError'); },
    });`,
  'storage full (setItem throws QuotaExceededError)': `
    Storage.prototype.setItem = function () {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };`,
};

for (const [name, script] of Object.entries(refusals)) {
  test(`with ${name}, lessons and quizzes work and the home page says progress can't be saved`, async ({
    page,
    problems,
  }) => {
    await page.addInitScript(script);
    await quiet(page);
    await page.goto(second.page);
    await answerRight(page, second, 0);
    await quiet(page);
    await page.goto('');
    await expect(panel(page)).toContainText('Progress can’t be saved in this browser');
    await expect(panel(page)).toContainText('You have not opened a lesson in this browser yet.');
    await expect(mark(page, second)).toHaveText('');
    // The tools still work for this visit: an imported code shows.
    await openTools(page);
    const empty = await page.getByRole('textbox', { name: 'Your progress code' }).inputValue();
    expect(empty).toMatch(/^[0-9A-Z-]+$/);
    await page.getByRole('button', { name: 'Forget my progress' }).click();
    await page.getByRole('button', { name: 'Yes, forget my progress' }).click();
    await expect(panel(page)).toContainText('Your progress is forgotten');
    expectNoProblems(problems);
  });
}

test(
  'a first visit: the panel is there from the first paint, and nothing moves noticeably as it starts',
  ANY_BASE,
  async ({ page }) => {
    // The panel used to grow by 107 px as its script wrote the summary and showed the tools,
    // pushing the lessons down.
    await recordLayoutShifts(page);
    for (const width of [1280, 360]) {
      await page.setViewportSize({ width, height: 800 });
      await page.goto('');
      await settle(page);
      await panelStarted(page);
      await expect(panel(page)).toContainText(
        'You have not opened a lesson in this browser yet. As you go, each lesson below is marked opened, then finished',
      );
      expect(await layoutShifts(page), `${width} px`).toEqual([]);
      // The tools work: the code of no progress is there to copy.
      await openTools(page);
      await expect(
        panel(page).getByRole('textbox', { name: 'Your progress code' }),
      ).not.toHaveValue('');
    }
  },
);

test(
  'a damaged list of lessons in the page: the panel says so and offers no tools',
  ANY_BASE,
  async ({ page, baseURL }) => {
    await page.route(baseURL!, async (route) => {
      const response = await route.fetch();
      const html = (await response.text()).replace(/data-course="[^"]*"/, 'data-course="{broken"');
      await route.fulfill({ response, body: html });
    });
    await page.goto('');
    await panelStarted(page);
    await expect(panel(page)).toContainText(
      'Your progress cannot be shown: this page’s list of lessons is damaged. Reload the page.',
    );
    await expect(page.getByText('Move your progress to another device')).toBeHidden();
    await expect(page.locator('#lessons li.lesson-card')).toHaveCount(lessons.length);
  },
);

test('without JavaScript the home page reads and says progress needs it', async ({
  browser,
  baseURL,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL: baseURL! });
  const page = await context.newPage();
  await quiet(page);
  await page.goto('');
  await expect(panel(page)).toContainText('showing it here needs JavaScript');
  await expect(panel(page).getByText('You have not opened a lesson')).toBeHidden();
  await expect(page.getByText('Move your progress to another device')).toBeHidden();
  await expect(page.locator('#lessons li.lesson-card')).toHaveCount(lessons.length);
  await context.close();
});

test('the progress panel fits a 360 px phone in dark mode, keyboard and axe clean', async ({
  browser,
  baseURL,
}) => {
  const context = await browser.newContext({
    viewport: { width: 360, height: 740 },
    colorScheme: 'dark',
    baseURL: baseURL!,
  });
  const page = await context.newPage();
  await quiet(page);
  await page.goto(first.page);
  await answerRight(page, first, 0);
  await quiet(page);
  await page.goto('');
  // Keyboard: the tools open from their summary with Enter.
  await page.locator('.progress summary').focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Copy code' })).toBeVisible();
  const box = (await page.locator('progress-panel').boundingBox())!;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(360);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  for (const target of await page.locator('progress-panel button, progress-panel summary').all()) {
    if (!(await target.isVisible())) continue;
    const rect = (await target.boundingBox())!;
    expect(rect.height, (await target.textContent()) ?? '').toBeGreaterThanOrEqual(44);
    expect(rect.x + rect.width).toBeLessThanOrEqual(360);
  }
  const mark1 = mark(page, first);
  const markBox = (await mark1.boundingBox())!;
  expect(markBox.x + markBox.width).toBeLessThanOrEqual(360);
  const results = await axeFor(page).analyze();
  expect(
    results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`),
  ).toEqual([]);
  await context.close();
});
