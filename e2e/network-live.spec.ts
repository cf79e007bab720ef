/**
 * The live network view of lesson 7: it lights up as the reader draws on the pad, draws its
 * connections without any selection, lets go of a selection on Escape or a second click, is
 * usable by keyboard and screen reader, follows dark mode and fits a 360 px phone.
 */
import { readFileSync } from 'node:fs';
import { axeFor } from './support/axe';
import type { Locator, Page } from '@playwright/test';
import { parseNetwork } from '../src/core/serialize.ts';
import { decodeSamples } from '../src/digits/samples.ts';
import { contrast, type RGB } from './support/colour';
import { ANY_BASE, expect, expectNoProblems, reach, steadyBox, test } from './support/fixtures';
import { ORACLE, shown } from './support/neuron-maths';

const LESSON = 'lessons/a-network-that-reads-digits/';
const model = parseNetwork(readFileSync('public/models/digits.json', 'utf8'));
const samples = decodeSamples(readFileSync('public/models/digit-samples.bin'));

/** Every layer's activations a⁽⁰⁾ … a⁽³⁾ of the shipped model, with the maths written out. */
function forward(pixels: ArrayLike<number>): number[][] {
  const out = [Array.from(pixels)];
  for (const layer of model.layers) {
    const a = out.at(-1)!;
    out.push(
      Array.from({ length: layer.outputSize }, (_, i) => {
        let z = layer.biases[i]!;
        for (let j = 0; j < layer.inputSize; j++)
          z += layer.weights[i * layer.inputSize + j]! * a[j]!;
        return ORACLE.sigmoid!(z);
      }),
    );
  }
  return out;
}

/** w_ij · a_j into neuron i of layer l (1 … 3), strongest |w·a| first. */
function contributions(acts: number[][], l: number, i: number): { j: number; c: number }[] {
  const layer = model.layers[l - 1]!;
  return acts[l - 1]!.map((a, j) => ({ j, c: layer.weights[i * layer.inputSize + j]! * a, a }))
    .filter((x) => x.a !== 0)
    .sort((p, q) => Math.abs(q.c) - Math.abs(p.c));
}

/**
 * How many edges the view should stroke with nothing selected, by its rule: into each first
 * hidden neuron the `perNeuron` strongest input signals (8 at rest, 4 while the input keeps
 * changing); in later layers every edge; of those, the ones whose |w·a| is more than 1/12 of
 * the strongest of their layer.
 */
function expectedEdges(acts: number[][], perNeuron = 8): number {
  let count = 0;
  for (let l = 1; l <= 3; l++) {
    const signals = Array.from({ length: model.layers[l - 1]!.outputSize }, (_, i) =>
      contributions(acts, l, i)
        .slice(0, l === 1 ? perNeuron : undefined)
        .map((x) => Math.abs(x.c)),
    ).flat();
    const max = Math.max(...signals);
    count += signals.filter((s) => s / max > 1 / 12).length;
  }
  return count;
}

const pad = (page: Page) => page.locator('digit-pad#read');
const view = (page: Page) => page.locator('network-view#inside');

/**
 * Opens lesson 7 and reaches both islands (they start near the view) once they are ready,
 * recording the pad's last DIGIT_INPUT.
 */
async function open(page: Page): Promise<void> {
  await page.goto(LESSON);
  await reach(pad(page), view(page));
  await expect(pad(page).getByRole('button', { name: 'Clear' })).toBeEnabled();
  await expect(view(page)).toHaveAttribute('data-frame', /\d/);
  await page.evaluate(() =>
    addEventListener(
      'digit-pad:input',
      (e) => {
        const w = window as unknown as { lastInput: number[] };
        w.lastInput = Array.from((e as CustomEvent<{ input: Float64Array }>).detail.input);
      },
      { capture: true },
    ),
  );
}

/** Draws a 7 on the pad with the mouse: a bar, then a diagonal. */
async function drawSeven(page: Page): Promise<void> {
  const canvas = pad(page).locator('[data-pad]');
  const box = await steadyBox(canvas);
  const at = (x: number, y: number) =>
    page.mouse.move(box.x + x * box.width, box.y + y * box.height);
  await at(0.25, 0.2);
  await page.mouse.down();
  for (let t = 0; t <= 1; t += 0.05) await at(0.25 + 0.5 * t, 0.2);
  for (let t = 0; t <= 1; t += 0.05) await at(0.75 - 0.33 * t, 0.2 + 0.65 * t);
  await page.mouse.up();
}

