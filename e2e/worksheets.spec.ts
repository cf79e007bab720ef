/**
 * Worksheets and teaching plans as a teacher uses them: every lesson's worksheet printed by
 * Chromium on A4 and on Letter in at most two pages, with every Try-this task (its text as the
 * lesson page shows it), quiz question, discussion question and exit ticket in the PDF's text
 * and no answer; the teacher's version with the answers; the QR code decoding to the lesson;
 * the course overview on one A4 page; each timeline demo's present-mode link opening the slide
 * that shows that demo; and the pages' accessibility, fit and JavaScript.
 */
import { readFileSync } from 'node:fs';
import { axeFor } from './support/axe';
import type { Page } from '@playwright/test';
import yaml from 'js-yaml';
import jsQR from 'jsqr';
import { extractText, getDocumentProxy } from 'unpdf';
import { ANY_BASE, expect, expectNoProblems, settle, steadyBox, test } from './support/fixtures';
import { authoredLessons } from './support/lessons';

const lessons = authoredLessons();

/** The plan as written in content/plans/<lesson>.yaml (the oracle for the plan's texts). */
interface AuthoredPlan {
  tries: Record<string, string[]>;
  discuss: { question: string; answer: string }[];
  exit: { question: string; answer: string };
  timeline: { kind: string; island?: string; minutes: number }[];
}
const planOf = (file: string) =>
  yaml.load(readFileSync(`content/plans/${file.replace('.mdx', '.yaml')}`, 'utf8')) as AuthoredPlan;

/** Text compared as a reader reads it: whitespace folded, no-break spaces as spaces. */
const fold = (text: string) => text.replace(/[\s\u00a0]+/g, ' ').trim();

/** Prints the page as Chromium does on `format` paper: its page count and its text. */
async function printed(page: Page, format: 'A4' | 'Letter') {
  const pdf = await page.pdf({ format });
  const doc = await getDocumentProxy(new Uint8Array(pdf));
  const { text } = await extractText(doc, { mergePages: true });
  // A word hyphenated across two lines ("Mid-" / "grey") is one word again.
  return { pages: doc.numPages, text: fold(text.replace(/-\n/g, '-')) };
}

/**
 * The Try-this tasks as the lesson page shows them: for each list item of each "Try this"
 * box, its runs of prose between formulas (the formulas are KaTeX, whose glyphs a PDF's text
 * need not keep in reading order).
 */
async function tryTaskTexts(page: Page, lessonPage: string): Promise<string[][]> {
  await page.goto(lessonPage);
  return page.locator('.aside--try li').evaluateAll((items) =>
    items.map((li) => {
      const runs: string[] = [''];
      const walk = (node: Node) => {
        if (node instanceof HTMLElement && node.classList.contains('katex')) runs.push('');
        else if (node.nodeType === Node.TEXT_NODE)
          runs.push(`${runs.pop()!}${node.textContent ?? ''}`);
        else node.childNodes.forEach(walk);
      };
      walk(li);
      return runs.map((r) => r.replace(/[\s\u00a0]+/g, ' ').trim()).filter((r) => r.length > 1);
    }),
  );
}

