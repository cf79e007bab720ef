#!/usr/bin/env node
/**
 * npm run lighthouse [-- --dir dist] [--only /,lessons/,teachers/] [--runs 1] [--min 100] [--json]
 *
 * Lighthouse (the npm package, mobile emulation with its default simulated throttling) over
 * every page of a build, served by scripts/serve.mjs as a static host would (gzip, cached
 * hashed assets), in the system Chromium (CHROME_PATH, default /usr/bin/chromium). Prints each
 * page's four category scores (performance, accessibility, best practices, SEO), with its
 * LCP and TBT and every audit that cost points; with --runs N, each page's median over N runs.
 * Exits 1 when a score is below --min (default 0: report only).
 */
import { spawn } from 'node:child_process';
import { parseArgs } from 'node:util';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { builtPages } from '../e2e/support/built-pages.ts';

const { values } = parseArgs({
  options: {
    dir: { type: 'string', default: 'dist' },
    only: { type: 'string' },
    runs: { type: 'string', default: '1' },
    min: { type: 'string', default: '0' },
    port: { type: 'string', default: '4699' },
    json: { type: 'boolean', default: false },
  },
});
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const log = (...a) => (values.json ? undefined : console.error(...a));

const median = (v) => {
  const s = [...v].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

// --only a,b: the pages whose path starts with one of these ("lessons/" for every lesson, "" for all).
const prefixes = values.only?.split(',');
const list = builtPages(values.dir).filter(
  (p) => !prefixes || prefixes.some((x) => (x === '/' ? p === '' : p.startsWith(x))),
);
const server = spawn(
  process.execPath,
  ['scripts/serve.mjs', '--dir', values.dir, '--port', values.port],
  { stdio: ['ignore', 'pipe', 'inherit'] },
);
await new Promise((resolve) => server.stdout.once('data', resolve));
const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu'],
});

const results = [];
try {
  for (const page of list) {
    const runs = [];
    for (let r = 0; r < Number(values.runs); r++) {
      const url = `http://127.0.0.1:${values.port}/${page}`;
      const { lhr } = await lighthouse(url, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: CATEGORIES,
      });
      runs.push(lhr);
    }
    const score = (c) => median(runs.map((l) => Math.round((l.categories[c]?.score ?? 0) * 100)));
    const metric = (id) => median(runs.map((l) => l.audits[id]?.numericValue ?? NaN));
    const last = runs.at(-1);
    const lost = Object.values(last.audits)
      .filter(
        (a) =>
          a.score !== null &&
          a.score < 1 &&
          ['binary', 'numeric', 'metricSavings'].includes(a.scoreDisplayMode),
      )
      .map((a) => `${a.id}${a.displayValue ? ` (${a.displayValue})` : ''}`);
    const row = {
      page: `/${page}`,
      ...Object.fromEntries(CATEGORIES.map((c) => [c, score(c)])),
      lcpMs: Math.round(metric('largest-contentful-paint')),
      tbtMs: Math.round(metric('total-blocking-time')),
      lost,
    };
    results.push(row);
    log(
      `${row.page.padEnd(44)} perf ${row.performance}  a11y ${row.accessibility}  bp ${row['best-practices']}  seo ${row.seo}  LCP ${row.lcpMs} ms  TBT ${row.tbtMs} ms`,
    );
    for (const l of lost) log(`    - ${l}`);
  }
} finally {
  await chrome.kill();
  server.kill();
}

if (values.json) console.log(JSON.stringify(results, null, 2));
const low = results.filter((r) => CATEGORIES.some((c) => r[c] < Number(values.min)));
if (low.length) {
  console.error(`${low.length} page(s) below ${values.min}: ${low.map((r) => r.page).join(', ')}`);
  process.exit(1);
}