/** The 42 neuron buttons' accessible names, in order (the digit beside an output is aria-hidden). */
const neuronNames = (v: Locator) =>
  v.locator('button[data-neuron]').evaluateAll((bs) =>
    bs.map((b) =>
      [...b.childNodes]
        .filter((n) => !(n instanceof Element && n.getAttribute('aria-hidden') === 'true'))
        .map((n) => n.textContent!.trim())
        .join(''),
    ),
  );

function expectedNames(acts: number[][]): string[] {
  return [1, 2, 3].flatMap((l) =>
    acts[l]!.map((a, i) => {
      const base = l === 3 ? `Output layer, digit ${i}` : `Hidden layer ${l}, neuron ${i + 1}`;
      return `${base}, activation ${shown(a, 2)}`;
    }),
  );
}

const pickSample = async (page: Page, k: number) => {
  await pad(page).getByRole('combobox', { name: 'Or pick a sample digit' }).selectOption(String(k));
};

test.describe('NetworkView, live', () => {
  test('drawing on the pad lights the network as an independent forward pass does', async ({
    page,
    problems,
  }) => {
    await open(page);
    const before = Number(await view(page).getAttribute('data-frame'));
    // Record when the spoken sentence changes while drawing: at most every 1.5 s.
    await page.evaluate(() => {
      const w = window as unknown as { summaryTimes: number[] };
      w.summaryTimes = [];
      new MutationObserver(() => w.summaryTimes.push(performance.now())).observe(
        document.querySelector('network-view#inside [data-summary]')!,
        { childList: true, characterData: true, subtree: true },
      );
    });
    await drawSeven(page);
    const input = await page.evaluate(
      () => (window as unknown as { lastInput: number[] }).lastInput,
    );
    expect(input.some((x) => x > 0)).toBe(true);
    const acts = forward(input);
    await expect.poll(() => neuronNames(view(page))).toEqual(expectedNames(acts));
    // It redrew while the reader drew, not only at the end.
    expect(Number(await view(page).getAttribute('data-frame')) - before).toBeGreaterThan(10);
    // The input picture shows the pad's input, pixel for pixel.
    const grey = await view(page)
      .locator('[data-input]')
      .evaluate((c: HTMLCanvasElement) =>
        Array.from(
          c
            .getContext('2d')!
            .getImageData(0, 0, 28, 28)
            .data.filter((_, k) => k % 4 === 0),
        ),
      );
    expect(grey).toEqual(input.map((x) => Math.round(255 * x)));
    await expect(view(page)).toHaveAttribute('data-selected-edges', '0');
    await expect(view(page)).toHaveAttribute('data-drawn-edges', String(expectedEdges(acts)));
    const times = await page.evaluate(
      () => (window as unknown as { summaryTimes: number[] }).summaryTimes,
    );
    // The sentence changes at most every 1.5 s, not every frame. Times are taken when the page's
    // observer runs, which a busy machine can delay by a few hundred ms, hence the margin.
    for (let k = 1; k < times.length; k++) expect(times[k]! - times[k - 1]!).toBeGreaterThan(1000);
    expectNoProblems(problems);
  });

  test('while the input changes every frame, frames are lighter and the names wait; at rest, all of it', async ({
    page,
  }) => {
    await open(page);
    const base = samples.find((s) => s.label === 3)!.pixels;
    const steps = 24;
    const inputs = Array.from({ length: steps }, (_, t) =>
      Array.from(base, (x) => (x * (t + 1)) / steps),
    );
    // One input an animation frame, as a reader's drawing sends them; after each, the number
    // of edges stroked, and how many times the neurons' spoken names changed meanwhile.
    const seen = await page.evaluate(async (inputs) => {
      const v = document.querySelector<HTMLElement>('network-view#inside')!;
      let renames = 0;
      const names = new MutationObserver(() => renames++);
      for (const n of v.querySelectorAll('[data-name]'))
        names.observe(n, { childList: true, characterData: true, subtree: true });
      // Every clear of the edge canvas, as the share of its device pixels it covers.
      const canvas = v.querySelector<HTMLCanvasElement>('[data-edges]')!;
      const cleared: number[] = [];
      const ctx = canvas.getContext('2d')!;
      const clearRect = ctx.clearRect;
      ctx.clearRect = function (x, y, w, h) {
        const m = ctx.getTransform();
        const covered =
          Math.min(1, (w * m.a) / canvas.width) * Math.min(1, (h * m.d) / canvas.height);
        cleared.push(x === 0 && y === 0 ? covered : 0);
        return clearRect.call(ctx, x, y, w, h);
      };
      const out: {
        drawn: number;
        renames: number;
        width: number;
        cleared: number[];
        frame: number;
      }[] = [];
      for (const input of inputs) {
        await new Promise(requestAnimationFrame);
        const before = Number(v.dataset.frame);
        const detail = { id: 'read', input: Float64Array.from(input) };
        document.dispatchEvent(new CustomEvent('digit-pad:input', { detail }));
        await Promise.resolve();
        // A frame that already drew (a settle timer delayed by a busy machine draws the full
        // picture of the previous input) leaves this input for the next frame: wait for it.
        for (let wait = 0; Number(v.dataset.frame) === before; wait++) {
          if (wait === 10) throw new Error('the view drew nothing for 10 frames after an input');
          await new Promise(requestAnimationFrame);
        }
        out.push({
          drawn: Number(v.dataset.drawnEdges),
          renames,
          width: canvas.width,
          cleared: cleared.splice(0),
          frame: Number(v.dataset.frame),
        });
      }
      return out;
    }, inputs);
    const full = inputs.map((x) => expectedEdges(forward(x)));
    const light = inputs.map((x) => expectedEdges(forward(x), 4));
    // The first input after a rest gets the full picture; the ones that follow within a frame
    // or two get the lighter one (a frame delayed past 120 ms by a busy machine may be full).
    expect(seen[0]!.drawn).toBe(full[0]);
    seen.forEach(({ drawn }, t) => expect([full[t], light[t]]).toContain(drawn));
    const lightFrames = seen.filter(
      ({ drawn }, t) => t > 0 && drawn === light[t] && light[t] !== full[t],
    );
    expect(lightFrames.length).toBeGreaterThan(steps / 2);
    // Light frames are rasterised at half the resolution (the box on screen stays the same),
    // and every frame first clears all of its canvas, whatever its resolution.
    const [sharp, soft] = await view(page)
      .locator('[data-edges]')
      .evaluate((c) => {
        const css = c.getBoundingClientRect().width * Math.min(devicePixelRatio, 2);
        return [Math.round(css), Math.round(css * 0.5)];
      });
    seen.forEach(({ drawn, width, cleared }, t) => {
      const live = drawn === light[t] && light[t] !== full[t];
      if (live) expect(width).toBe(soft);
      if (t === 0) expect(width).toBe(sharp);
      expect(cleared.length).toBeGreaterThan(0);
      for (const share of cleared) expect(share).toBe(1);
    });
    // The names wait on light frames: from one input to the next, when the view drew only the
    // lighter frame between them, no name changed.
    const lightSteps = seen.filter(
      ({ drawn, frame }, t) =>
        t > 0 && drawn === light[t] && light[t] !== full[t] && frame === seen[t - 1]!.frame + 1,
    );
    expect(lightSteps.length).toBeGreaterThan(steps / 2);
    for (const step of lightSteps) expect(step.renames).toBe(seen[seen.indexOf(step) - 1]!.renames);
    // At rest: the full picture of the last input, and every name says its activation.
    const last = forward(inputs.at(-1)!);
    await expect(view(page)).toHaveAttribute('data-drawn-edges', String(expectedEdges(last)));
    await expect
      .poll(() =>
        view(page)
          .locator('[data-edges]')
          .evaluate((c: HTMLCanvasElement) => c.width),
      )
      .toBe(sharp);
    await expect.poll(() => neuronNames(view(page))).toEqual(expectedNames(last));
  });

  test('edges are drawn with nothing selected: solid blue for +, dashed orange for −', async ({
    page,
  }) => {
    await page.addInitScript(recordStrokes);
    await open(page);
    const k = samples.findIndex((s) => s.label === 3);
    await pickSample(page, k);
    const acts = forward(samples[k]!.pixels);
    await expect(view(page)).toHaveAttribute('data-drawn-edges', String(expectedEdges(acts)));
    await expect(view(page).locator('[aria-pressed="true"]')).toHaveCount(0);
    // All 16·16 + 16·10 later connections are in the faint wiring.
    await expect(view(page)).toHaveAttribute('data-wiring-edges', '416');
    const colours = await edgeColours(view(page));
    expect(colours.positive).toBeGreaterThan(50);
    expect(colours.negative).toBeGreaterThan(50);
    // Every stroke of the last frame: + in the positive colour and solid, − dashed.
    const { positive, negative } = await palette(view(page));
    const hex = (c: RGB) => `#${c.map((v) => v.toString(16).padStart(2, '0')).join('')}`;
    const strokes = await page.evaluate(() => (window as unknown as Recorder).strokes);
    // (A thick dashed edge is several hairlines side by side, so strokes ≥ edges.)
    expect(strokes.length).toBeGreaterThanOrEqual(expectedEdges(acts));
    const solid = strokes.filter((t) => t.colour === hex(positive));
    const dashed = strokes.filter((t) => t.colour === hex(negative));
    expect(solid.length + dashed.length).toBe(strokes.length);
    expect(solid.length).toBeGreaterThan(0);
    expect(dashed.length).toBeGreaterThan(0);
    expect(solid.every((t) => t.dash === 0)).toBe(true);
    expect(dashed.every((t) => t.dash > 0)).toBe(true);
    // Thickness and brightness vary (|w| and |w·a|).
    expect(new Set(strokes.map((t) => t.width)).size).toBeGreaterThan(2);
    expect(new Set(strokes.map((t) => t.alpha)).size).toBeGreaterThan(3);
  });

  test('a second click or Escape lets go of a neuron', async ({ page }) => {
    await open(page);
    await pickSample(page, 0);
    const v = view(page);
    const h4 = v.getByRole('button', { name: /^Hidden layer 1, neuron 4,/ });
    await h4.click();
    await expect(h4).toHaveAttribute('aria-pressed', 'true');
    const inked = samples[0]!.pixels.filter((x) => x !== 0).length;
    await expect(v).toHaveAttribute('data-selected-edges', String(inked));
    await expect(
      v.getByRole('img', {
        name: 'Incoming weights of Hidden layer 1, neuron 4 as a 28 × 28 picture',
      }),
    ).toBeVisible();
    await h4.click();
    await expect(h4).toHaveAttribute('aria-pressed', 'false');
    await expect(v.locator('[data-detail-text]')).toHaveText('No neuron selected.');
    await expect(v.locator('[data-weight-picture]')).toBeHidden();
    await expect(v).toHaveAttribute('data-selected-edges', '0');

    const out3 = v.getByRole('button', { name: /^Output layer, digit 3,/ });
    await out3.click();
    await expect(v.locator('[data-weight-bars] li')).toHaveCount(16);
    await expect(v).toHaveAttribute('data-selected-edges', '16');
    await page.keyboard.press('Escape');
    await expect(out3).toHaveAttribute('aria-pressed', 'false');
    await expect(v.locator('[data-weight-bars]')).toBeHidden();
    await expect(out3).toBeFocused();
  });

  test('keyboard: arrows move, Enter selects, the sentence names the strongest inputs', async ({
    page,
  }) => {
    await open(page);
    const k = samples.findIndex((s) => s.label === 1);
    await pickSample(page, k);
    const acts = forward(samples[k]!.pixels);
    const v = view(page);
    await v.getByRole('button', { name: /^Hidden layer 1, neuron 1,/ }).focus();
    // Right twice reaches the output column at the same height (digit 0); down once: digit 1.
    for (const key of ['ArrowRight', 'ArrowRight', 'ArrowDown', 'Enter'])
      await page.keyboard.press(key);
    const out1 = v.getByRole('button', { name: /^Output layer, digit 1,/ });
    await expect(out1).toBeFocused();
    await expect(out1).toHaveAttribute('aria-pressed', 'true');
    await expect(out1).toHaveAttribute('tabindex', '0');
    expect(await v.locator('button[tabindex="0"]').count()).toBe(1);
    const top = contributions(acts, 3, 1)
      .slice(0, 3)
      .map(({ j, c }) => `neuron ${j + 1} (${c > 0 ? '+' : ''}${shown(c, 2)})`);
    await expect(v.locator('[data-summary]')).toHaveText(
      `Output 1 at ${shown(acts[3]![1]!, 2)}; strongest signals w·a into it, from hidden layer 2: ${top.join(', ')}.`,
    );
    await expect(v.locator('[data-summary]')).toHaveAttribute('aria-live', 'polite');
    await page.keyboard.press('Enter');
    await expect(out1).toHaveAttribute('aria-pressed', 'false');
    // With nothing selected the sentence follows the network's top guess.
    const best = acts[3]!.indexOf(Math.max(...acts[3]!));
    await expect(v.locator('[data-summary]')).toContainText(
      `Output ${best} at ${shown(acts[3]![best]!, 2)} (the network's top guess)`,
    );
  });

  test(
    'axe finds nothing, with and without a selection, light and dark',
    ANY_BASE,
    async ({ page }) => {
      // Four axe runs over the lesson's largest island: give a busy machine time.
      test.slow();
      await open(page);
      await pickSample(page, 5);
      for (const scheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme: scheme });
        const axe = await axeFor(page).include('network-view#inside').analyze();
        expect(axe.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
      }
      await view(page)
        .getByRole('button', { name: /^Hidden layer 2, neuron 3,/ })
        .click();
      const axe = await axeFor(page).include('network-view#inside').analyze();
      expect(axe.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
    },
  );

  test('dark mode: edges redraw in the dark palette, 3:1 against the background', async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await open(page);
    await pickSample(page, 2);
    const light = await palette(view(page));
    await page.emulateMedia({ colorScheme: 'dark' });
    const dark = await palette(view(page));
    expect(dark.positive).not.toEqual(light.positive);
    for (const colours of [light, dark]) {
      for (const sign of ['positive', 'negative'] as const) {
        expect(contrast(colours[sign], colours.background)).toBeGreaterThanOrEqual(3);
      }
    }
    // The canvas was redrawn with the dark colours, and none of the light ones remain.
    await expect
      .poll(async () => (await edgeColours(view(page), dark)).positive)
      .toBeGreaterThan(50);
    const now = await edgeColours(view(page), dark);
    expect(now.negative).toBeGreaterThan(50);
    const stale = await edgeColours(view(page), light);
    expect(stale.positive + stale.negative).toBe(0);
  });

  for (const [scheme, width] of [
    ['light', 1280],
    ['dark', 375],
  ] as const) {
    test(`the layers' titles stay clear of the edges drawn beneath them (${scheme}, ${width} px)`, async ({
      page,
    }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.setViewportSize({ width, height: 900 });
      await open(page);
      await pickSample(page, 5);
      await expect.poll(async () => (await edgeColours(view(page))).positive).toBeGreaterThan(50);
      const titles = view(page).locator('.col-title');
      expect(await titles.count()).toBe(4);
      const edges = view(page).locator('canvas.edges');
      const showEdges = (shown: boolean) =>
        edges.evaluateAll((all, shown) => {
          for (const c of all) (c as HTMLElement).style.visibility = shown ? '' : 'hidden';
        }, shown);
      for (const title of await titles.all()) {
        // The title as it shows on screen is the title with the edges taken away: nothing of
        // them shows among its words.
        // (Inside its box by a pixel: a box at a fractional place shares its edge pixels.)
        await title.scrollIntoViewIfNeeded();
        const box = (await title.boundingBox())!;
        const x = Math.ceil(box.x) + 1;
        const y = Math.ceil(box.y) + 1;
        const clip = {
          x,
          y,
          width: Math.floor(box.x + box.width) - 1 - x,
          height: Math.floor(box.y + box.height) - 1 - y,
        };
        const withEdges = await page.screenshot({ clip, animations: 'disabled' });
        await showEdges(false);
        const without = await page.screenshot({ clip, animations: 'disabled' });
        await showEdges(true);
        expect(withEdges.equals(without), (await title.textContent())!.trim()).toBe(true);
      }
    });
  }

  test('fits a 360 px phone without sideways scrolling; neurons stay 44 px targets', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 360, height: 800 });
    await open(page);
    await pickSample(page, 7);
    const v = view(page);
    await v.scrollIntoViewIfNeeded();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      360,
    );
    const box = (await v.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(360);
    for (const label of ['0', '9']) {
      const digit = v.locator(`[data-neuron="3-${label}"] .digit`);
      const r = (await digit.boundingBox())!;
      expect(r.x + r.width).toBeLessThanOrEqual(box.x + box.width);
    }
    const sizes = await v
      .locator('button[data-neuron]')
      .evaluateAll((bs) => bs.map((b) => Math.min(b.clientWidth, b.clientHeight)));
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(44);
  });
});

