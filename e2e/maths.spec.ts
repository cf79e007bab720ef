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

/**
 * A settled full-page picture of `page`'s drawn maths alone (all else made invisible): the
 * page has already been given the formulas to draw.
 */
async function mathsPicture(page: Page): Promise<Buffer> {
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
  throw new Error('the maths kept changing');
}

/** Base text sizes the sheet draws every formula at: small print, body text, a projected slide. */
const SHEET_SIZES_PX = [15, 18, 28];

/**
 * Replaces the open page's body (its stylesheet and fonts kept) with every distinct formula of
 * the given built pages, one after another in an 800 px column, once at each of
 * SHEET_SIZES_PX (glyphs are hinted per pixel size): the whole course's maths on one sheet.
 * Returns how many distinct formulas it set.
 */
async function setEveryFormula(page: Page, pages: string[]): Promise<number> {
  const htmls = pages.map((p) => pageHtml(DIST, p));
  return page.evaluate(
    ([htmls, sizes]: [string[], number[]]) => {
      const seen = new Set<string>();
      for (const html of htmls) {
        const doc = new DOMParser().parseFromString(html, 'text/html');
        for (const formula of doc.querySelectorAll('.katex')) seen.add(formula.outerHTML);
      }
      const sheets = sizes.map((px) => {
        const sheet = document.createElement('section');
        sheet.style.cssText = `display:flex;flex-wrap:wrap;gap:12px 24px;align-items:baseline;width:800px;padding:8px;font-size:${px}px`;
        sheet.innerHTML = [...seen].join('');
        return sheet;
      });
      document.body.replaceChildren(...sheets);
      return seen.size;
    },
    [htmls, SHEET_SIZES_PX] as [string[], number[]],
  );
}

/** A KaTeX font face as KaTeX names its file: "Main-Regular", "Main-BoldItalic", "Size3-Regular". */
interface KatexFace {
  stem: string;
  family: string;
  style: string;
  weight: string;
}

/**
 * The page's KaTeX font faces: those loaded (drawn with, or preloaded and used) and those whose
 * stylesheet source is a data: URL (a cut font small enough for Vite to inline).
 */
