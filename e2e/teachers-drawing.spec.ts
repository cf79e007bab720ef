/**
 * The teachers page draws its eight lesson plans as the reader nears them (content-visibility:
 * auto on each plan, src/pages/teachers.astro), and that must not show: scrolled through, every
 * plan is where the page drawn whole puts it; a link to a plan, a reload or a change of fragment
 * lands on it; nothing moves while the page loads; without JavaScript it is drawn whole. The
 * oracle is the same page drawn whole (the class `lesson-drawn`).
 */
import type { Page } from '@playwright/test';
import { expect, settle, test, ANY_BASE } from './support/fixtures';
import {
  drawnWhole,
  restingTop,
  restOnWholePage,
  scrollThrough,
  scrollToTopThird,
} from './support/drawing';
import { layoutShifts, recordLayoutShifts } from './support/layout-shifts';

const PAGE = 'teachers/';

/** The document top of every plan, in px. */
const planTops = (page: Page) =>
  page.$$eval('section.plan', (plans) =>
    plans.map((plan) => plan.getBoundingClientRect().top + scrollY),
  );

/** The id of the last plan's heading: the farthest a link can go. */
const lastPlan = (page: Page) =>
  page.$$eval('section.plan > h2[id]', (headings) => headings.at(-1)!.id);

/** Whether the last plan's contents are laid out (not skipped by content-visibility). */
const lastPlanLaidOut = (page: Page) =>
  page.evaluate(() =>
    document
      .querySelector('section.plan:last-of-type > :last-child')!
      .checkVisibility({ contentVisibilityAuto: true }),
  );

for (const width of [375, 1280]) {
  test.describe(`the teachers page at ${width} px`, () => {
    test.use({ viewport: { width, height: 800 } });

    test(
      'far plans wait for the reader, nothing moves while it loads, and scrolled through, each plan is where the whole page puts it',
      ANY_BASE,
      async ({ page }) => {
        await recordLayoutShifts(page);
        await page.goto(PAGE);
        await settle(page);
        expect(await lastPlanLaidOut(page), 'the last plan is not laid out at load').toBe(false);
        expect(await layoutShifts(page)).toEqual([]);
        await scrollThrough(page);
        expect(await lastPlanLaidOut(page)).toBe(true);
        const scrolled = await planTops(page);
        expect(await drawnWhole(page), 'scrolling draws nothing whole').toBe(false);
        await page.evaluate(() => document.documentElement.classList.add('lesson-drawn'));
        const whole = await planTops(page);
        expect(scrolled).toHaveLength(8);
        for (const [i, top] of scrolled.entries())
          expect(top, `plan ${i + 1}`).toBeCloseTo(whole[i]!, 0);
      },
    );

    test('no focus ring is cut off at the edge of its plan', ANY_BASE, async ({ page }) => {
      await page.goto(PAGE);
      await settle(page);
      await page.keyboard.press('Tab'); // keyboard use, so programmatic focus shows the ring
      const { checked, cut } = await page.evaluate(async () => {
        const frame = () => new Promise((done) => requestAnimationFrame(() => done(null)));
        const cuts: string[] = [];
        let count = 0;
        for (const plan of document.querySelectorAll<HTMLElement>('section.plan')) {
          plan.scrollIntoView();
          await frame();
          const planStyle = getComputedStyle(plan);
          if (planStyle.contentVisibility !== 'auto') continue;
          const margin = parseFloat(planStyle.overflowClipMargin) || 0;
          for (const el of plan.querySelectorAll<HTMLElement>('a[href], button, [tabindex="0"]')) {
            // Only what sits within a ring's reach of the plan's edge can be cut.
            const edge = plan.getBoundingClientRect();
            const near = el.getBoundingClientRect();
            const reach = 12;
            if (
              near.left - reach > edge.left &&
              near.right + reach < edge.right &&
              near.top - reach > edge.top &&
              near.bottom + reach < edge.bottom
            )
              continue;
            el.focus();
            el.scrollIntoView({ block: 'center' });
            await frame();
            const style = getComputedStyle(el);
            if (style.outlineStyle === 'none') continue;
            count++;
            const ring = parseFloat(style.outlineOffset) + parseFloat(style.outlineWidth);
            const box = el.getBoundingClientRect();
            const at = plan.getBoundingClientRect();
            const inside =
              box.left - ring >= at.left - margin - 0.5 &&
              box.right + ring <= at.right + margin + 0.5 &&
              box.top - ring >= at.top - margin - 0.5 &&
              box.bottom + ring <= at.bottom + margin + 0.5;
            if (!inside) cuts.push(`${el.tagName} "${el.textContent?.trim().slice(0, 30)}"`);
          }
        }
        return { checked: count, cut: cuts };
      });
      // Each plan's heading link and its first links start at its left edge.
      expect(checked).toBeGreaterThanOrEqual(8);
      expect(cut, "rings reaching outside their plan's paint").toEqual([]);
    });

    test('a link to the last plan and a change of fragment land on it; a reload comes back to the same text', async ({
      page,
    }) => {
      await page.goto(PAGE);
      await settle(page);
      const last = await lastPlan(page);
      const expected = await restOnWholePage(page, last);
      expect(expected).toBeLessThan(400);

      await page.goto(`${PAGE}?from=test#${last}`);
      await settle(page);
      expect(await drawnWhole(page)).toBe(true);
      expect(await restingTop(page, `#${last}`), 'opened at #plan').toBeCloseTo(expected, 0);

      await page.goto(PAGE);
      await settle(page);
      expect(await drawnWhole(page)).toBe(false);
      await page.evaluate((id) => (location.hash = id), last);
      expect(await restingTop(page, `#${last}`), 'a change of fragment').toBeCloseTo(expected, 0);
      expect(await drawnWhole(page)).toBe(true);

      // Scrolled to as a reader does (no fragment in the address), then reloaded.
      await page.goto(PAGE);
      await settle(page);
      await scrollToTopThird(page, last);
      const before = await restingTop(page, `#${last}`);
      expect(await drawnWhole(page)).toBe(false);
      await page.reload();
      await settle(page);
      expect(await drawnWhole(page), 'a reload draws the whole page at once').toBe(true);
      expect(await restingTop(page, `#${last}`), 'reloaded').toBeCloseTo(before, 0);
    });
  });
}

test.describe('the teachers page without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('draws every plan at once', ANY_BASE, async ({ page }) => {
    await page.goto(PAGE);
    await settle(page);
    expect(await lastPlanLaidOut(page)).toBe(true);
    const skipped = await page.$$eval(
      'section.plan',
      (plans) => plans.filter((p) => getComputedStyle(p).contentVisibility !== 'visible').length,
    );
    expect(skipped).toBe(0);
  });
});
