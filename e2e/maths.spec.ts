/**
 * Typeset maths as a reader sees it: sub- and superscripts smaller than their formula, display
 * formulas inside their column on a phone (scrolling inside their own box if they must), and
 * KaTeX's fonts served by the site itself, cut to the maths' characters (scripts/katex-subset.mjs)
 * and drawing the same pixels as KaTeX's whole fonts.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import nodePath from 'node:path';
import type { Page } from '@playwright/test';
import { DIST, builtPages, pageHtml } from './support/built-pages';
import { expect, settle, test } from './support/fixtures';

const katexFonts = nodePath.join(
  nodePath.dirname(createRequire(import.meta.url).resolve('katex/package.json')),
  'dist/fonts',
);

/** A settled full-page picture of the page's drawn maths alone (all else made invisible). */
async function mathsPicture(page: Page, path: string): Promise<Buffer> {
  await page.goto(path);
  await settle(page);
  // One picture of the whole page: draw every block now (a lesson lays out a far block only
  // as the reader comes near it, course/draw-later.ts).
  await page.evaluate(() => document.documentElement.classList.add('lesson-drawn'));
  await page.addStyleTag({
    content:
      '*, *::before, *::after { visibility: hidden !important; caret-color: transparent !important; }' +
      ' .katex-html, .katex-html * { visibility: visible !important; }',
  });
  await page.evaluate(() => document.fonts.ready);
  // A font that has loaded is drawn at a later frame: wait until two pictures agree.
  let last = await page.screenshot({ fullPage: true, animations: 'disabled' });
  for (let i = 0; i < 10; i++) {
    await page.waitForTimeout(200);
    const next = await page.screenshot({ fullPage: true, animations: 'disabled' });
    if (next.equals(last)) return next;
    last = next;
  }
  throw new Error(`the maths of /${path} kept changing`);
}

/** How many pixels differ between two PNG pictures of the same size (decoded by the page). */
async function differentPixels(page: Page, a: Buffer, b: Buffer): Promise<number> {
  return page.evaluate(
    async ([a64, b64]: [string, string]) => {
      const decode = async (b: string) => {
        const bitmap = await createImageBitmap(
          await (await fetch(`data:image/png;base64,${b}`)).blob(),
        );
        const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
        const context = canvas.getContext('2d')!;
        context.drawImage(bitmap, 0, 0);
        return context.getImageData(0, 0, bitmap.width, bitmap.height);
      };
      const [x, y] = await Promise.all([decode(a64), decode(b64)]);
      if (x.width !== y.width || x.height !== y.height) return Infinity;
      let count = 0;
      for (let i = 0; i < x.data.length; i += 4) {
        if (
          x.data[i] !== y.data[i] ||
          x.data[i + 1] !== y.data[i + 1] ||
          x.data[i + 2] !== y.data[i + 2] ||
          x.data[i + 3] !== y.data[i + 3]
        )
          count++;
      }
      return count;
    },
    [a.toString('base64'), b.toString('base64')] as [string, string],
  );
}

const mathPages = builtPages(DIST).filter((p) => pageHtml(DIST, p).includes('class="katex"'));

test('some pages have formulas', () => {
  expect(mathPages.length).toBeGreaterThan(3);
});

