#!/usr/bin/env node
/**
 * npm run bench:network-view [-- --json] [-- --dir DIR]
 *
 * How fast the live network view follows the drawing pad. In headless Chromium, on lesson 7
 * (a DigitPad followed by a NetworkView), the mouse draws digits on the pad with real input
 * events, and for every pointer move the page records: the pointermove, the pad's DIGIT_INPUT
 * event, the moment the view (and any other follower) has finished its work for it, and the
 * end of the first frame painted after the view's redraw (a message posted from inside each
 * animation frame runs just after that frame is painted). Reports medians and 95th
 * percentiles of pointermove → painted, DIGIT_INPUT → painted and the followers' work, at
 * 1× and 4× CPU throttling (CDP Emulation.setCPUThrottlingRate). A baseline run removes the
 * network view first and times the same drawing to the pad's own next painted frame, so the
 * view's share shows as the difference.
 * Needs a build (npm run build, or --dir for another build folder); serves it on 127.0.0.1.
 */
import { spawn } from 'node:child_process';
import { chromium } from '@playwright/test';
import { findChromium } from '../e2e/support/find-chromium.mjs';

const PORT = 4497;
const PAGE = `http://127.0.0.1:${PORT}/lessons/a-network-that-reads-digits/`;
const json = process.argv.includes('--json');
const dirArg = process.argv.indexOf('--dir');
const DIR = dirArg > 0 ? process.argv[dirArg + 1] : 'dist';
/** Digits drawn per run, each as strokes of points in the pad's unit square. */
const ROUNDS = 3;

const server = spawn(
  process.execPath,
  ['scripts/serve.mjs', '--dir', DIR, '--port', String(PORT)],
  { stdio: 'ignore' },
);
await new Promise((resolve) => setTimeout(resolve, 600));

const ring = (cx, cy, rx, ry, n = 48) =>
  Array.from({ length: n + 1 }, (_, k) => [
    cx + rx * Math.sin((2 * Math.PI * k) / n),
    cy - ry * Math.cos((2 * Math.PI * k) / n),
  ]);
const line = (x0, y0, x1, y1, n = 24) =>
  Array.from({ length: n + 1 }, (_, k) => [x0 + ((x1 - x0) * k) / n, y0 + ((y1 - y0) * k) / n]);
const DIGITS = [
  [ring(0.5, 0.5, 0.22, 0.32)], // 0
  [line(0.5, 0.15, 0.52, 0.85, 40)], // 1
  [line(0.25, 0.2, 0.75, 0.2), line(0.75, 0.2, 0.42, 0.85, 32)], // 7
  [ring(0.5, 0.32, 0.17, 0.17, 32), ring(0.5, 0.66, 0.2, 0.19, 32)], // 8
];

/** Runs in the page: records the timeline of every frame while the reader draws. */
function instrument(withView) {
  const view = document.querySelector('network-view#inside');
  if (!withView) view.remove();
  const log = { moves: [], inputs: [], after: [], draws: [], paints: [] };
  const now = () => performance.now();
  addEventListener('pointermove', (e) => e.buttons && log.moves.push(now()), { capture: true });
  addEventListener('digit-pad:input', () => log.inputs.push(now()), { capture: true });
  // Registered after the followers' own listeners, so it runs once they are done.
  document.addEventListener('digit-pad:input', () => log.after.push(now()));
  if (withView) {
    new MutationObserver(() => log.draws.push(now())).observe(view, {
      attributes: true,
      attributeFilter: ['data-frame'],
    });
  }
  const frame = () => {
    requestAnimationFrame(frame);
    const channel = new MessageChannel();
    channel.port1.onmessage = () => log.paints.push(now());
    channel.port2.postMessage(0);
  };
  requestAnimationFrame(frame);
  window.__networkViewLog = log;
}

const quantile = (values, q) => {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))];
};
const firstAtOrAfter = (list, t) => list.find((v) => v >= t);

/** Pairs each pointermove with its DIGIT_INPUT, the followers' end, the redraw and the paint. */
function latencies(log, withView) {
  const out = { move: [], input: [], work: [] };
  // One sample per DIGIT_INPUT: moves coalesced into one frame count once.
  const seen = new Set();
  for (const m of log.moves) {
    const input = firstAtOrAfter(log.inputs, m);
    if (input === undefined || seen.has(input)) continue;
    seen.add(input);
    const after = firstAtOrAfter(log.after, input);
    // Without the view, the pad's own frame: the first paint after the input is handled.
    const draw = withView ? firstAtOrAfter(log.draws, input) : after;
    const paint = draw === undefined ? undefined : firstAtOrAfter(log.paints, draw);
    if (paint === undefined || after === undefined) continue;
    out.move.push(paint - m);
    out.input.push(paint - input);
    out.work.push(after - input);
  }
  return out;
}

const browser = await chromium.launch(findChromium().launchOptions);
const results = [];
try {
  for (const [throttle, withView] of [
    [1, true],
    [1, false],
    [4, true],
    [4, false],
  ]) {
    const page = await browser.newPage({
      viewport: { width: 1280, height: 900 },
      // Measured without the offline cache filling in the background.
      serviceWorkers: 'block',
    });
    const cdp = await page.context().newCDPSession(page);
    await page.goto(PAGE);
    const pad = page.locator('digit-pad#read');
    await pad.locator('[data-clear]').waitFor({ state: 'visible' });
    await page.waitForFunction(() => document.querySelector('network-view#inside[data-frame]'));
    await page.evaluate(instrument, withView);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
    const canvas = pad.locator('[data-pad]');
    await canvas.scrollIntoViewIfNeeded();
    const box = await canvas.boundingBox();
    for (let round = 0; round < ROUNDS; round++) {
      for (const strokes of DIGITS) {
        for (const stroke of strokes) {
          const at = ([x, y]) => [box.x + x * box.width, box.y + y * box.height];
          await page.mouse.move(...at(stroke[0]));
          await page.mouse.down();
          for (const p of stroke.slice(1)) {
            await page.mouse.move(...at(p));
            await page.waitForTimeout(8);
          }
          await page.mouse.up();
        }
        await page.waitForTimeout(50);
        await pad.locator('[data-clear]').click();
      }
    }
    await page.waitForTimeout(100);
    const log = await page.evaluate(() => window.__networkViewLog);
    const { move, input, work } = latencies(log, withView);
    const stat = (values) => ({ median: quantile(values, 0.5), p95: quantile(values, 0.95) });
    results.push({
      throttle,
      page: withView ? 'pad + network view' : 'pad alone',
      samples: move.length,
      moveToPaint: stat(move),
      inputToPaint: stat(input),
      followersWork: stat(work),
    });
    await page.close();
  }
} finally {
  await browser.close();
  server.kill();
}

if (json) {
  console.log(JSON.stringify({ date: new Date().toISOString().slice(0, 10), results }, null, 2));
} else {
  console.log('Drawing on the pad → network view painted (ms; one frame at 60 Hz is 16.7 ms)\n');
  console.log(
    'CPU'.padEnd(5),
    'page'.padEnd(19),
    'frames'.padStart(7),
    '  pointermove→paint',
    '  DIGIT_INPUT→paint',
    '  followers’ work',
  );
  const cell = ({ median, p95 }) => `${median.toFixed(1)} / ${p95.toFixed(1)}`.padStart(19);
  for (const r of results) {
    console.log(
      `${r.throttle}×`.padEnd(5),
      r.page.padEnd(19),
      String(r.samples).padStart(7),
      cell(r.moveToPaint),
      cell(r.inputToPaint),
      cell(r.followersWork).slice(2),
    );
  }
  console.log('\n(median / p95)');
}