for (const lesson of lessons) {
  const slug = lesson.page.replace(/^lessons\//, '').replace(/\/$/, '');
  const plan = planOf(lesson.file);
  const answers = [
    ...Object.values(plan.tries).flat(),
    ...plan.discuss.map((d) => d.answer),
    plan.exit.answer,
  ];

  test.describe(`${lesson.file} worksheet`, () => {
    test(
      'prints on A4 and Letter in at most two pages, every question in it, no answer',
      ANY_BASE,
      async ({ page }) => {
        const tasks = await tryTaskTexts(page, lesson.page);
        const taskCount = Object.values(plan.tries).flat().length;
        expect(tasks, 'one list item per answered task').toHaveLength(taskCount);
        await page.goto(`${lesson.page}worksheet/`);
        await settle(page);
        await expect(page.locator('[data-question="try"]')).toHaveCount(taskCount);
        for (const format of ['A4', 'Letter'] as const) {
          const { pages, text } = await printed(page, format);
          expect(pages, `${format} pages`).toBeLessThanOrEqual(2);
          for (const runs of tasks) for (const run of runs) expect(text, format).toContain(run);
          for (const q of lesson.questions) {
            expect(text).toContain(fold(q.prompt));
            if (q.kind === 'choice')
              for (const c of q.choices) expect(text).toContain(fold(c.text));
          }
          for (const d of plan.discuss) expect(text).toContain(fold(d.question));
          expect(text).toContain(fold(plan.exit.question));
          for (const answer of answers) expect(text).not.toContain(fold(answer).slice(0, 40));
          for (const q of lesson.questions) expect(text).not.toContain(fold(q.explanation));
        }
      },
    );

    test('the teacher’s version has every answer', ANY_BASE, async ({ page }) => {
      await page.goto(`teachers/worksheets/${slug}/`);
      await settle(page);
      const { text } = await printed(page, 'A4');
      for (const answer of answers) expect(text).toContain(fold(answer));
      for (const q of lesson.questions) expect(text).toContain(fold(q.explanation));
      for (const q of lesson.questions.filter((q) => q.kind === 'choice')) {
        await expect(
          page.locator('.ws-right', { hasText: q.choices[q.answer]!.text }).first(),
        ).toContainText('✓');
      }
    });

    test('its QR code decodes to the lesson’s address, which the sheet prints', async ({
      page,
      basePath,
    }) => {
      // jsQR scans the picture in the test's process: 240 px (about 6 px a module) is plenty,
      // and the pixels cross from the page as base64, not as a JSON array of 230,400 numbers.
      test.setTimeout(60_000);
      await page.goto(`${lesson.page}worksheet/`);
      const expected = `${basePath}${lesson.page}`;
      await expect(page.locator('.ws-link')).toHaveText(expected);
      await expect(page.locator('.ws-link')).toHaveAttribute('href', expected);
      const size = 240;
      const pixels64 = await page.locator('.ws-qr svg').evaluate(async (svg, size) => {
        const image = new Image();
        image.src = `data:image/svg+xml,${encodeURIComponent(new XMLSerializer().serializeToString(svg))}`;
        await image.decode();
        const canvas = new OffscreenCanvas(size, size);
        const context = canvas.getContext('2d')!;
        context.drawImage(image, 0, 0, size, size);
        const bytes = context.getImageData(0, 0, size, size).data;
        let binary = '';
        for (let i = 0; i < bytes.length; i += 0x8000)
          binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
        return btoa(binary);
      }, size);
      const pixels = new Uint8ClampedArray(Buffer.from(pixels64, 'base64'));
      expect(pixels.length).toBe(size * size * 4);
      const code = jsQR(pixels, size, size);
      expect(code?.data).toBe(expected);
    });

    test('the lesson links to it', async ({ page, basePath }) => {
      await page.goto(lesson.page);
      await expect(page.getByRole('link', { name: 'Print a worksheet' })).toHaveAttribute(
        'href',
        `${basePath}${lesson.page}worksheet/`,
      );
    });
  });
}

test.describe('worksheet pages on screen', () => {
  const first = lessons[0]!;
  const slug = first.page.replace(/^lessons\//, '').replace(/\/$/, '');

  for (const scheme of ['light', 'dark'] as const) {
    test(`pupil's and teacher's versions: axe-clean, no overflow at 360 px, no script but the offline one (${scheme})`, async ({
      page,
      problems,
    }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.setViewportSize({ width: 360, height: 740 });
      for (const path of [`${first.page}worksheet/`, `teachers/worksheets/${slug}/`]) {
        await page.goto(path);
        await settle(page);
        // No script file, and one inline script: the offline registration every page has.
        expect(await page.locator('script[src]').count(), path).toBe(0);
        const inline = await page.locator('script').allTextContents();
        expect(inline, path).toHaveLength(1);
        expect(inline[0], path).toContain('serviceWorker');
        const overflow = await page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        );
        expect(overflow, path).toBeLessThanOrEqual(0);
        const qr = await page.locator('.ws-qr svg').boundingBox();
        expect(qr!.width).toBeGreaterThanOrEqual(96);
        const print = page.getByRole('button', { name: 'Print' });
        const box = await print.boundingBox();
        expect(box!.height).toBeGreaterThanOrEqual(44);
        const axe = await axeFor(page).analyze();
        expect(axe.violations, path).toEqual([]);
      }
      expectNoProblems(problems);
    });
  }

  test('printed, the site’s header, footer and Print button are gone and the text is black on white', async ({
    page,
  }) => {
    await page.goto(`${first.page}worksheet/`);
    await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
    for (const selector of ['.site-header', '.site-footer', '.ws-actions']) {
      await expect(page.locator(selector)).toBeHidden();
    }
    const colours = await page
      .locator('.ws-text')
      .first()
      .evaluate((el) => ({
        ink: getComputedStyle(el).color,
        paper: getComputedStyle(document.body).backgroundColor,
      }));
    expect(colours.ink).toBe('rgb(0, 0, 0)');
    expect(colours.paper).toBe('rgb(255, 255, 255)');
    const breaks = await page
      .locator('.ws-q')
      .evaluateAll((qs) => qs.map((q) => getComputedStyle(q).breakInside));
    expect(new Set(breaks)).toEqual(new Set(['avoid']));
  });
});

test.describe('teaching plans', () => {
  // Which slide a link opens is the same under any base path: the root project follows every
  // link; the test below checks each link's address under the project's base path.
  test(
    'every demo of every timeline links to the present-mode slide that shows it',
    ANY_BASE,
    async ({ page }) => {
      // One lesson page per demo step (16 of them), each opened in present mode.
      test.setTimeout(180_000);
      await page.goto('teachers/');
      const links = await page.locator('[data-present-link]').evaluateAll((as) =>
        as.map((a) => ({
          island: a.getAttribute('data-present-link')!,
          href: a.getAttribute('href')!,
        })),
      );
      const demos = lessons.flatMap((l) =>
        planOf(l.file).timeline.filter((s) => s.kind === 'demo'),
      );
      expect(links).toHaveLength(demos.length);
      for (const { island, href } of links) {
        await page.goto(href);
        const demo = page.locator(`[id="${island}"]`);
        await expect(demo, href).toBeVisible();
        expect(await demo.evaluate((el) => el.closest('[data-present-off]') === null), href).toBe(
          true,
        );
        await expect(page.locator('[data-present-counter]')).toHaveText(
          new RegExp(`^${/present=(\d+)/.exec(href)?.[1] ?? 1} / `),
        );
      }
    },
  );

  test('the teachers page gives each lesson a 45-minute timeline, answers, misconceptions and worksheets', async ({
    page,
    basePath,
  }) => {
    await page.goto('teachers/');
    for (const lesson of lessons) {
      const plan = planOf(lesson.file);
      const section = page.getByRole('region', {
        name: new RegExp(lesson.title.replace(/[()?]/g, '.')),
      });
      const rows = section.locator('table.timeline tbody tr');
      await expect(rows).toHaveCount(plan.timeline.length);
      await expect(rows.last().locator('th .minutes')).toHaveText(
        `${45 - plan.timeline.at(-1)!.minutes}–45 min`,
      );
      for (const answer of Object.values(plan.tries).flat()) {
        await expect(section).toContainText(fold(answer));
      }
      const presentLinks = await section
        .locator('[data-present-link]')
        .evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
      expect(presentLinks, 'a present-mode link per demo step').toHaveLength(
        plan.timeline.filter((s) => s.kind === 'demo').length,
      );
      const lessonAddress = `${basePath}${lesson.page}`.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      for (const href of presentLinks) {
        expect(href).toMatch(new RegExp(`^${lessonAddress}\\?present(=[\\w-]+)?$`));
      }
      await expect(section.getByRole('heading', { name: 'Common misconceptions' })).toBeVisible();
      await expect(section.getByText(/^Pupils need:/)).toBeVisible();
      const slug = lesson.page.replace(/^lessons\//, '').replace(/\/$/, '');
      await expect(section.getByRole('link', { name: 'Worksheet with answers' })).toHaveAttribute(
        'href',
        `${basePath}teachers/worksheets/${slug}/`,
      );
    }
  });

  test('the course overview prints on one A4 page, with every lesson and both fast-track periods', async ({
    page,
    problems,
  }) => {
    await page.goto('teachers/overview/');
    await settle(page);
    expectNoProblems(problems);
    const { pages, text } = await printed(page, 'A4');
    expect(pages).toBe(1);
    for (const lesson of lessons) expect(text).toContain(fold(lesson.title));
    expect(text).toContain('Period 1:');
    expect(text).toContain('Period 2:');
    expect(text).toContain(`${lessons.length * 45} minutes`);
    const axe = await axeFor(page).analyze();
    expect(axe.violations).toEqual([]);
  });

  test('lesson 2: z follows the slider while it is dragged, so the class predicts before the move', async ({
    page,
  }) => {
    await page.goto('lessons/weights/');
    const lab = page.locator('#pipes');
    const sum = () => lab.locator('output[data-z]').textContent();
    const slider = lab.getByRole('slider', { name: 'Weight w1' });
    const box = await steadyBox(slider);
    const before = await sum();
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width * 0.85, box.y + box.height / 2, { steps: 5 });
    const during = await sum();
    await page.mouse.up();
    expect(before).toBe('1.500');
    expect(during).not.toBe(before);
  });
});
