/**
 * What a page fetches first (scripts/page-hints.mjs): the KaTeX fonts its maths draws with are
 * preloaded, and no other KaTeX font is fetched; the islands' scripts are fetched at low
 * priority, after the stylesheet and fonts. Checked against the requests Chromium makes and
 * the priorities it gives them (DevTools protocol), on every built page.
 */
import type { Page } from '@playwright/test';
import { DIST, builtPages } from './support/built-pages';
import { expect, settle, test } from './support/fixtures';

interface Fetched {
  url: string;
  type: string;
  priority: string;
}

/** Every request the page makes from now on, with its resource type and initial priority. */
async function recordRequests(page: Page): Promise<Fetched[]> {
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

for (const path of builtPages(DIST)) {
  test(`/${path} preloads exactly the KaTeX fonts it draws with, and fetches its scripts last`, async ({
    page,
  }) => {
    const fetched = await recordRequests(page);
    await page.goto(path);
    await settle(page);
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
  });
}
