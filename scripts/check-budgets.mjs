#!/usr/bin/env node
/**
 * npm run budget [-- --dir dist]
 *
 * Checks the JavaScript budgets of design.md on a build: a page without demos ships 0 bytes
 * of JavaScript, and no page ships more than 80 KB of it gzipped (its module scripts and
 * everything they import, each file counted once); the trained model and sample digits
 * together stay within 150 KB gzipped; the TrainingLab's training set (fetched only when a
 * reader presses Train) stays within 600 KB gzipped. Prints every total; exits 1 when a
 * budget is broken.
 *
 * Code a page loads only when the reader asks for it (ON_DEMAND: a dynamic import of one of
 * these chunks) is not part of the page's first load; each such chunk with everything it
 * imports that the page has not loaded already is checked against its own budget instead.
 * A page "has demos" when it has the element of an island that ships JavaScript, as the
 * registry (src/components/island/registry.ts) lists them; the authors' gallery is one page per
 * island, so it keeps the readers' budget like any lesson.
 *
 * Three exceptions to "no demos, no JavaScript": the home page's "Your progress" panel
 * (<progress-panel>, src/components/progress/) may ship its script, within 8 KB gzipped;
 * every page carries the small script that registers the offline service worker and shows
 * its update notice (src/components/offline/), within 1.5 KB gzipped (every page must have
 * it); and a long page drawn as the reader nears it (the teachers page) carries the head script
 * that draws it whole when it opens at a place (course/draw-later.ts), within 512 bytes.
 *
 * Stylesheets: a page links at most one (the site's single stylesheet, astro.config.mjs), the
 * one request its first paint waits for besides the page itself.
 *
 * Offline: the service worker's precache (scripts/service-worker.mjs: every page, script,
 * stylesheet, KaTeX woff2 font, model, sample and training file) is what a reader's browser
 * keeps after one visit; its total size must stay within 3 MB, counted as 3,000,000 bytes.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { DRAWN_CLASS } from '../src/components/course/draw-later.ts';
import { islandTags } from '../src/components/island/registry.ts';
import { htmlFiles } from './build-files.mjs';
import { precacheManifest, precacheReport } from './service-worker.mjs';

const LIMIT = 80 * 1024;
/** A page without demos that has the progress panel: that script alone, this small. */
const PROGRESS_LIMIT = 8 * 1024;
const PROGRESS_TAG = /<progress-panel[\s>]/;
/** The offline registration and update notice: on every page, this small. */
const OFFLINE_LIMIT = 1.5 * 1024;
/** Its code, told from other scripts by the message its Reload sends to the waiting worker. */
const OFFLINE_CODE = /SKIP_WAITING/;
/**
 * The head script that draws a long page whole when it opens at a place (course/draw-later.ts
 * `drawAtOnceScript`): the one other script a page without demos may have (the teachers page),
 * told by the class it sets, and this small.
 */
const DRAW_AT_ONCE_CODE = `classList.add(${JSON.stringify(DRAWN_CLASS)})`;
const DRAW_AT_ONCE_LIMIT = 512;
/** Linked stylesheets a page may have: each one blocks the first paint. */
const STYLESHEET_LIMIT = 1;
/** An island's element in a page: the registry's tags of the islands that ship JavaScript. */
const ISLAND_TAG = new RegExp(`<(${islandTags().join('|')})[\\s>]`);
const { values } = parseArgs({ options: { dir: { type: 'string', default: 'dist' } } });
const root = path.resolve(values.dir);

/** Chunks loaded only on a reader's request, with what requests them and their budget. */
const ON_DEMAND = [
  {
    chunk: /^share-panel\.[\w-]+\.js$/,
    what: 'Share panel and QR code (on "Share with a class")',
    limit: 20 * 1024,
  },
  {
    // An ActivationPlot's live chart (chart.js): imported when the plot nears the view.
    chunk: /^plot-chart\.[\w-]+\.js$/,
    what: 'Activation plot chart, chart.js (when a plot nears the view)',
    limit: 60 * 1024,
  },
  {
    // The TrainingLab's live chart (chart.js): imported when the reader presses Train.
    chunk: /^training-chart\.[\w-]+\.js$/,
    what: 'Training chart, chart.js (on Train)',
    limit: 60 * 1024,
  },
];

/** Largest on-demand load seen per ON_DEMAND entry, in gzipped bytes. */
const onDemandBytes = new Map();

/**
 * A script file and everything it imports, as absolute paths; an ON_DEMAND chunk it imports
 * dynamically is left out and collected in `later`.
 */
