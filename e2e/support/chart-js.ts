import type { Page } from '@playwright/test';

/**
 * chart.js's own error text: any script the page receives that holds it is chart.js, whatever
 * chunk the bundler put it in (its file names change with the code that shares it).
 */
const CHART_JS = 'Canvas is already in use';

/**
 * Watches the scripts a page receives. `loaded()` gives the addresses of those that carry
 * chart.js, once every script received so far has been read.
 */
export function watchChartJs(page: Page): { loaded: () => Promise<string[]> } {
  const reads: Promise<string | undefined>[] = [];
  page.on('response', (response) => {
    if (!/\.m?js(\?|$)/.test(new URL(response.url()).pathname)) return;
    reads.push(
      response
        .text()
        .then((body) => (body.includes(CHART_JS) ? response.url() : undefined))
        .catch(() => undefined),
    );
  });
  return {
    loaded: async () => (await Promise.all(reads)).filter((u): u is string => u !== undefined),
  };
}
