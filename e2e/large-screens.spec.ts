/**
 * Lessons on a 1920 px monitor or projector, outside present mode: every demo uses the width
 * beside the table of contents (not the narrow text column) and every label in a demo, the
 * neuron picture's names and numbers included, measures at least 16 px. Text keeps a readable
 * measure. On a phone nothing changes: no sideways scroll at 375 px in dark mode.
 */
import { DIST, courseLessonPages } from './support/built-pages';
import { expect, settle, test } from './support/fixtures';

const lessons = courseLessonPages(DIST);

test.describe('at 1920×1080', () => {
  test.use({ viewport: { width: 1920, height: 1080 } });

  for (const lesson of lessons) {
    test(`${lesson}: demos use the available width, labels are at least 16 px`, async ({
      page,
    }) => {
      await page.goto(lesson);
      await settle(page);
      const m = await page.evaluate(() => {
        const body = document.querySelector('.lesson__body')!.getBoundingClientRect();
        const text = document.querySelector('.lesson__body > p')!.getBoundingClientRect();
        const demos = [...document.querySelectorAll('.lesson__body > .demo')].map(
          (d) => d.getBoundingClientRect().width,
        );
        const labels = [...document.querySelectorAll('.demo label')]
          .filter((l) => l.getClientRects().length > 0)
          .map((l) => ({
            text: l.textContent!.trim(),
            px: parseFloat(getComputedStyle(l).fontSize),
          }));
        // SVG text is drawn at its font size times the picture's scale on screen.
        const svgText = [...document.querySelectorAll('.neuron-svg text')].map((t) => ({
          text: t.textContent!.trim(),
          px: parseFloat(getComputedStyle(t).fontSize) * (t as SVGTextElement).getScreenCTM()!.a,
        }));
        return { body: body.width, text: text.width, demos, labels, svgText };
      });
      // Beside a 14rem table of contents, the column is most of a 1920 px window.
      expect(m.body).toBeGreaterThan(1920 * 0.7);
      for (const width of m.demos) expect(width).toBeGreaterThanOrEqual(m.body - 1);
      // Prose stays at a readable measure: well under the demos' width.
      expect(m.text).toBeLessThan(m.body * 0.6);
      for (const label of [...m.labels, ...m.svgText]) {
        expect(label.px, `"${label.text}"`).toBeGreaterThanOrEqual(16);
      }
    });
  }
});

test.describe('at 375 px in dark mode', () => {
  test.use({ viewport: { width: 375, height: 800 }, colorScheme: 'dark' });

  for (const lesson of lessons) {
    test(`${lesson}: no sideways scroll, demos within the screen`, async ({ page }) => {
      await page.goto(lesson);
      await settle(page);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
        375,
      );
      for (const demo of await page.locator('.lesson__body > .demo').all()) {
        const box = (await demo.boundingBox())!;
        expect(box.x).toBeGreaterThanOrEqual(0);
        expect(box.x + box.width).toBeLessThanOrEqual(375);
      }
    });
  }
});