function closure(file, seen = new Set(), later = new Set()) {
  if (seen.has(file)) return seen;
  seen.add(file);
  const code = readFileSync(file, 'utf8');
  // Static and dynamic imports; the bundler may quote them with backticks.
  for (const [whole, spec] of code.matchAll(/(?:import|from)\s*\(?\s*["'`]([^"'`]+\.js)["'`]/g)) {
    const target = path.resolve(path.dirname(file), spec);
    const dynamic = /^import\s*\(/.test(whole);
    if (dynamic && ON_DEMAND.some((d) => d.chunk.test(path.basename(target)))) {
      later.add(target);
      continue;
    }
    closure(target, seen, later);
  }
  return seen;
}

const gzipped = (files) => [...files].reduce((sum, f) => sum + gzipSync(readFileSync(f)).length, 0);

/** The built file a script src points at, wherever the site's base path is. */
function fileFor(src) {
  const at = src.indexOf('/_astro/');
  if (at < 0) throw new Error(`Unexpected script source ${src}`);
  return path.join(root, src.slice(at + 1));
}

let failed = false;
const rows = [];
for (const page of htmlFiles(root)) {
  const html = readFileSync(page, 'utf8');
  const srcs = [...html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)].map((m) => m[1]);
  const inline = [...html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)]
    .map((m) => m[1])
    .filter((code) => code.trim() !== '');
  const files = new Set();
  const later = new Set();
  for (const src of srcs) for (const f of closure(fileFor(src), new Set(), later)) files.add(f);
  const inlineBytes = (codes) => codes.reduce((sum, code) => sum + gzipSync(code).length, 0);
  const bytes = gzipped(files) + inlineBytes(inline);
  // The offline registration, inline (Astro inlines so small a script) or as a file.
  const offlineFiles = [...files].filter((f) => OFFLINE_CODE.test(readFileSync(f, 'utf8')));
  const offlineBytes =
    inlineBytes(inline.filter((code) => OFFLINE_CODE.test(code))) + gzipped(offlineFiles);
  for (const chunk of later) {
    const entry = ON_DEMAND.find((d) => d.chunk.test(path.basename(chunk)));
    const extra = [...closure(chunk)].filter((f) => !files.has(f));
    onDemandBytes.set(entry, Math.max(onDemandBytes.get(entry) ?? 0, gzipped(extra)));
  }
  const hasIsland = ISLAND_TAG.test(html);
  const rel = path.relative(root, page);
  let verdict = 'ok';
  const hasProgress = PROGRESS_TAG.test(html);
  const drawAtOnceBytes = inlineBytes(inline.filter((code) => code.includes(DRAW_AT_ONCE_CODE)));
  if (!hasIsland && !hasProgress && bytes - offlineBytes - drawAtOnceBytes > 0) {
    verdict =
      'FAIL: a page without demos must ship no JavaScript but the offline registration (and a long one its draw-at-once head script)';
  }
  if (!hasIsland && hasProgress && bytes > PROGRESS_LIMIT) {
    verdict = `FAIL: over the progress panel's ${PROGRESS_LIMIT / 1024} KB budget`;
  }
  if (drawAtOnceBytes > DRAW_AT_ONCE_LIMIT) {
    verdict = `FAIL: draw-at-once head script over its ${DRAW_AT_ONCE_LIMIT} B budget`;
  }
  if (offlineBytes === 0) verdict = 'FAIL: no offline service worker registration';
  if (offlineBytes > OFFLINE_LIMIT) {
    verdict = `FAIL: offline registration over its ${OFFLINE_LIMIT / 1024} KB budget`;
  }
  if (bytes > LIMIT) verdict = `FAIL: over the ${LIMIT / 1024} KB budget`;
  const sheets = [...html.matchAll(/<link\b[^>]*\brel="?stylesheet"?[\s>/]/g)].length;
  if (sheets > STYLESHEET_LIMIT) {
    verdict = `FAIL: ${sheets} linked stylesheets, each blocking the first paint (at most ${STYLESHEET_LIMIT})`;
  }
  if (verdict !== 'ok') failed = true;
  rows.push(
    `${rel.padEnd(40)} ${(bytes / 1024).toFixed(1).padStart(6)} KB gzipped (offline ${(offlineBytes / 1024).toFixed(1)} KB)  ${verdict}`,
  );
}
console.log(
  `JavaScript per page in ${path.relative(process.cwd(), root) || '.'} (budget ${LIMIT / 1024} KB gzipped):`,
);
for (const row of rows.sort()) console.log(`  ${row}`);

for (const [entry, bytes] of onDemandBytes) {
  const verdict = bytes > entry.limit ? `FAIL: over the ${entry.limit / 1024} KB budget` : 'ok';
  if (verdict !== 'ok') failed = true;
  console.log(
    `${entry.what}: at most ${(bytes / 1024).toFixed(1)} KB gzipped more (budget ${entry.limit / 1024} KB)  ${verdict}`,
  );
}

// The trained model and the sample digits travel together to every digit demo.
const MODEL_LIMIT = 150 * 1024;
const modelDir = path.join(root, 'models');
const modelBytes = ['digits.json', 'digit-samples.bin'].reduce(
  (sum, name) => sum + gzipSync(readFileSync(path.join(modelDir, name))).length,
  0,
);
const modelVerdict =
  modelBytes > MODEL_LIMIT ? `FAIL: over the ${MODEL_LIMIT / 1024} KB budget` : 'ok';
console.log(
  `Model and samples: ${(modelBytes / 1024).toFixed(1)} KB gzipped (budget ${MODEL_LIMIT / 1024} KB)  ${modelVerdict}`,
);
if (modelVerdict !== 'ok') failed = true;

// The TrainingLab's digits: downloaded only when a reader presses Train, so a budget of its own.
const TRAIN_SET_LIMIT = 600 * 1024;
// Stored gzipped (scripts/data/train-set-file.ts): its size on disk is its size on the wire.
const trainSetBytes = readFileSync(path.join(modelDir, 'digit-train-set.bin.gz')).length;
const trainSetVerdict =
  trainSetBytes > TRAIN_SET_LIMIT ? `FAIL: over the ${TRAIN_SET_LIMIT / 1024} KB budget` : 'ok';
console.log(
  `Training set (on Train only): ${(trainSetBytes / 1024).toFixed(1)} KB gzipped (budget ${TRAIN_SET_LIMIT / 1024} KB)  ${trainSetVerdict}`,
);
if (trainSetVerdict !== 'ok') failed = true;

// What a reader's browser keeps for offline use: the service worker's precache.
const precache = precacheReport(await precacheManifest(root));
console.log(precache.line);
if (!precache.ok) failed = true;

if (failed) {
  console.error('A budget is broken (see above).');
  process.exit(1);
}
