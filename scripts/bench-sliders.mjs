#!/usr/bin/env node
/**
 * npm run bench:sliders [-- --json] [-- --island NeuronLab] [-- --port 4499]
 *
 * Input-to-paint time of every slider of every island: for each island the registry
 * (src/components/island/registry.ts) lists with sliders, its authors' gallery page is opened
 * and each slider of its examples is dragged with the mouse from its minimum to its maximum
 * in 200 moves; for each value it takes we time from the input event to the end of the frame
 * that paints it (see startRecording). Reports the median and 95th percentile per slider, the
 * 95th percentile from the pointer event, and the long tasks (> 50 ms) during each drag, with
 * and without 4× CPU throttling. `--island` measures one island.
 * Needs a build (npm run build); serves dist/ itself on 127.0.0.1.
 */
import { spawn } from 'node:child_process';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import { findChromium } from '../e2e/support/find-chromium.mjs';
import { ISLAND_LIST, galleryPath, islandTags } from '../src/components/island/registry.ts';

const STEPS = 200;
const { values } = parseArgs({
  options: {
    json: { type: 'boolean', default: false },
    island: { type: 'string' },
    port: { type: 'string', default: '4499' },
  },
});
const PORT = Number(values.port);
const json = values.json;
const islands = ISLAND_LIST.filter(
  (i) => i.tag && i.sliders && (!values.island || i.name === values.island),
);
if (islands.length === 0) {
  console.error(`No island with sliders is called ${values.island}.`);
  process.exit(1);
}

const server = spawn(process.execPath, ['scripts/serve.mjs', '--port', String(PORT)], {
  stdio: 'ignore',
});
await new Promise((resolve) => setTimeout(resolve, 600));

/**
 * Runs in the page: the sliders of the islands with this tag that are not inside another
 * island (a NeuronLab's own plot is measured with the lab, not as a plot).
 */
function slidersOf([tag, sliders, allTags]) {
  return [...document.querySelectorAll(tag)]
    .filter((host) => !host.parentElement?.closest(allTags))
    .flatMap((host) => [...host.querySelectorAll(sliders)])
    .map((i) => {
      if (!i.id) throw new Error(`A slider in <${tag}> has no id`);
      return {
        selector: `#${i.id}`,
        name: i.labels?.[0]?.textContent?.trim().replace(/\s+/g, ' ') ?? i.id,
      };
    });
}

/**
 * Runs in the page: brings the slider into view and starts recording, for every `input` event
 * it fires, the time from that event's dispatch to the end of the frame that paints its update
 * (`paint`), and from the pointer event that caused it (`pointer`), with the long tasks (over
 * 50 ms, as the browser reports them). Returns the slider's box, for the pointer to drag.
 *
 * A dragged range fires `input` from a pointermove, which Chromium delivers at the start of a
 * frame, before that frame's animation callbacks; a callback requested in the handler runs in
 * the same frame and a message posted from it runs once the frame is painted. So `paint` is
 * the main-thread time from the reader's new value to the picture showing it: the part a page
 * controls. `pointer` adds the wait for the frame to start, which is the browser's, up to a
 * frame.
 */
async function startRecording(selector) {
  const input = document.querySelector(selector);
  input.scrollIntoView({ block: 'center' });
  // The scroll's own repaint is not the slider's: recording starts two frames later.
  for (let k = 0; k < 2; k++) {
    await new Promise((resolve) =>
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = resolve;
        channel.port2.postMessage(0);
      }),
    );
  }
  const record = { paint: [], pointer: [], sameFrame: 0, long: [] };
  const observer = new PerformanceObserver((list) =>
    record.long.push(...list.getEntries().map((e) => e.duration)),
  );
  observer.observe({ type: 'longtask' });
  const controller = new AbortController();
  let pointerAt = NaN;
  addEventListener('pointermove', (e) => (pointerAt = e.timeStamp), {
    capture: true,
    signal: controller.signal,
  });
  input.addEventListener(
    'input',
    () => {
      const dispatched = performance.now();
      const pointer = pointerAt;
      requestAnimationFrame((frameStart) => {
        if (frameStart <= dispatched) record.sameFrame++;
        const channel = new MessageChannel();
        channel.port1.onmessage = () => {
          const painted = performance.now();
          record.paint.push(painted - dispatched);
          record.pointer.push(painted - pointer);
        };
        channel.port2.postMessage(0);
      });
    },
    { capture: true, signal: controller.signal },
  );
  window.__benchStop = () => {
    observer.disconnect();
    controller.abort();
    return record;
  };
  const box = input.getBoundingClientRect();
  return { x: box.x, y: box.y, width: box.width, height: box.height };
}

/** Runs in the page: resolves once the next frame has been painted. */
function afterPaint() {
  return new Promise((resolve) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = resolve;
      channel.port2.postMessage(0);
    }),
  );
}

/**
 * Drags the slider with the mouse (real pointer events through the browser's input pipeline)
 * from its left end to its right end in `steps` moves, one frame apart, and returns the
 * recording.
 */
