#!/usr/bin/env node
/**
 * Screenshots a page for a human look: node scripts/screenshot.mjs URL OUT.png [width] [dark]
 * Uses the same Chromium the e2e tests find. SELECTOR=css shoots only the first match
 * (scrolled into view) instead of the full page; HEIGHT=px sets the viewport height.
 * A lesson lays out and paints each block only while it is near the view (content-visibility),
 * so a full-page picture first draws the whole lesson, as the page itself does before a jump
 * (src/components/course/draw-later.ts).
 */
import { chromium } from '@playwright/test';
import { findChromium } from '../e2e/support/find-chromium.mjs';

const [url, out, width = '1280', scheme = 'light'] = process.argv.slice(2);
if (!url || !out) {
  console.error('usage: node scripts/screenshot.mjs URL OUT.png [width] [light|dark]');
  process.exit(2);
}
const browser = await chromium.launch(findChromium().launchOptions);
const page = await browser.newPage({
  viewport: { width: Number(width), height: Number(process.env.HEIGHT ?? 900) },
  colorScheme: scheme === 'dark' ? 'dark' : 'light',
});
await page.goto(url);
await page.waitForLoadState('networkidle');
const selector = process.env.SELECTOR;
if (selector) await page.locator(selector).first().screenshot({ path: out });
else {
  await page.evaluate(() => document.documentElement.classList.add('lesson-drawn'));
  await page.waitForTimeout(1500); // demos that start near the view, now the whole page
  await page.screenshot({ path: out, fullPage: true });
}
await browser.close();
console.log(`wrote ${out}`);
