/**
 * Works offline (issue 11, item 4): after one visit the service worker (scripts/service-worker.mjs)
 * has the whole site, so with the network off every page opens and every lesson's demos work:
 * sliders, the digit pad's forward pass with the cached model, Train with the cached training
 * set, KaTeX's fonts. A new deploy shows the update notice and Reload brings it in; the first
 * install does not. Where service workers are blocked or missing, the site works as before.
 *
 * The other specs run with service workers blocked (playwright.config.ts); these allow them.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { axeFor } from './support/axe';
import type { Locator, Page } from '@playwright/test';
import { expect, expectNoProblems, reach, test } from './support/fixtures';
import { builtPages, courseLessonPages } from './support/built-pages';
import { expectedVerdict, modelOutputs, samples } from './support/digit-oracle';
import { ORACLE, shown } from './support/neuron-maths';

test.use({ serviceWorkers: 'allow' });

/** Waits until the worker has precached the site (it is active) and controls the page. */
async function controlled(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await expect
    .poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null))
    .toBe(true);
}

/** Lets the page finish every load (the favicon comes after "load") before leaving it. */
const quiet = (page: Page) => page.waitForLoadState('networkidle');

/**
 * Counts the page's requests in flight; `settled()` waits until none has been for 300 ms.
 * A demo that writes its state to the address makes Chromium ask for the favicon again,
 * after "networkidle": leaving the page then would abort it, which is not the page failing.
 */
function inFlight(page: Page) {
  const open = new Set<unknown>();
  page.on('request', (r) => open.add(r));
  page.on('requestfinished', (r) => open.delete(r));
  page.on('requestfailed', (r) => open.delete(r));
  return {
    async settled() {
      await quiet(page);
      let quietFor = 0;
      while (quietFor < 300) {
        await page.waitForTimeout(50);
        quietFor = open.size === 0 ? quietFor + 50 : 0;
      }
    },
  };
}

const configOf = async <T>(island: Locator): Promise<T> =>
  JSON.parse((await island.getAttribute('data-config'))!) as T;

/**
 * A NeuronLab as a reader uses it: the first of its bias, weight and input sliders that is
 * there and not locked goes to its end with the End key; z and a must be what the lesson's
 * numbers with that one change give.
 */
async function useNeuronLab(page: Page, lab: Locator): Promise<void> {
  const config = await configOf<{
    inputs: number[];
    weights: number[];
    bias: number;
    activation: string;
  }>(lab);
  const names = [
    'Bias b',
    ...config.weights.map((_, i) => `Weight w${i + 1}`),
    ...config.inputs.map((_, i) => `Input x${i + 1}`),
  ];
  for (const name of names) {
    const slider = lab.getByRole('slider', { name, exact: true });
    if ((await slider.count()) === 0 || (await slider.isDisabled())) continue;
    const before = Number(await slider.inputValue());
    await slider.focus();
    await page.keyboard.press('End');
    const value = Number(await slider.inputValue());
    expect(value, `${name} moved`).not.toBe(before);
    const x = [...config.inputs];
    const w = [...config.weights];
    let b = config.bias;
    const i = Number(name.slice(-1)) - 1;
    if (name === 'Bias b') b = value;
    else if (name.startsWith('Weight')) w[i] = value;
    else x[i] = value;
    const z = w.reduce((sum, wk, k) => sum + wk * x[k]!, b);
    await expect(lab.getByRole('status', { name: 'Weighted sum z' })).toHaveText(shown(z));
    await expect(lab.getByRole('status', { name: 'Activation a' })).toHaveText(
      shown(ORACLE[config.activation]!(z)),
    );
    return;
  }
  throw new Error('This NeuronLab has no slider a reader can move');
}

/** A DigitPad: pick sample 7; the guess is the shipped model's, read from the cached files. */
async function useDigitPad(pad: Locator): Promise<void> {
  await reach(pad);
  const k = 7;
  const select = pad.getByRole('combobox', { name: 'Or pick a sample digit' });
  await expect(select, 'the model and samples loaded').toBeEnabled();
  await select.selectOption(String(k));
  await expect(pad.getByRole('status', { name: "Network's guess" })).toHaveText(
    expectedVerdict(modelOutputs(samples[k]!.pixels)),
  );
}