async function drag(page, selector, steps) {
  const box = await page.evaluate(startRecording, selector);
  await page.evaluate(afterPaint);
  const y = box.y + box.height / 2;
  const left = box.x + 1;
  const width = box.width - 2;
  await page.mouse.move(left, y);
  await page.mouse.down();
  for (let k = 0; k <= steps; k++) {
    await page.mouse.move(left + (width * k) / steps, y);
    await page.evaluate(afterPaint);
  }
  await page.mouse.up();
  // Entries are delivered asynchronously: one more frame lets the last ones arrive.
  await page.evaluate(afterPaint);
  return page.evaluate(() => window.__benchStop());
}

const quantile = (values, q) => {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))];
};

const browser = await chromium.launch(findChromium().launchOptions);
const results = [];
try {
  for (const throttle of [1, 4]) {
    for (const island of islands) {
      const page = await browser.newPage({
        viewport: { width: 1280, height: 900 },
        // Measured without the offline cache filling in the background.
        serviceWorkers: 'block',
      });
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
      const response = await page.goto(`http://127.0.0.1:${PORT}/${galleryPath(island)}`);
      if (!response?.ok()) {
        throw new Error(`${response?.url()} answered ${response?.status()}: is the port taken?`);
      }
      // Upgraded, and (digit islands) the model loaded: its sliders are enabled.
      await page.waitForFunction(
        ([tag, sliders]) =>
          customElements.get(tag) && document.querySelector(`${tag} ${sliders}`) !== null,
        [island.tag, island.sliders],
      );
      // Plots load their chart when they near the view: bring each one in and wait for all,
      // so that no chart arrives during a drag.
      const plots = await page.locator('activation-plot').all();
      for (const plot of plots) {
        await plot.evaluate((p) => p.scrollIntoView({ block: 'center' }));
        await page.waitForFunction((p) => p.dataset.chart === 'ready', await plot.elementHandle());
      }
      const sliders = await page.evaluate(slidersOf, [
        island.tag,
        island.sliders,
        islandTags().join(', '),
      ]);
      for (const { selector, name } of sliders) {
        const { paint, pointer, sameFrame, long } = await drag(page, selector, STEPS);
        if (paint.length < STEPS / 2) {
          throw new Error(`${selector} changed ${paint.length} times in ${STEPS} moves`);
        }
        results.push({
          throttle,
          island: island.name,
          slider: selector.slice(1).replace(/-range$/, ''),
          name,
          inputs: paint.length,
          sameFrame,
          median: quantile(paint, 0.5),
          p95: quantile(paint, 0.95),
          pointerMedian: quantile(pointer, 0.5),
          pointerP95: quantile(pointer, 0.95),
          longTasks: long.length,
          longestTask: long.length ? Math.max(...long) : 0,
        });
      }
      await page.close();
    }
  }
} finally {
  await browser.close();
  server.kill();
}

if (json) {
  console.log(
    JSON.stringify({ date: new Date().toISOString().slice(0, 10), steps: STEPS, results }, null, 2),
  );
} else {
  console.log(
    `Input-to-paint per slider, ${STEPS} pointer moves each (ms; one frame at 60 Hz is 16.7 ms):\n` +
      'from the input event to its frame painted; in brackets, p95 from the pointer event\n',
  );
  console.log(
    'slider'.padEnd(16),
    'median'.padStart(8),
    'p95'.padStart(8),
    '(ptr)'.padStart(7),
    ' | 4× slower CPU:',
    'median'.padStart(8),
    'p95'.padStart(8),
    '(ptr)'.padStart(7),
    'long tasks'.padStart(11),
    'longest'.padStart(8),
  );
  const plain = results.filter((r) => r.throttle === 1);
  for (const r of plain) {
    const slow = results.find(
      (s) => s.throttle === 4 && s.island === r.island && s.slider === r.slider,
    );
    console.log(
      r.slider.padEnd(16),
      r.median.toFixed(1).padStart(8),
      r.p95.toFixed(1).padStart(8),
      `(${r.pointerP95.toFixed(0)})`.padStart(7),
      ' |               ',
      (slow?.median ?? NaN).toFixed(1).padStart(8),
      (slow?.p95 ?? NaN).toFixed(1).padStart(8),
      `(${(slow?.pointerP95 ?? NaN).toFixed(0)})`.padStart(7),
      String(slow?.longTasks ?? NaN).padStart(11),
      (slow?.longestTask ?? NaN).toFixed(0).padStart(8),
    );
  }
  const all = (t) => results.filter((r) => r.throttle === t);
  const worst = (t, key) => Math.max(...all(t).map((r) => r[key]));
  console.log(
    `\nWorst slider: median ${worst(1, 'median').toFixed(1)} ms, p95 ${worst(1, 'p95').toFixed(1)} ms; with 4× throttling: median ${worst(4, 'median').toFixed(1)} ms, p95 ${worst(4, 'p95').toFixed(1)} ms, longest task ${worst(4, 'longestTask').toFixed(0)} ms (${all(4).reduce((n, r) => n + r.longTasks, 0)} long tasks in all)`,
  );
}
