/**
 * Helpers for pages drawn as the reader nears them (course/draw-later.ts: a lesson's blocks,
 * the teachers page's plans), shared by lesson-drawing.spec.ts and teachers-drawing.spec.ts.
 * The oracle is the same page drawn whole (the class `lesson-drawn` on `<html>`).
 */
import type { Page } from '@playwright/test';
import { expect } from './fixtures';

/** Scrolls from top to bottom a screen at a time, two frames at each stop, as a reader. */
export async function scrollThrough(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const frame = () => new Promise((done) => requestAnimationFrame(() => done(null)));
    for (let y = 0; y < document.documentElement.scrollHeight; y += innerHeight * 0.8) {
      scrollTo(0, y);
      await frame();
      await frame();
    }
  });
}

/** Scrolls down half a screen at a time, as a reader, until element `id` is in the top third. */
export async function scrollToTopThird(page: Page, id: string): Promise<void> {
  await page.evaluate(async (id) => {
    const frame = () => new Promise((done) => requestAnimationFrame(() => done(null)));
    const target = document.getElementById(id)!;
    while (target.getBoundingClientRect().top > innerHeight / 3) {
      scrollBy(0, innerHeight * 0.5);
      await frame();
      await frame();
    }
  }, id);
}

/** Where element `id` comes to rest when scrolled to on the page drawn whole (the oracle). */
export const restOnWholePage = (page: Page, id: string) =>
  page.evaluate((id) => {
    document.documentElement.classList.add('lesson-drawn');
    document.getElementById(id)!.scrollIntoView();
    return document.getElementById(id)!.getBoundingClientRect().top;
  }, id);

/** Waits until the element has stopped moving on the screen, then returns its top in the view. */
export async function restingTop(page: Page, selector: string): Promise<number> {
  let last = Number.NaN;
  await expect
    .poll(async () => {
      const top = await page.locator(selector).evaluate((el) => el.getBoundingClientRect().top);
      const still = Math.abs(top - last) < 0.5;
      last = top;
      return still;
    })
    .toBe(true);
  return last;
}

/** Whether the page is drawn whole for good. */
export const drawnWhole = (page: Page) =>
  page.evaluate(() => document.documentElement.classList.contains('lesson-drawn'));