/** Lesson 8's data and cost, written out (as in e2e/descent-lab.spec.ts). */
const XS = [0, 0.2, 0.4, 0.6, 0.8, 1];
const YS = [0, 0, 0, 1, 1, 1];
function costAndSlopes(w: number, b: number) {
  let [c, dw, db] = [0, 0, 0];
  XS.forEach((x, k) => {
    const a = ORACLE.sigmoid!(w * x + b);
    const delta = (a - YS[k]!) * a * (1 - a);
    c += 0.5 * (a - YS[k]!) ** 2;
    dw += delta * x;
    db += delta;
  });
  return { c: c / 6, dw: dw / 6, db: db / 6 };
}

/** A DescentLab: one step downhill gives the cost of w − η∂C/∂w, b − η∂C/∂b. */
async function useDescentLab(lab: Locator): Promise<void> {
  const { w, b, rate } = await configOf<{ w: number; b: number; rate: number }>(lab);
  const start = costAndSlopes(w, b);
  await lab.getByRole('button', { name: 'Take one step downhill' }).click();
  await expect(lab.getByRole('status', { name: 'Steps taken' })).toHaveText('1');
  const after = costAndSlopes(w - rate * start.dw, b - rate * start.db);
  await expect(lab.getByRole('status', { name: 'Cost C' })).toHaveText(shown(after.c));
}

/** A TrainingLab: Train downloads the training set (from the cache) and the network learns. */
async function useTrainingLab(lab: Locator): Promise<void> {
  await lab.getByRole('button', { name: 'Train', exact: true }).click();
  await expect
    .poll(async () => Number(await lab.getAttribute('data-batches')), { timeout: 15_000 })
    .toBeGreaterThan(20);
  await expect(lab.getByRole('status', { name: 'Held-out accuracy' })).toHaveText(/^\d{1,3}\.\d%$/);
  await lab.getByRole('button', { name: 'Pause', exact: true }).click();
  await expect(lab).toHaveAttribute('data-status', 'paused');
}

/**
 * An ActivationPlot: in view, its chart (chart.js, loaded only near the view) comes from the
 * cache and replaces the static drawing.
 */
async function useActivationPlot(plot: Locator): Promise<void> {
  await expect(plot).toHaveAttribute('data-chart', 'ready');
  await expect(plot.locator('.plot-frame canvas[role="img"]')).toBeVisible();
  await expect(plot.locator('.plot-frame svg.static-plot')).toHaveCount(0);
}

/** Each kind of demo a lesson may have, and how a reader uses the first of its kind there. */
const USES: [string, (page: Page, island: Locator) => Promise<void>][] = [
  ['neuron-lab', useNeuronLab],
  ['activation-plot', (_, island) => useActivationPlot(island)],
  ['digit-pad', (_, island) => useDigitPad(island)],
  ['descent-lab', (_, island) => useDescentLab(island)],
  ['training-lab', (_, island) => useTrainingLab(island)],
];

/** The one page of the authors' gallery the offline walk opens online first. */
const VISITED_AUTHORS_PAGE = 'authors/neuron-lab/';

