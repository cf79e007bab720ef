#!/usr/bin/env node
/**
 * npm run bench:form-scan [-- --dir dist] [--only lessons/bias/,teachers/] [--rounds 3] [--strip] [--json]
 *
 * What Chromium's own work at DOMContentLoaded and load costs a page: the main-thread time of
 * its renderer observers of those two events (trace events
 * `RenderFrameImpl::DidDispatchDOMContentLoadedEvent` and `RenderFrameImpl::didFinishLoad`),
 * on a 412 × 823 phone at 4× CPU (CDP Emulation.setCPUThrottlingRate), in the system Chromium
 * that Lighthouse uses. No script of the page runs inside them. On a lesson most of it is the
 * browser's form extraction (autofill): for each form and each field it asks whether the
 * field can take focus, which lays out the block that holds it even when that block is not
 * drawn yet (`content-visibility: auto`). docs/performance.md, Lighthouse, "2026-12-02".
 *
 * --strip also measures two copies of the build, made in a temporary folder, interleaved with
 * it in every round: "no fields" (every text field, select, checkbox and radio taken out of
 * each page) and "no fields or forms" (the `<form>` elements turned into `<div>`s as well). The
 * copies are for measuring only: their pages do not work.
 *
 * Pages: the eight lessons, or with --only those whose path starts with one of the prefixes.
 * Prints, per page and build, the median over --rounds loads (ms at 4×) of the two observers
 * together, and of each. Needs a build (npm run build, or --dir).
 */
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import { builtPages } from '../e2e/support/built-pages.ts';
import { median } from './bench/stats.ts';

const { values } = parseArgs({
  options: {
    dir: { type: 'string', default: 'dist' },
    only: { type: 'string' },
    rounds: { type: 'string', default: '3' },
    strip: { type: 'boolean', default: false },
    json: { type: 'boolean', default: false },
  },
});
const OBSERVERS = /^RenderFrameImpl::(DidDispatchDOMContentLoadedEvent|didFinishLoad)$/;
/** A field the form extraction reads: any input but range, hidden and the button kinds; selects; text areas. */
const SCANNED_FIELD =
  /<(?:input\b(?![^>]*\btype="(?:range|hidden|button|submit|reset|image)")[^>]*|select\b[^>]*|textarea\b[^>]*)>/g;

/** A copy of `dir` whose pages in `pages` have their fields (and, with `forms`, forms) taken out. */
function strippedCopy(dir, pages, forms) {
  const out = mkdtempSync(join(tmpdir(), 'form-scan-'));
  cpSync(dir, out, { recursive: true });
  for (const page of pages) {
    const file = join(out, page, 'index.html');
    let html = readFileSync(file, 'utf8')
      .replace(SCANNED_FIELD, '<span hidden>')
      .replace(/<\/(select|textarea)>/g, '</span>');
    if (forms) html = html.replace(/<form\b/g, '<div data-form').replace(/<\/form>/g, '</div>');
    writeFileSync(file, html);
  }
  return out;
}

const prefixes = values.only?.split(',');
const pages = builtPages(values.dir).filter((p) =>
  prefixes ? prefixes.some((x) => p.startsWith(x)) : /^lessons\/[^/]+\/$/.test(p),
);
if (pages.length === 0)
  throw new Error(`no page of ${values.dir} to measure (--only ${values.only})`);
const builds = [{ name: 'as built', dir: values.dir }];
if (values.strip) {
  builds.push({ name: 'no fields', dir: strippedCopy(values.dir, pages, false) });
  builds.push({ name: 'no fields or forms', dir: strippedCopy(values.dir, pages, true) });
}
const servers = builds.map((b, i) => {
  b.port = 4480 + i;
  return spawn(process.execPath, ['scripts/serve.mjs', '--dir', b.dir, '--port', String(b.port)], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
});
await Promise.all(servers.map((s) => new Promise((resolve) => s.stdout.once('data', resolve))));
const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
});

/** One load of `url` at 4×: ms (at 4×) in the DOMContentLoaded and load observers. */
async function observerTime(url) {
  const context = await browser.newContext({
    viewport: { width: 412, height: 823 },
    deviceScaleFactor: 1.75,
    isMobile: true,
    hasTouch: true,
  });
  const page = await context.newPage();
  await (await context.newCDPSession(page)).send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await browser.startTracing(page, { categories: ['devtools.timeline', 'navigation', 'renderer'] });
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForTimeout(1000);
  const events = JSON.parse((await browser.stopTracing()).toString()).traceEvents;
  await context.close();
  const ms = (name) =>
    events
      .filter((e) => e.ph === 'X' && OBSERVERS.test(e.name) && e.name.endsWith(name))
      .reduce((sum, e) => sum + e.dur / 1000, 0);
  const dcl = ms('DidDispatchDOMContentLoadedEvent');
  const load = ms('didFinishLoad');
  return { dcl, load, both: dcl + load };
}

const results = [];
try {
  for (const page of pages) {
    const runs = builds.map(() => []);
    for (let round = 0; round < Number(values.rounds); round++) {
      for (const [i, b] of builds.entries()) {
        runs[i].push(await observerTime(`http://127.0.0.1:${b.port}/${page}`));
      }
    }
    for (const [i, b] of builds.entries()) {
      const row = {
        page: `/${page}`,
        build: b.name,
        both: Math.round(median(runs[i].map((r) => r.both))),
        dcl: Math.round(median(runs[i].map((r) => r.dcl))),
        load: Math.round(median(runs[i].map((r) => r.load))),
        runs: runs[i].map((r) => Math.round(r.both)),
      };
      results.push(row);
      if (!values.json) {
        console.log(
          `${row.page.padEnd(40)} ${b.name.padEnd(19)} ${String(row.both).padStart(4)} ms ` +
            `(DOMContentLoaded ${row.dcl}, load ${row.load}; runs ${row.runs.join(' / ')})`,
        );
      }
    }
  }
} finally {
  await browser.close();
  for (const s of servers) s.kill();
  for (const b of builds.slice(1)) rmSync(b.dir, { recursive: true, force: true });
}
if (values.json) console.log(JSON.stringify(results, null, 2));
