#!/usr/bin/env node
/**
 * npm run bench:digits [-- --per-digit 30] [--seed 7] [--offline] [--json]
 *
 * How well the shipped network reads human-like drawings, through the real drawing pad:
 * synthetic drawings (scripts/bench-digits/templates.ts: several stroke styles per digit,
 * random size from a quarter of the pad to all of it, aspect, slant, rotation, position, pen
 * wobble, pointer-event spacing) are drawn with the mouse on the pad of the built lesson page
 * in headless Chromium, and the pad's verdict is read back from the page. Reports accuracy
 * overall, per digit, per size band and per style, and how often the pad says "not sure".
 *
 * --offline skips the browser: the same drawings go through strokesToInput and the network in
 * Node (the pad's own code path without its events), for quick tuning.
 * Needs a build (npm run build); serves dist/ (or --dir DIR) itself on 127.0.0.1.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import { findChromium } from '../../e2e/support/find-chromium.mjs';
import { argmax } from '../../src/core/network.ts';
import { parseNetwork } from '../../src/core/serialize.ts';
import { strokesToInput } from '../../src/digits/strokes.ts';
import { makeDrawings, type Drawing } from './templates.ts';

const { values } = parseArgs({
  options: {
    'per-digit': { type: 'string', default: '30' },
    seed: { type: 'string', default: '7' },
    offline: { type: 'boolean', default: false },
    json: { type: 'boolean', default: false },
    /** Another build to measure (an older version, for a before/after comparison). */
    dir: { type: 'string', default: 'dist' },
  },
});
const PORT = 4498;
const PAGE = `http://127.0.0.1:${PORT}/lessons/a-network-that-reads-digits/`;
const drawings = makeDrawings(Number(values['per-digit']), Number(values.seed));
const BANDS: [number, number][] = [
  [0.25, 0.4],
  [0.4, 0.6],
  [0.6, 0.8],
  [0.8, 1.0001],
];

interface Reading {
  drawing: Drawing;
  guess: number;
  sure: boolean;
}

/** Reads every drawing in Node: strokes → input → network. */
function readOffline(): Reading[] {
  const net = parseNetwork(readFileSync('public/models/digits.json', 'utf8'));
  return drawings.map((drawing) => ({
    drawing,
    guess: argmax(net.predict(strokesToInput(drawing.strokes))),
    sure: true,
  }));
}

/** Draws every drawing with the mouse on the pad in Chromium and reads the pad's verdict. */
async function readInBrowser(): Promise<Reading[]> {
  const args = ['scripts/serve.mjs', '--port', String(PORT), '--dir', values.dir!];
  const server = spawn(process.execPath, args, {
    stdio: 'ignore',
  });
  await new Promise((resolve) => setTimeout(resolve, 600));
  const browser = await chromium.launch(findChromium().launchOptions);
  try {
    const page = await browser.newPage({
      viewport: { width: 1280, height: 900 },
      // Measured without the offline cache filling in the background.
      serviceWorkers: 'block',
    });
    await page.goto(PAGE);
    const pad = page.locator('digit-pad').first();
    const canvas = pad.locator('[data-pad]');
    await pad.locator('[data-clear]').waitFor({ state: 'visible' });
    await page.waitForFunction(
      () => !document.querySelector('digit-pad [data-clear]')!.hasAttribute('disabled'),
    );
    await canvas.scrollIntoViewIfNeeded();
    const box = (await canvas.boundingBox())!;
    const scale = box.width / 280;
    const readings: Reading[] = [];
    for (const drawing of drawings) {
      await pad.locator('[data-clear]').click();
      for (const stroke of drawing.strokes) {
        const at = (p: { x: number; y: number }) =>
          [box.x + p.x * scale, box.y + p.y * scale] as const;
        await page.mouse.move(...at(stroke[0]!));
        await page.mouse.down();
        for (const p of stroke.slice(1)) await page.mouse.move(...at(p));
        await page.mouse.up();
      }
      const said = await pad.evaluate((el: HTMLElement) => {
        const shown = el.querySelector<HTMLElement>('[data-guess]')!;
        // Builds before the verdict showed the bare digit and were always "sure".
        const guess = el.dataset.guess ?? shown.textContent!.trim();
        return { guess: Number(guess), sure: shown.dataset.sure !== 'false' };
      });
      readings.push({ drawing, ...said });
    }
    return readings;
  } finally {
    await browser.close();
    server.kill();
  }
}

const started = performance.now();
const readings = values.offline ? readOffline() : await readInBrowser();
const seconds = (performance.now() - started) / 1000;

const rate = (list: Reading[]) =>
  list.length === 0 ? NaN : list.filter((r) => r.guess === r.drawing.label).length / list.length;
const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
const perDigit = Array.from({ length: 10 }, (_, d) =>
  rate(readings.filter((r) => r.drawing.label === d)),
);
const perBand = BANDS.map(([lo, hi]) =>
  rate(readings.filter((r) => r.drawing.size >= lo && r.drawing.size < hi)),
);
const styles = [...new Set(readings.map((r) => `${r.drawing.label}.${r.drawing.style}`))].sort();
const perStyle = Object.fromEntries(
  styles.map((s) => [
    s,
    rate(readings.filter((r) => `${r.drawing.label}.${r.drawing.style}` === s)),
  ]),
);
const wrongButSure = readings.filter((r) => r.guess !== r.drawing.label && r.sure).length;
const rightButUnsure = readings.filter((r) => r.guess === r.drawing.label && !r.sure).length;
const summary = {
  mode: values.offline ? 'offline (node)' : 'through the pad (Chromium)',
  drawings: readings.length,
  accuracy: rate(readings),
  perDigit,
  perBand: Object.fromEntries(BANDS.map(([lo, hi], k) => [`${lo}-${Math.min(1, hi)}`, perBand[k]])),
  perStyle,
  wrongButSure,
  rightButUnsure,
  seconds,
};
if (values.json) {
  console.log(JSON.stringify(summary, null, 2));
} else {
  console.log(`${summary.mode}: ${readings.length} drawings in ${seconds.toFixed(0)} s`);
  console.log(`accuracy ${pct(summary.accuracy)} (target ≥ 95%)`);
  console.log(`per digit: ${perDigit.map((r, d) => `${d} ${pct(r)}`).join(', ')}`);
  console.log(
    `per size (larger side / pad side): ${BANDS.map(([lo, hi], k) => `${lo}–${Math.min(1, hi)} ${pct(perBand[k]!)}`).join(', ')}`,
  );
  console.log(
    `styles under 90%: ${
      Object.entries(perStyle)
        .filter(([, r]) => r < 0.9)
        .map(([s, r]) => `${s} ${pct(r)}`)
        .join(', ') || 'none'
    }`,
  );
  if (!values.offline) {
    console.log(`wrong but "sure": ${wrongButSure}; right but "not sure": ${rightButUnsure}`);
  }
}