test.describe('NetworkView without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the build-time markup shows every layer, neuron and the key', async ({ page }) => {
    await page.goto(LESSON);
    const v = view(page);
    for (const name of ['Hidden layer 1', 'Hidden layer 2', 'Output layer'])
      await expect(v.getByRole('list', { name })).toBeVisible();
    await expect(v.locator('button[data-neuron]')).toHaveCount(42);
    await expect(v.getByRole('img', { name: /^Input layer: the 784 pixel neurons/ })).toBeVisible();
    await expect(v).toContainText('positive weight (+)');
    await expect(v).toContainText('negative (−)');
    // The sentence about the input is in the page for the first state, but the picture shows
    // no input without JavaScript, so neither does the sentence.
    await expect(v.locator('[data-summary]')).toBeHidden();
  });
});

/** The view's resolved sign colours and the background they are drawn on. */
function palette(v: Locator): Promise<{ positive: RGB; negative: RGB; background: RGB }> {
  return v.evaluate((el) => {
    const probe = document.createElement('span');
    el.append(probe);
    const rgb = (css: string) =>
      css
        .match(/\d+(\.\d+)?/g)!
        .slice(0, 3)
        .map(Number) as RGB;
    const read = (name: string) => {
      probe.style.color = `var(${name})`;
      return rgb(getComputedStyle(probe).color);
    };
    const out = {
      positive: read('--positive'),
      negative: read('--negative'),
      background: rgb(getComputedStyle(el.querySelector('figure')!).backgroundColor),
    };
    probe.remove();
    return out;
  });
}

