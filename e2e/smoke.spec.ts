/**
 * Every page the build produced, in one load each: it loads clean (HTTP 200, no console or page
 * errors, no failed or foreign requests, one h1, a title, a lang), preloads exactly the KaTeX
 * fonts it draws with and fetches its scripts last, and every internal link on it resolves (in
 * both projects, root and sub-path builds); axe finds nothing, the skip link works, no width
 * from a phone to a projector scrolls sideways, and at 360 px no line ends on an operator (root
 * build only: the markup is the same). The checks are in support/page-checks.ts.
 */
import { axeFor } from './support/axe';
import { builtPages } from './support/built-pages';
import { expectedPages } from './support/expected-pages';
import { expect, expectNoProblems, settle, test } from './support/fixtures';
import { expectFirstFetches, linesEndingOnOperator, recordRequests } from './support/page-checks';

const pages = expectedPages();

test('the build under test has exactly the pages the sources define', ({ distDir }) => {
  // Every src/pages route, each lesson and each registry island: none missing, none extra
  // (a draft page or a stray file in public/ would show up here).
  expect(builtPages(distDir)).toEqual(pages);
});

/**
 * Internal addresses already answered 200 in this worker: most pages share their header,
 * footer and lesson links, so each is requested once per worker, not once per page.
 */
const resolved = new Set<string>();

/** Widths a page must fit without sideways scrolling: a phone, a tablet, a projector. */
const WIDTHS = [360, 768, 1920];

// One load per page does every per-page check (each a step, named in a failure).
for (const pagePath of pages) {
  test(`page /${pagePath}: loads clean, passes every per-page check, and its links resolve`, async ({
    page,
    problems,
    request,
    baseURL,
    basePath,
  }) => {
    test.setTimeout(60_000); // a lesson's axe run alone takes up to 15 s on a busy machine
    // Markup, layout and focus are the same under any base path: the root build checks them,
    // opening each page as a phone does, then widening the window.
    const layoutToo = basePath === '/';
    if (layoutToo) await page.setViewportSize({ width: WIDTHS[0]!, height: 800 });
    const fetched = await recordRequests(page);
    await test.step('loads clean, with a title, a language and one h1', async () => {
      const response = await page.goto(pagePath);
      expect(response?.status()).toBe(200);
      await settle(page);
      await expect(page).toHaveTitle(/\S/);
      await expect(page.locator('html')).toHaveAttribute('lang', /^[a-z]{2}/);
      await expect(page.locator('h1')).toHaveCount(1);
    });

    await test.step('preloads exactly the KaTeX fonts it draws with, and fetches its scripts last', () =>
      expectFirstFetches(page, fetched));

    if (layoutToo) {
      await test.step(`it never scrolls sideways at ${WIDTHS.join(', ')} px, and at 360 px no line ends on an operator`, async () => {
        // Every block drawn: a lesson and the teachers page lay out a far block only as the
        // reader nears it (course/draw-later.ts), and such a block clips what spills out of it,
        // so only the page drawn whole shows what is too wide.
        await page.evaluate(() => document.documentElement.classList.add('lesson-drawn'));
        // Then the window widened, as a phone turned or a window dragged: media queries and
        // the islands' resize observers take the new width.
        for (const width of WIDTHS) {
          await page.setViewportSize({ width, height: 800 });
          const overflow = await page.evaluate(async () => {
            for (let i = 0; i < 2; i++) await new Promise(requestAnimationFrame);
            return document.documentElement.scrollWidth - document.documentElement.clientWidth;
          });
          expect(overflow, `/${pagePath} at ${width}px`).toBeLessThanOrEqual(0);
          if (width === 360 && pagePath !== '404.html') {
            expect(
              await linesEndingOnOperator(page),
              'text that breaks at an operator, or is glued to the word before, at 360 px',
            ).toEqual([]);
          }
        }
      });

      await test.step('passes axe, drawn whole, at 1920 px', async () => {
        const axe = await axeFor(page).analyze();
        expect(axe.violations.map((v) => `${v.id} (${v.impact}): ${v.help}`)).toEqual([]);
      });

      await test.step('its skip link moves focus to the main content', async () => {
        await page.keyboard.press('Tab');
        const skip = page.getByRole('link', { name: 'Skip to content' });
        await expect(skip).toBeFocused();
        await expect(skip).toBeVisible();
        await page.keyboard.press('Enter');
        await expect(page.locator('main')).toBeFocused();
        expect(new URL(page.url()).hash).toBe('#main');
      });
    }

    await test.step('every internal link on it resolves, under the base path', async () => {
      const hrefs = await page
        .locator('a[href]')
        .evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
      const origin = new URL(baseURL!).origin;
      const internal = [...new Set(hrefs.map((h) => h.split('#')[0]!))].filter((h) =>
        h.startsWith(origin),
      );
      expect(internal.length).toBeGreaterThan(0);
      for (const url of internal) {
        expect(new URL(url).pathname.startsWith(basePath), `${url} stays under ${basePath}`).toBe(
          true,
        );
        if (resolved.has(url)) continue;
        const response = await request.get(url);
        expect(response.status(), url).toBe(200);
        resolved.add(url);
      }
    });
    expectNoProblems(problems);
  });
}