async function katexFaces(page: Page): Promise<{ loaded: string[]; inlined: KatexFace[] }> {
  return page.evaluate(() => {
    const face = (family: string, style: string, weight: string) => {
      family = family.replace(/"/g, '');
      const bold = weight === 'bold' || Number(weight) >= 600 ? 'Bold' : '';
      const italic = style === 'italic' ? 'Italic' : '';
      const stem = `${family.slice('KaTeX_'.length)}-${bold + italic || 'Regular'}`;
      return { stem, family, style, weight };
    };
    const loaded = [...document.fonts]
      .filter((f) => f.status === 'loaded' && f.family.replace(/"/g, '').startsWith('KaTeX_'))
      .map((f) => face(f.family, f.style, f.weight).stem);
    const inlined: KatexFace[] = [];
    for (const sheet of document.styleSheets) {
      for (const rule of sheet.cssRules) {
        if (!(rule instanceof CSSFontFaceRule)) continue;
        const family = rule.style.getPropertyValue('font-family');
        const src = rule.style.getPropertyValue('src');
        if (!family.replace(/"/g, '').startsWith('KaTeX_') || !/url\(\s*"?data:/.test(src))
          continue;
        inlined.push(
          face(
            family,
            rule.style.getPropertyValue('font-style') || 'normal',
            rule.style.getPropertyValue('font-weight') || 'normal',
          ),
        );
      }
    }
    return { loaded: [...new Set(loaded)].sort(), inlined };
  });
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
    // Measured on the page drawn whole: a lesson lays out a far block only as the reader comes
    // near it (course/draw-later.ts; lesson-drawing.spec.ts checks that a block drawn later is
    // laid out as the page drawn whole has it), and a formula in a block not laid out measures
    // as an empty box.
    await page.evaluate(() => document.documentElement.classList.add('lesson-drawn'));
    await page.evaluate(() => document.fonts.ready);

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
          wideInline.push(
            `${inline.textContent!.slice(0, 40)}: ${Math.round(r.left)}–${Math.round(r.right)} px in <${block.localName} class="${block.className}"> at ${Math.round(b.left)}–${Math.round(b.right)} px`,
          );
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
    // A preload that does not match its use (crossorigin, type) would fetch a font twice.
    expect(fontRequests.length, 'each KaTeX font fetched once').toBe(new Set(fontRequests).size);

    // Every KaTeX font the page draws with, its far blocks included, is one it preloads or one
    // inlined in the stylesheet, so no formula waits for a font found late (KaTeX_Main bold
    // italic is the file Main-BoldItalic).
    const faces = await katexFaces(page);
    const preloaded = await page.$$eval('link[rel=preload][as=font]', (links) =>
      links.map((l) => /KaTeX_([\w-]+)\.[\w-]+\.woff2$/.exec((l as HTMLLinkElement).href)?.[1]),
    );
    const ready = new Set([...preloaded, ...faces.inlined.map((f) => f.stem)]);
    const fonts = { drawn: faces.loaded };
    expect(fonts.drawn.length, 'KaTeX fonts drawn').toBeGreaterThan(0);
    expect(
      fonts.drawn.filter((f) => !ready.has(f)),
      'fonts drawn, neither preloaded nor inlined',
    ).toEqual([]);
  });
}

test("every formula of the course draws the same pixels with the site's cut fonts as with KaTeX's whole ones", async ({
  page,
  browser,
  baseURL,
}) => {
  // Every distinct formula of every built page on one sheet, drawn twice: with the site's
  // fonts, cut to the maths' characters, and (a fresh context, no font in any cache) with each
  // KaTeX font answered by KaTeX's own, whole file. A character missing from a cut font falls
  // back to another font and draws other pixels. The site has one cut of each font for all pages.
  test.setTimeout(90_000);
  const sheetPage = mathPages[0]!;
  // One cut of each font for the whole site: every page with maths links the same stylesheet.
  const sheetOf = (p: string) =>
    /<link rel="stylesheet" href="([^"]+)"/.exec(pageHtml(DIST, p))?.[1];
  for (const p of mathPages) expect(sheetOf(p), `/${p}'s stylesheet`).toBe(sheetOf(sheetPage));
  const fontStem = /\/_astro\/KaTeX_([\w-]+)\.[\w-]+\.woff2$/;
  const cutFonts = new Set<string>();
  page.on('request', (r) => {
    const stem = fontStem.exec(r.url())?.[1];
    if (stem) cutFonts.add(stem);
  });
  await page.setViewportSize({ width: 816, height: 800 });
  await page.goto(sheetPage);
  await settle(page);
  const formulas = await setEveryFormula(page, mathPages);
  expect(formulas, 'distinct formulas on the sheet').toBeGreaterThan(100);
  const cut = await mathsPicture(page);

  const context = await browser.newContext({
    baseURL,
    viewport: { width: 816, height: 800 },
    serviceWorkers: 'block',
  });
  const other = await context.newPage();
  const served = new Set<string>();
  await other.route(fontStem, (route) => {
    const stem = fontStem.exec(route.request().url())![1]!;
    served.add(stem);
    return route.fulfill({
      contentType: 'font/woff2',
      body: readFileSync(nodePath.join(katexFonts, `KaTeX_${stem}.woff2`)),
    });
  });
  // A cut font small enough is inlined into the stylesheet as a data: URL (Vite's asset
  // inlining); a later @font-face of the same family and style takes its place here.
  await other.route(/\/__whole-katex\/KaTeX_[\w-]+\.woff2$/, (route) => {
    const stem = /KaTeX_([\w-]+)\.woff2$/.exec(route.request().url())![1]!;
    served.add(stem);
    return route.fulfill({
      contentType: 'font/woff2',
      body: readFileSync(nodePath.join(katexFonts, `KaTeX_${stem}.woff2`)),
    });
  });
  await other.goto(sheetPage);
  await settle(other);
  const { inlined } = await katexFaces(other);
  for (const { stem, family, style, weight } of inlined) {
    await other.addStyleTag({
      content: `@font-face{font-family:${family};font-style:${style};font-weight:${weight};src:url(/__whole-katex/KaTeX_${stem}.woff2) format("woff2")}`,
    });
  }
  await setEveryFormula(other, mathPages);
  const whole = await mathsPicture(other);
  for (const stem of [...cutFonts, ...inlined.map((f) => f.stem)]) {
    expect(served.has(stem), `KaTeX's whole ${stem} drawn in place of the site's cut one`).toBe(
      true,
    );
  }
  expect(served.size, 'KaTeX fonts the course uses').toBeGreaterThan(3);
  const differ = cut.equals(whole) ? 0 : await differentPixels(page, cut, whole);
  await context.close();
  expect(differ, 'pixels that differ').toBe(0);
});