/** Opaque pixels of the edge canvas in the sign colours (given, or the view's current ones). */
async function edgeColours(
  v: Locator,
  colours?: { positive: RGB; negative: RGB },
): Promise<{ positive: number; negative: number }> {
  const use = colours ?? (await palette(v));
  return v.locator('[data-edges]').evaluate(
    (c: HTMLCanvasElement, { positive, negative }) => {
      const { data } = c.getContext('2d')!.getImageData(0, 0, c.width, c.height);
      const near = (k: number, rgb: number[]) =>
        data[k + 3]! > 200 && rgb.every((v, i) => Math.abs(data[k + i]! - v) <= 4);
      let pos = 0;
      let neg = 0;
      for (let k = 0; k < data.length; k += 4) {
        if (near(k, positive)) pos++;
        if (near(k, negative)) neg++;
      }
      return { positive: pos, negative: neg };
    },
    { positive: use.positive, negative: use.negative },
  );
}

interface Recorder {
  strokes: { colour: string; dash: number; width: number; alpha: number }[];
}

/** Init script: records the style of every stroke on the edge canvas since its last clear. */
function recordStrokes(): void {
  const w = window as unknown as Recorder;
  w.strokes = [];
  const proto = CanvasRenderingContext2D.prototype;
  const { stroke, clearRect } = proto;
  const mine = (ctx: CanvasRenderingContext2D) => ctx.canvas.hasAttribute('data-edges');
  proto.clearRect = function (...args: Parameters<typeof clearRect>) {
    if (mine(this)) w.strokes = [];
    return clearRect.apply(this, args);
  };
  proto.stroke = function (this: CanvasRenderingContext2D, ...args: [Path2D?]) {
    if (mine(this))
      w.strokes.push({
        colour: String(this.strokeStyle),
        dash: this.getLineDash().length,
        width: this.lineWidth,
        alpha: this.globalAlpha,
      });
    return (stroke as (...a: unknown[]) => void).apply(this, args);
  } as typeof stroke;
}
