/**
 * Typeset maths as a reader sees it: sub- and superscripts smaller than their formula, display
 * formulas inside their column on a phone (scrolling inside their own box if they must), and
 * KaTeX's fonts served by the site itself.
 */
import { DIST, builtPages, pageHtml } from './support/built-pages';
import { expect, settle, test } from './support/fixtures';

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
