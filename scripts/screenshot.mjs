#!/usr/bin/env node
/**
 * Screenshots a page for a human look: node scripts/screenshot.mjs URL OUT.png [width] [dark]
 * Uses the same Chromium the e2e tests find.
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
  viewport: { width: Number(width), height: 900 },
  colorScheme: scheme === 'dark' ? 'dark' : 'light',
});
await page.goto(url);
await page.screenshot({ path: out, fullPage: true });
await browser.close();
console.log(`wrote ${out}`);
