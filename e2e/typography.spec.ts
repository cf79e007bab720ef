/**
 * Text as a reader sees it on a phone: no line of prose or of a demo's numbers ends on an
 * operator ("=", "+", "−", "×", "←"), in plain text or in inline maths. Measured with DOM
 * ranges: the operator and the character after it must sit on the same line.
 */
import { DIST, builtPages } from './support/built-pages';
import { expect, settle, test } from './support/fixtures';

const pages = builtPages(DIST).filter((p) => p !== '404.html');

for (const path of pages) {
  test(`no line ends on an operator at 360 px: /${path}`, async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 800 });
    await page.goto(path);
    await settle(page);
    const broken = await page.evaluate(() => {
      const found: string[] = [];
      const walker = document.createTreeWalker(
        document.querySelector('main')!,
        NodeFilter.SHOW_TEXT,
        {
          acceptNode: (n) =>
            n.parentElement!.closest('.katex-mathml, script, style, [hidden], noscript')
              ? NodeFilter.FILTER_REJECT
              : NodeFilter.FILTER_ACCEPT,
        },
      );
      const lineOf = (node: Node, at: number) => {
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + 1);
        const rects = [...range.getClientRects()];
        return rects.length ? Math.round(rects[0]!.top + rects[0]!.height / 2) : undefined;
      };
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const text = n.textContent!;
        for (const m of text.matchAll(/[=+\u2212×←]\s+(?=\S)/g)) {
          const next = m.index + m[0].length;
          const [a, b] = [lineOf(n, m.index), lineOf(n, next)];
          // Far apart vertically (more than half a line): the operator ended a line.
          if (a !== undefined && b !== undefined && Math.abs(a - b) > 8) {
            found.push(text.slice(Math.max(0, m.index - 20), next + 10).replace(/\s+/g, ' '));
          }
        }
      }
      // Inline KaTeX: its pieces (.base) must share one line.
      for (const k of document.querySelectorAll('main .katex')) {
        if (k.closest('.katex-display')) continue;
        const tops = new Set(
          [...k.querySelectorAll('.katex-html > .base')].map((b) =>
            Math.round(b.getBoundingClientRect().top),
          ),
        );
        if (tops.size > 1) found.push(`maths: ${k.querySelector('annotation')?.textContent}`);
      }
      // Inline code is a word of its own: a space (or an opening bracket or quote) before it,
      // and it does not split across lines.
      for (const c of document.querySelectorAll('main p code, main li code')) {
        const before = c.previousSibling?.textContent?.at(-1);
        if (before !== undefined && !/[\s(“‘"'/]/.test(before))
          found.push(`glued to code: …${c.previousSibling!.textContent!.slice(-12)}${c.textContent}`);
        if (c.getClientRects().length > 1) found.push(`code split across lines: ${c.textContent}`);
      }
      return found;
    });
    expect(broken).toEqual([]);
  });
}
