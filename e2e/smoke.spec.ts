/**
 * Every page the build produced loads clean: HTTP 200, no console or page errors, no failed
 * or foreign requests, axe finds nothing, one h1, a title, a lang, a working skip link, and
 * every internal link on it resolves. Runs in both projects (root and sub-path builds).
 */
import AxeBuilder from '@axe-core/playwright';
import { builtPages } from './support/built-pages';
import { expectedPages } from './support/expected-pages';
import { expect, expectNoProblems, settle, test, ANY_BASE } from './support/fixtures';

const pages = expectedPages();

test('the build under test has exactly the pages the sources define', ({ distDir }) => {
  // Every src/pages route, each lesson and each registry island: none missing, none extra
  // (a draft page or a stray file in public/ would show up here).
  expect(builtPages(distDir)).toEqual(pages);
});

for (const pagePath of pages) {
  test.describe(`page /${pagePath}`, () => {
    test('loads clean and passes axe', async ({ page, problems, basePath }) => {
      const response = await page.goto(pagePath);
      expect(response?.status()).toBe(200);
      await settle(page);

      await expect(page).toHaveTitle(/\S/);
      await expect(page.locator('html')).toHaveAttribute('lang', /^[a-z]{2}/);
      await expect(page.locator('h1')).toHaveCount(1);

      // The same markup under any base path: axe reads it once, in the root build.
      if (basePath === '/') {
        const axe = await new AxeBuilder({ page }).analyze();
        expect(axe.violations.map((v) => `${v.id} (${v.impact}): ${v.help}`)).toEqual([]);
      }
      expectNoProblems(problems);
    });

    test('its skip link moves focus to the main content', ANY_BASE, async ({ page }) => {
      await page.goto(pagePath);
      await page.keyboard.press('Tab');
      const skip = page.getByRole('link', { name: 'Skip to content' });
      await expect(skip).toBeFocused();
      await expect(skip).toBeVisible();
      await page.keyboard.press('Enter');
      await expect(page.locator('main')).toBeFocused();
      expect(new URL(page.url()).hash).toBe('#main');
    });

    test('every internal link on it resolves', async ({ page, request, baseURL, basePath }) => {
      await page.goto(pagePath);
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
        const response = await request.get(url);
        expect(response.status(), url).toBe(200);
      }
    });
  });
}