test('after one visit, every page opens and every lesson’s demos work with the network off', async ({
  page,
  context,
  distDir,
  problems,
}) => {
  test.setTimeout(300_000);
  const requests = inFlight(page);
  await page.goto('');
  await controlled(page);
  // The first install is not an update: no notice.
  await expect(page.locator('[data-update-notice]')).toBeEmpty();
  await requests.settled();
  // The authors' gallery is not precached: a page of it works offline once it was opened.
  await page.goto(VISITED_AUTHORS_PAGE);
  await requests.settled();

  await context.setOffline(true);
  const responses: { url: string; fromWorker: boolean; status: number }[] = [];
  page.on('response', (r) =>
    responses.push({ url: r.url(), fromWorker: r.fromServiceWorker(), status: r.status() }),
  );

  // Every page of the build, at its address (a directory, as links give it); of the authors'
  // gallery, the page opened before.
  const offlinePages = builtPages(distDir).filter(
    (p) => p !== '404.html' && (!p.startsWith('authors/') || p === VISITED_AUTHORS_PAGE),
  );
  for (const path of offlinePages) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(200);
    await expect(page.locator('h1').first(), path).toBeVisible();
    await requests.settled();
  }

  // Every lesson's demos, each kind once per lesson.
  for (const lesson of courseLessonPages(distDir)) {
    await page.goto(lesson);
    let used = 0;
    for (const [tag, use] of USES) {
      const island = page.locator(tag).first();
      if ((await island.count()) === 0) continue;
      await island.scrollIntoViewIfNeeded();
      await use(page, island);
      used++;
    }
    expect(used, `${lesson} has a demo this test can use`).toBeGreaterThan(0);
    // KaTeX's fonts came from the cache and are in use.
    await page.evaluate(() => document.fonts.ready);
    const katexFonts = await page.evaluate(
      () =>
        [...document.fonts].filter((f) => f.family.includes('KaTeX') && f.status === 'loaded')
          .length,
    );
    expect(katexFonts, `${lesson}: KaTeX fonts loaded`).toBeGreaterThan(0);
    await requests.settled();
  }

  // A shared link's state (the query string) opens offline too.
  await page.goto('lessons/bias/?gate.b=-1.5');
  await expect(
    page.locator('neuron-lab#gate').getByRole('slider', { name: 'Bias b', exact: true }),
  ).toHaveValue('-1.5');
  await requests.settled();

  // An address the site does not have gets the 404 page from the cache.
  await page.goto('no-such-page/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('This page does not exist');
  await requests.settled();

  // Everything came from the service worker: pages, scripts, fonts, model, samples, training set.
  const notFromWorker = responses.filter((r) => !r.fromWorker && !r.url.startsWith('data:'));
  expect(notFromWorker, 'responses not from the service worker').toEqual([]);
  expect(responses.filter((r) => r.status !== 200)).toEqual([]);
  const urls = responses.map((r) => r.url);
  expect(urls.filter((u) => u.endsWith('.woff2')).length).toBeGreaterThan(0);
  for (const file of ['digits.json', 'digit-samples.bin', 'digit-train-set.bin.gz']) {
    expect(
      urls.some((u) => u.endsWith(`/models/${file}`)),
      file,
    ).toBe(true);
  }
  expectNoProblems(problems);
});

