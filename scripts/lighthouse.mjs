#!/usr/bin/env node
/**
 * npm run lighthouse [-- --dir dist] [--only /,lessons/,teachers/] [--runs 1] [--min 100] [--json]
 *                    [--graph]
 *
 * Lighthouse (the npm package, mobile emulation with its default simulated throttling) over
 * every page of a build, served by scripts/serve.mjs as a static host would (gzip, cached
 * hashed assets), in the system Chromium (CHROME_PATH, default /usr/bin/chromium). Prints each
 * page's four category scores (performance, accessibility, best practices, SEO), with its
 * LCP and TBT and every audit that cost points; with --runs N, each page's median over N runs.
 * Exits 1 when a score is below --min (default 0: report only).
 *
 * --graph prints, for each run, what Lighthouse's simulation (Lantern) put on the paths to
 * first and largest contentful paint: every request and main-thread task of its optimistic and
 * pessimistic graphs with its simulated start and end (ms). FCP and LCP are each the mean of
 * the two graphs' ends, so this shows which request or task decides them (docs/performance.md,
 * Lighthouse, "What decides the score").
 */
import { spawn } from 'node:child_process';
import { parseArgs } from 'node:util';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import * as Lantern from 'lighthouse/core/lib/lantern/lantern.js';
import { builtPages } from '../e2e/support/built-pages.ts';

const { values } = parseArgs({
  options: {
    dir: { type: 'string', default: 'dist' },
    only: { type: 'string' },
    runs: { type: 'string', default: '1' },
    min: { type: 'string', default: '0' },
    port: { type: 'string', default: '4699' },
    json: { type: 'boolean', default: false },
    graph: { type: 'boolean', default: false },
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

/** A request as its URL's path and priority, or a task as "task" and its main trace events. */
function nodeName(node) {
  if (node.type === 'network') {
    const { url, priority } = node.request;
    return `${url.startsWith('data:') ? url.slice(0, 30) : new URL(url).pathname} (${priority})`;
  }
  const shown =
    /^(ParseHTML|Layout|Paint|UpdateLayoutTree|EvaluateScript|v8\.evaluateModule|FunctionCall|TimerFire)$/;
  const names = [...new Set(node.childEvents.map((e) => e.name).filter((n) => shown.test(n)))];
  return `task ${names.join(' + ') || '(other)'}`;
}

/**
 * Prints the simulated FCP and LCP graphs of the run just made. Lantern keeps the node timings
 * of its last simulations by label (Simulator.allNodeTimings).
 */
function printGraphs(lhr) {
  const observed = lhr.audits.metrics.details.items[0];
  console.error(
    `  simulated FCP ${Math.round(lhr.audits['first-contentful-paint'].numericValue)} ms, LCP ${Math.round(lhr.audits['largest-contentful-paint'].numericValue)} ms; observed (unthrottled) first paint at ${Math.round(observed.observedFirstContentfulPaint)} ms`,
  );
  for (const [label, timings] of Lantern.Simulation.Simulator.allNodeTimings) {
    if (!/^(optimistic|pessimistic)(FirstContentfulPaint|LargestContentfulPaint)$/.test(label))
      continue;
    console.error(`  ${label}`);
    const rows = [...timings.entries()].sort((a, b) => a[1].startTime - b[1].startTime);
    for (const [node, t] of rows) {
      const span = `${Math.round(t.startTime)}–${Math.round(t.endTime)}`.padStart(11);
      console.error(`    ${span}  ${nodeName(node)}`);
    }
  }
}

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
      if (values.graph) printGraphs(lhr);
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