for (const path of mathPages) {
  test(`formulas on /${path} are typeset at the right sizes and fit at 360 px`, async ({
    page,
  }) => {
    const fontRequests: string[] = [];
    page.on('request', (r) => {
      if (/KaTeX_.*\.woff2?$/.test(r.url())) fontRequests.push(r.url());
    });
    await page.setViewportSize({ width: 360, height: 800 });
    await page.goto(path);
    await settle(page);

    const report = await page.evaluate(() => {
      const size = (el: Element) => parseFloat(getComputedStyle(el).fontSize);
      const scripts: { text: string; ratio: number }[] = [];
      for (const sup of document.querySelectorAll('.katex-html .msupsub')) {
        const formula = sup.closest('.katex')!;
        // Every leaf that draws a glyph inside the script, against its formula's size.
        const walker = document.createTreeWalker(sup, NodeFilter.SHOW_TEXT);
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          const text = n.textContent!.replace(/[\u200b\s]/g, '');
          if (!text) continue;
          scripts.push({ text, ratio: size(n.parentElement!) / size(formula) });
        }
      }
      const overflowing: string[] = [];
      for (const display of document.querySelectorAll<HTMLElement>('.katex-display')) {
        const box = display.getBoundingClientRect();
        const column = display.parentElement!.getBoundingClientRect();
        const scrolls = ['auto', 'scroll'].includes(getComputedStyle(display).overflowX);
        const inner = display.querySelector('.katex-html')!.getBoundingClientRect();
        const fitsOrScrolls = inner.width <= box.width + 1 || scrolls;
        if (box.left < column.left - 1 || box.right > column.right + 1 || !fitsOrScrolls) {
          overflowing.push(display.textContent!.slice(0, 60));
        }
      }
      // Inline formulas: on one line (never split after "=" or "+"), inside their block.
      const splitInline: string[] = [];
      const wideInline: string[] = [];
      const displayScrolls: string[] = [];
      for (const inline of document.querySelectorAll<HTMLElement>('.katex')) {
        if (inline.closest('.katex-display')) continue;
        const html = inline.querySelector('.katex-html')!;
        const tops = new Set(
          [...html.querySelectorAll('.base')].map((b) => Math.round(b.getBoundingClientRect().top)),
        );
        if (tops.size > 1) splitInline.push(inline.textContent!.slice(0, 40));
        let block = inline.parentElement!;
        while (getComputedStyle(block).display.startsWith('inline')) block = block.parentElement!;
        const r = inline.getBoundingClientRect();
        const b = block.getBoundingClientRect();
        if (r.right > b.right + 1 || r.left < b.left - 1)
          wideInline.push(inline.textContent!.slice(0, 40));
      }
      for (const display of document.querySelectorAll<HTMLElement>('.katex-display')) {
        if (display.scrollWidth > display.clientWidth + 1) {
          displayScrolls.push(display.textContent!.slice(0, 40));
        }
      }
      return {
        scripts,
        overflowing,
        splitInline,
        wideInline,
        displayScrolls,
        pageWidth: document.documentElement.scrollWidth,
        usesKatexFont: [...document.fonts].some(
          (f) => f.family.replace(/"/g, '').startsWith('KaTeX') && f.status === 'loaded',
        ),
      };
    });

    const tooBig = report.scripts.filter((s) => !(s.ratio < 0.85));
    expect(tooBig, 'scripts rendered at (near) full size').toEqual([]);
    expect(report.overflowing, 'display formulas wider than their column').toEqual([]);
    expect(report.splitInline, 'inline formulas split across lines').toEqual([]);
    expect(report.wideInline, 'inline formulas sticking out of their text').toEqual([]);
    // At text size every display formula of the course fits a 360 px phone without scrolling.
    expect(report.displayScrolls, 'display formulas that need sideways scrolling').toEqual([]);
    expect(report.pageWidth).toBeLessThanOrEqual(360);
    expect(report.usesKatexFont, 'a KaTeX font is loaded').toBe(true);
    for (const url of fontRequests) expect(new URL(url).origin).toBe(new URL(page.url()).origin);
  });
}

for (const path of mathPages) {
  test(`formulas on /${path} draw the same pixels with the site's cut fonts as with KaTeX's whole ones`, async ({
    page,
    browser,
    baseURL,
  }) => {
    await page.setViewportSize({ width: 800, height: 800 });
    const cut = await mathsPicture(page, path);
    // The same page in a fresh context (no font in any cache), each KaTeX font answered by
    // KaTeX's own, whole file.
    const context = await browser.newContext({
      baseURL,
      viewport: { width: 800, height: 800 },
      serviceWorkers: 'block',
    });
    const other = await context.newPage();
    const served: string[] = [];
    await other.route(/\/_astro\/KaTeX_([\w-]+)\.[\w-]+\.woff2$/, (route) => {
      const stem = /KaTeX_([\w-]+)\.[\w-]+\.woff2$/.exec(route.request().url())![1]!;
      served.push(stem);
      return route.fulfill({
        contentType: 'font/woff2',
        body: readFileSync(nodePath.join(katexFonts, `KaTeX_${stem}.woff2`)),
      });
    });
    const whole = await mathsPicture(other, path);
    const fonts = await page.$$eval('link[rel="preload"][as="font"]', (l) => l.length);
    expect(served.length, 'whole fonts served, one per font the page uses').toBe(fonts);
    const differ = cut.equals(whole) ? 0 : await differentPixels(page, cut, whole);
    await context.close();
    expect(differ, 'pixels that differ').toBe(0);
  });
}
