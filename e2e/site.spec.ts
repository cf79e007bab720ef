/** The site as a whole: home, lesson page, 404, layout across widths, dark mode and print. */
import { DIST, courseLessonPages, pageHtml } from './support/built-pages';
import { expect, settle, test } from './support/fixtures';

// A published lesson with display maths, to check the KaTeX output.
const lessonPage = courseLessonPages(DIST).find((p) =>
  pageHtml(DIST, p).includes('class="katex-display"'),
)!;

test('the home page lists each lesson with its number, minutes and objectives', async ({
  page,
}) => {
  await page.goto('');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/neuron/i);
  const lessons = page.locator('#lessons ol > li');
  expect(await lessons.count()).toBeGreaterThan(0);
  const first = lessons.first();
  await expect(first.getByRole('link')).toHaveAccessibleName(/^Lesson 1: \S/);
  await expect(first).toContainText(/\d+ min/);
  expect(await first.getByRole('list').getByRole('listitem').count()).toBeGreaterThan(0);
});

test("the home page's only JavaScript is the progress panel and the offline registration", async ({
  page,
}) => {
  const scripts: string[] = [];
  page.on('request', (r) => {
    if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname);
  });
  await page.goto('');
  await settle(page);
  // Its own module (npm run budget holds it to 8 KB gzipped) and the chunks it imports.
  expect(scripts.length).toBeGreaterThan(0);
  for (const script of scripts) expect(script).toMatch(/\/_astro\/[\w.-]+\.js$/);
  await expect(page.locator('script[src]')).toHaveCount(1);
  await expect(page.locator('script[src]')).toHaveAttribute('src', /ProgressPanel/);
  // The service worker's registration and update notice (src/components/offline/), inline.
  await expect(page.locator('script:not([src])')).toHaveCount(1);
  expect(await page.locator('script:not([src])').textContent()).toContain('SKIP_WAITING');
  expect(await page.evaluate(() => !!customElements.get('progress-panel'))).toBe(true);
});

test('a lesson page shows its place, objectives, contents, maths and neighbours', async ({
  page,
}) => {
  const scripts: string[] = [];
  page.on('request', (r) => {
    if (r.resourceType() === 'script') scripts.push(r.url());
  });
  await page.goto(lessonPage);
  await expect(page.getByText(/^Lesson \d+ of \d+/)).toBeVisible();
  await expect(page.getByRole('region', { name: 'In this lesson you will' })).toBeVisible();

  const toc = page.getByRole('navigation', { name: 'On this page' });
  const tocLinks = toc.getByRole('link');
  expect(await tocLinks.count()).toBeGreaterThan(1);
  const target = (await tocLinks.first().getAttribute('href'))!;
  await expect(page.locator(target)).toHaveCount(1);

  // KaTeX rendered at build time: markup present, no KaTeX script loaded.
  expect(await page.locator('.katex').count()).toBeGreaterThan(0);
  await expect(page.locator('.katex-display').first()).toBeVisible();
  expect(scripts.filter((s) => /katex/i.test(s))).toEqual([]);

  const pager = page.getByRole('navigation', { name: 'Previous and next lesson' });
  const [, position, total] = (await page.getByText(/^Lesson \d+ of \d+/).textContent())!.match(
    /Lesson (\d+) of (\d+)/,
  )!;
  if (Number(position) < Number(total)) {
    await expect(pager.locator('a[rel="next"]')).toHaveCount(1);
  } else {
    await expect(pager.getByRole('link', { name: /Back to all lessons/ })).toBeVisible();
  }
  if (Number(position) > 1) await expect(pager.locator('a[rel="prev"]')).toHaveCount(1);
  else await expect(pager.getByRole('link', { name: /All lessons/ })).toBeVisible();
});

test('an unknown address answers 404 with a helpful page', async ({ page }) => {
  const response = await page.goto('no-such-lesson/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('This page does not exist');
  await page.getByRole('link', { name: 'the start of the course' }).click();
  await expect(page.locator('#lessons')).toBeVisible();
});

// That no page scrolls sideways, from a phone to a projector, is checked in smoke.spec.ts.

test('lines of lesson text stay a comfortable length on a wide screen', async ({ page }) => {
  await page.setViewportSize({ width: 1920, height: 1000 });
  await page.goto(lessonPage);
  const charactersPerLine = await page
    .locator('article > p')
    .first()
    .evaluate((p) => {
      const probe = document.createElement('span');
      probe.style.cssText = 'position:absolute;visibility:hidden;width:1ch';
      p.append(probe);
      const ch = probe.getBoundingClientRect().width;
      probe.remove();
      return p.getBoundingClientRect().width / ch;
    });
  // A comfortable measure is roughly 45 to 80 characters.
  expect(charactersPerLine).toBeLessThanOrEqual(80);
  expect(charactersPerLine).toBeGreaterThanOrEqual(45);
});

test('dark mode follows the system setting', async ({ page }) => {
  const background = async () =>
    page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  const luminance = (rgb: string) => {
    const [r, g, b] = rgb.match(/\d+/g)!.map(Number);
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
  };
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto(lessonPage);
  expect(luminance(await background())).toBeGreaterThan(200);
  await page.emulateMedia({ colorScheme: 'dark' });
  expect(luminance(await background())).toBeLessThan(50);
});

test('print leaves out the navigation', async ({ page }) => {
  await page.goto(lessonPage);
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('banner')).toBeHidden();
  await expect(page.getByRole('navigation', { name: 'On this page' })).toBeHidden();
  await expect(page.getByRole('navigation', { name: 'Previous and next lesson' })).toBeHidden();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});