/** A copy of the build served on a port of its own, so that a test can deploy a new version. */
async function serveCopy(distDir: string, basePath: string) {
  const dir = mkdtempSync(path.join(tmpdir(), 'neuron-lab-offline-'));
  cpSync(distDir, dir, { recursive: true });
  const original = readFileSync(path.join(dir, 'index.html'), 'utf8');
  const server = spawn(
    process.execPath,
    ['scripts/serve.mjs', '--dir', dir, '--port', '0', '--base', basePath],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    server.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const found = /at (http:\/\/\S+)/.exec(out);
      if (found) resolve(found[1]!);
    });
    server.on('exit', (code) => reject(new Error(`the server stopped (${code})`)));
  });
  return {
    url,
    /** Deploys version n: the home page says "Version n", and sw.js has its new revision. */
    deploy(n: number) {
      const html = original.replace('</footer>', `<p>Version ${n}</p></footer>`);
      expect(html).not.toBe(original);
      writeFileSync(path.join(dir, 'index.html'), html);
      const revision = createHash('md5').update(html).digest('hex');
      const swFile = path.join(dir, 'sw.js');
      const sw = readFileSync(swFile, 'utf8');
      const next = sw.replace(/(url:"index\.html",revision:")[0-9a-f]+/, `$1${revision}`);
      expect(next).not.toBe(sw);
      writeFileSync(swFile, next);
    },
    close() {
      server.kill();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

test('a new deploy: the reader is told, may wait, and Reload brings the new version, offline too', async ({
  page,
  context,
  distDir,
  basePath,
}) => {
  test.setTimeout(90_000);
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  const site = await serveCopy(distDir, basePath);
  try {
    await page.goto(site.url);
    await controlled(page);
    const region = page.locator('[data-update-notice]');
    const notice = page.getByRole('status').filter({
      hasText: 'A new version of Neuron Lab is available.',
    });
    const reload = notice.getByRole('button', { name: 'Reload' });
    // Not on the first visit, nor on a reload with nothing new.
    await page.reload();
    await controlled(page);
    await expect(region).toBeEmpty();
    const heading = page.getByRole('heading', { level: 1 });
    const headingBox = await heading.boundingBox();

    site.deploy(2);
    await page.reload();
    await expect(notice).toBeVisible();
    // The reader keeps the version they have until they choose; nothing on the page moved.
    await expect(page.getByText('Version 2')).toHaveCount(0);
    expect(await heading.boundingBox()).toEqual(headingBox);
    const axe = await axeFor(page).include('[data-update-notice]').analyze();
    expect(axe.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);

    // Not now: the notice goes and focus is on the content; it comes back on the next page.
    await notice.getByRole('button', { name: 'Not now' }).click();
    await expect(region).toBeEmpty();
    await expect(page.locator('main')).toBeFocused();
    await page.reload();
    await expect(notice).toBeVisible();

    // In the dark and at 360 px it is inside the window, legible, and nothing scrolls sideways.
    await page.setViewportSize({ width: 360, height: 720 });
    await page.emulateMedia({ colorScheme: 'dark' });
    const box = (await notice.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(360);
    expect(box.y + box.height).toBeLessThanOrEqual(720);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      360,
    );
    const dark = await axeFor(page).include('[data-update-notice]').analyze();
    expect(dark.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
    const reloadBox = (await reload.boundingBox())!;
    expect(reloadBox.height).toBeGreaterThanOrEqual(44);

    // By keyboard: the skip link, then Reload; Enter brings version 2.
    await page.locator('body').press('Tab');
    await page.keyboard.press('Tab');
    await expect(reload).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByText('Version 2')).toBeVisible();
    await expect(region).toBeEmpty();
    expect(
      await page.evaluate(async () => {
        const registration = await navigator.serviceWorker.getRegistration();
        return { waiting: registration?.waiting ?? null, active: !!registration?.active };
      }),
    ).toEqual({ waiting: null, active: true });

    // The new version is the one cached: offline, the home page is version 2.
    await context.setOffline(true);
    await page.reload();
    await expect(page.getByText('Version 2')).toBeVisible();
    await expect(region).toBeEmpty();
    expect(errors).toEqual([]);
  } finally {
    await context.setOffline(false);
    site.close();
  }
});

test.describe('where service workers are blocked', () => {
  test.use({ serviceWorkers: 'block' });

  test('pages and demos work, nothing is registered, nothing is logged', async ({
    page,
    problems,
  }) => {
    await page.goto('');
    await expect(page.getByRole('region', { name: 'Your progress' })).toBeVisible();
    await quiet(page);
    await page.goto('lessons/weights/');
    await useNeuronLab(page, page.locator('neuron-lab').first());
    const registrations = await page.evaluate(async () =>
      'serviceWorker' in navigator ? (await navigator.serviceWorker.getRegistrations()).length : 0,
    );
    expect(registrations).toBe(0);
    await expect(page.locator('[data-update-notice]')).toBeEmpty();
    await quiet(page);
    expectNoProblems(problems);
  });
});

test('in a browser without service workers, pages and demos work and nothing is logged', async ({
  page,
  problems,
}) => {
  await page.addInitScript(() => {
    // As in browsers that lack the API (or hide it, as some private windows do).
    delete (Navigator.prototype as { serviceWorker?: unknown }).serviceWorker;
  });
  await page.goto('lessons/what-a-neuron-holds/');
  expect(await page.evaluate(() => 'serviceWorker' in navigator)).toBe(false);
  await useDigitPad(page.locator('digit-pad').first());
  await quiet(page);
  expectNoProblems(problems);
});
