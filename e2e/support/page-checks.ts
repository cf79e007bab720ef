/**
 * Checks every built page takes, from its one load in smoke.spec.ts.
 */
import type { Page } from '@playwright/test';
import { expect } from './fixtures';

/** One request: its path, resource type and initial priority. */
export interface Fetched {
  url: string;
  type: string;
  priority: string;
}

/** Every request the page makes from now on, with its resource type and initial priority. */
export async function recordRequests(page: Page): Promise<Fetched[]> {
  const fetched: Fetched[] = [];
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  cdp.on('Network.requestWillBeSent', (e) =>
    fetched.push({
      url: new URL(e.request.url).pathname,
      type: e.type ?? '',
      priority: e.request.initialPriority,
    }),
  );
  return fetched;
}

const isKatexFont = (url: string) => /\/_astro\/KaTeX_[\w-]+\.[\w-]+\.woff2$/.test(url);

/**
 * What a page fetches first (scripts/page-hints.mjs): the KaTeX fonts its maths draws with are
 * preloaded, and no other KaTeX font is fetched; the islands' scripts are fetched at low
 * priority, after the stylesheet and fonts. Checked against the requests Chromium makes and
 * the priorities it gives them (DevTools protocol).
 * `fetched` is recorded from before the page's navigation ({@link recordRequests}).
 */
export async function expectFirstFetches(page: Page, fetched: Fetched[]): Promise<void> {
  await page.evaluate(() => document.fonts.ready);
  const preloaded = await page.$$eval('link[rel="preload"][as="font"]', (links) =>
    links.map((l) => new URL((l as HTMLLinkElement).href).pathname),
  );
  const fonts = fetched.filter((f) => isKatexFont(f.url));
  // Every KaTeX font the page's maths needed was preloaded, and every preload was needed.
  expect(new Set(fonts.map((f) => f.url))).toEqual(new Set(preloaded));
  expect(fonts.length, 'each font fetched once').toBe(new Set(fonts.map((f) => f.url)).size);
  const usesMaths = await page.locator('.katex').count();
  if (usesMaths) expect(preloaded.length).toBeGreaterThan(0);
  else expect(preloaded).toEqual([]);
  // Preloads start at High, with the stylesheet, not VeryHigh after the first layout.
  for (const f of fonts) expect(f.priority, f.url).toBe('High');

  const scripts = fetched.filter((f) => f.type === 'Script' && /\/_astro\//.test(f.url));
  const entries = await page.$$eval('script[type="module"][src]', (s) =>
    s.map((e) => new URL((e as HTMLScriptElement).src).pathname),
  );
  for (const src of entries) {
    expect(scripts.find((s) => s.url === src)?.priority, src).toBe('Low');
  }
  const sheet = fetched.find((f) => f.type === 'Stylesheet');
  expect(sheet?.priority).toBe('VeryHigh');
}

/**
 * Text as a reader sees it on a phone: no line of prose or of a demo's numbers ends on an
 * operator ("=", "+", "−", "×", "←"), in plain text or in inline maths. Measured with DOM
 * ranges: the operator and the character after it must sit on the same line. Inline code, bold,
 * italic and linked words are not glued to the word before them. Returns each place where one
 * of these fails, with its context.
 */
export function linesEndingOnOperator(page: Page): Promise<string[]> {
  return page.evaluate(() => {
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
    // Bold, italic and linked words keep the space before them (the build's HTML compression
    // drops a line break between a word and a tag on the next line).
    for (const el of document.querySelectorAll(
      'main p :is(strong, em, a), main li :is(strong, em, a)',
    )) {
      const before = el.previousSibling?.textContent?.at(-1);
      const first = el.textContent?.at(0);
      if (before && first && /[\p{L}\p{N}]/u.test(before) && /\p{L}/u.test(first))
        found.push(
          `glued to ${el.tagName.toLowerCase()}: …${el.previousSibling!.textContent!.slice(-12)}${el.textContent!.slice(0, 20)}`,
        );
    }
    return found;
  });
}
