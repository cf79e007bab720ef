/** The single-neuron lab, the activation plot and the softmax view, as a reader uses them. */
import { axeFor } from './support/axe';
import type { Locator, Page } from '@playwright/test';
import { expect, expectNoProblems, reach, steadyBox, test } from './support/fixtures';
import { ORACLE, shown } from './support/neuron-maths';
import { watchChartJs } from './support/chart-js';
import { ISLANDS, ISLAND_LIST, galleryPath } from '../src/components/island/registry.ts';

/** The authors' gallery pages: the registry's examples, with the ids used below. */
const DEMO = galleryPath(ISLANDS.NeuronLab);
const PLOTS = galleryPath(ISLANDS.ActivationPlot);
const SOFTMAX = galleryPath(ISLANDS.SoftmaxView);

/** A small seeded generator, so a failing run can be repeated. */
function seeded(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 4294967296;
  };
}

const lab = (page: Page, id: string) => page.locator(`neuron-lab#${id}`);
const slider = (root: Locator, name: string) => root.getByRole('slider', { name, exact: true });
const field = (root: Locator, name: string) => root.getByRole('spinbutton', { name, exact: true });
const zOf = (root: Locator) => root.getByRole('status', { name: 'Weighted sum z' });
const aOf = (root: Locator) => root.getByRole('status', { name: 'Activation a' });

test.describe('NeuronLab', () => {
  test('shows z and a equal to an independent computation, for random settings', async ({
    page,
  }) => {
    await page.goto(DEMO);
    const three = lab(page, 'three');
    const random = seeded(20261121);
    const names = Object.keys(ORACLE);
    for (let trial = 0; trial < 6; trial++) {
      const x = [0, 1, 2].map(() => Math.round(random() * 100) / 100);
      const w = [0, 1, 2].map(() => Math.round((random() * 8 - 4) * 100) / 100);
      const b = Math.round((random() * 12 - 6) * 100) / 100;
      const f = names[trial % names.length]!;
      for (let i = 0; i < 3; i++) {
        await field(three, `Input x${i + 1}`).fill(String(x[i]));
        await field(three, `Weight w${i + 1}`).fill(String(w[i]));
      }
      await field(three, 'Bias b').fill(String(b));
      await three.getByRole('combobox', { name: 'Activation function' }).selectOption(f);
      const z = w[0]! * x[0]! + w[1]! * x[1]! + w[2]! * x[2]! + b;
      await expect(zOf(three)).toHaveText(shown(z));
      await expect(aOf(three)).toHaveText(shown(ORACLE[f]!(z)));
      // The slider follows the typed value.
      await expect(slider(three, 'Bias b')).toHaveValue(String(b));
    }
  });

  test('typing 0.35 into a number field works, and the slider follows', async ({ page }) => {
    await page.goto(DEMO);
    const one = lab(page, 'one');
    await field(one, 'Weight w1').fill('0.35');
    await expect(slider(one, 'Weight w1')).toHaveValue('0.35');
    // x1 = 1, b = −1: z = 0.35 − 1
    await expect(zOf(one)).toHaveText(shown(0.35 - 1));
    await expect(aOf(one)).toHaveText(shown(ORACLE.sigmoid!(0.35 - 1)));
  });

  test('keyboard: arrows step by the step, PageUp/PageDown jump, Home/End reach the ends', async ({
    page,
  }) => {
    await page.goto(DEMO);
    const one = lab(page, 'one');
    const w1 = slider(one, 'Weight w1');
    await w1.focus();
    await page.keyboard.press('ArrowRight');
    await expect(w1).toHaveValue('2.01');
    await expect(zOf(one)).toHaveText(shown(2.01 - 1));
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    await expect(w1).toHaveValue('1.99');
    await page.keyboard.press('PageUp');
    expect(Number(await w1.inputValue())).toBeGreaterThan(2.05);
    await page.keyboard.press('Home');
    await expect(w1).toHaveValue('-4');
    await expect(field(one, 'Weight w1')).toHaveValue('−4');
    await page.keyboard.press('End');
    await expect(w1).toHaveValue('4');
    await expect(zOf(one)).toHaveText(shown(4 - 1));
  });

  test('every control is reachable with Tab', async ({ page }) => {
    await page.goto(DEMO);
    const one = lab(page, 'one');
    await slider(one, 'Input x1').focus();
    const names: string[] = [];
    for (let k = 0; k < 9; k++) {
      names.push(
        await page.evaluate(() => {
          const el = document.activeElement as HTMLInputElement;
          return (
            el.getAttribute('aria-label') ??
            el.labels?.[0]?.textContent?.trim() ??
            el.textContent!.trim()
          );
        }),
      );
      await page.keyboard.press('Tab');
    }
    expect(names.join(' | ')).toMatch(
      /Input x1.*Weight w1.*Bias b.*Activation function.*Reset.*Copy link/,
    );
  });

  test('only the bias can move in the bias-only lab', async ({ page }) => {
    await page.goto(DEMO);
    const bias = lab(page, 'bias');
    await expect(bias.getByRole('slider')).toHaveCount(2); // bias and the plot cursor
    await expect(slider(bias, 'Bias b')).toBeEnabled();
    await field(bias, 'Bias b').fill('-2.5');
    await expect(zOf(bias)).toHaveText(shown(-0.5));
    await expect(aOf(bias)).toHaveText('0.000');
    await field(bias, 'Bias b').fill('-2');
    await expect(aOf(bias)).toHaveText('1.000');
  });

  test('a neuron with no bias sums its inputs only: no "+ b" term (lesson 2’s pipes)', async ({
    page,
  }) => {
    await page.goto('lessons/weights/');
    const pipes = lab(page, 'pipes');
    await expect(pipes.locator('figcaption')).toContainText('no bias');
    const line = pipes.locator('.computation .line').first();
    await expect(line).not.toContainText('+ b');
    // Three inputs, three products: 1 × 2, 0.5 × (−1), 0 × 3.
    await expect(pipes.locator('[data-sum]')).toHaveText('2.000 +\u00a0(−0.500) +\u00a00.000');
    await field(pipes, 'Weight w1').fill('1');
    await expect(pipes.locator('[data-sum]')).toHaveText('1.000 +\u00a0(−0.500) +\u00a00.000');
    // A lab with a bias control keeps its "+ b".
    await page.goto('lessons/bias/');
    await expect(page.locator('neuron-lab .computation .line').first()).toContainText('+ b');
  });

  test('the plot point slides along the curve when a slider moves', async ({ page }) => {
    await page.goto(DEMO);
    const one = lab(page, 'one');
    const plot = page.locator('activation-plot#one-plot');
    await expect(plot).toHaveAttribute('data-point', /.+/);
    const before = (await plot.getAttribute('data-point'))!.split(',').map(Number);
    expect(before[0]).toBeCloseTo(1, 9); // z = 2 × 1 − 1
    const beforeText = (await plot.getAttribute('data-point'))!;
    await field(one, 'Bias b').fill('0.5');
    await expect(plot).not.toHaveAttribute('data-point', beforeText);
    const after = (await plot.getAttribute('data-point'))!.split(',').map(Number);
    expect(after[0]).toBeCloseTo(2.5, 9);
    expect(after[1]).toBeCloseTo(ORACLE.sigmoid!(2.5), 9);
    await expect(plot.getByText('The neuron now: z = 2.500')).toBeVisible();
    // A standalone plot follows the three-input neuron.
    await page.goto(PLOTS);
    await field(lab(page, 'three'), 'Bias b').fill('-1');
    const curves = page.locator('activation-plot#curves');
    await expect
      .poll(async () => Number((await curves.getAttribute('data-point'))?.split(',')[0]))
      .toBeCloseTo(1.5 * 0.9 - 2 * 0.2 + 0.5 * 0.6 - 1, 9);
  });

  test('changing the activation redraws the plot with the new function', async ({ page }) => {
    await page.goto(DEMO);
    const one = lab(page, 'one');
    await one.getByRole('combobox', { name: 'Activation function' }).selectOption('relu');
    await expect(one.locator('.legend')).toContainText('ReLU, output range [0, ∞)');
    await expect(aOf(one)).toHaveText(shown(1));
  });

  test('Reset returns to the lesson’s starting values', async ({ page }) => {
    await page.goto(DEMO);
    const one = lab(page, 'one');
    await field(one, 'Weight w1').fill('-3');
    await expect(zOf(one)).toHaveText(shown(-4));
    await one.getByRole('button', { name: 'Reset' }).click();
    await expect(zOf(one)).toHaveText(shown(1));
    await expect(slider(one, 'Weight w1')).toHaveValue('2');
  });

  test('a copied link reopens every demo in the same state', async ({ page, context, browser }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto(DEMO);
    const three = lab(page, 'three');
    await field(three, 'Weight w2').fill('1.25');
    await three.getByRole('combobox', { name: 'Activation function' }).selectOption('relu');
    await field(lab(page, 'one'), 'Bias b').fill('-0.75');
    await three.getByRole('button', { name: 'Copy link' }).click();
    await expect(three.getByText('Link copied.')).toBeVisible();
    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(link).toContain('three.w2=1.25');

    const fresh = await browser.newPage();
    await fresh.goto(link);
    const again = lab(fresh, 'three');
    await expect(field(again, 'Weight w2')).toHaveValue('1.25');
    await expect(again.getByRole('combobox', { name: 'Activation function' })).toHaveValue('relu');
    await expect(zOf(again)).toHaveText((await zOf(three).textContent()) as string);
    await expect(zOf(lab(fresh, 'one'))).toHaveText(shown(2 - 0.75));
    await expect(again.locator(':scope > figure > [data-notice]')).toBeHidden();
    await fresh.close();
  });

  test('hostile and broken links correct themselves with a notice', async ({ page, problems }) => {
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    const query = [
      'one.w1=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E',
      'one.b=1e400',
      'one.x1=NaN',
      'one.w1=3',
      'three.f=%3Cscript%3Ealert(1)%3C%2Fscript%3E',
      'three.x2=-99999999999999999999',
      'unknown.key=1',
    ].join('&');
    await page.goto(`${DEMO}?${query}`);
    const one = lab(page, 'one');
    const notice = one.locator(':scope > figure > [data-notice]');
    await expect(notice).toBeVisible();
    await expect(notice).toContainText('w1 "<img src=x onerror=alert…" is not a number');
    await expect(notice).toContainText('w1 was given 2 times');
    await expect(notice).toContainText('b was 1e400, above the maximum 6; set to 6');
    // x1 → default 1, w1 → default 2, b → 6: z = 8
    await expect(zOf(one)).toHaveText(shown(8));
    const three = lab(page, 'three');
    await expect(three.locator(':scope > figure > [data-notice]')).toContainText('is not one of');
    await expect(field(three, 'Input x2')).toHaveValue('0');
    await expect(page.locator('img[src="x"], script:text("alert")')).toHaveCount(0);
    expect(dialogs).toEqual([]);
    expectNoProblems(problems);
    // Still fully working after the correction.
    await field(one, 'Bias b').fill('0');
    await expect(zOf(one)).toHaveText(shown(2));
    const axe = await axeFor(page).analyze();
    expect(axe.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
    // The corrected state replaces the broken link.
    await expect.poll(() => new URL(page.url()).searchParams.get('one.b')).toBe('0');
    // A softmax view corrects its own keys.
    await page.goto(`${SOFTMAX}?soft.n=-3&soft.z1=Infinity&unknown.key=1`);
    const soft = page.locator('softmax-view#soft');
    await expect(soft.locator(':scope > figure > [data-notice]')).toContainText(
      'n was -3, below the minimum 3',
    );
    await expect(soft.getByRole('status', { name: /^Probability a/ })).toHaveCount(3);
    expect(dialogs).toEqual([]);
    expectNoProblems(problems);
  });

  test('without JavaScript the initial diagram, numbers and plot are there', async ({
    browser,
    baseURL,
  }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
    const page = await context.newPage();
    await page.goto(DEMO);
    const three = lab(page, 'three');
    const z = 1.5 * 0.9 + -2 * 0.2 + 0.5 * 0.6 + 0.25;
    await expect(zOf(three)).toHaveText(shown(z));
    await expect(aOf(three)).toHaveText(shown(ORACLE.tanh!(z)));
    await expect(three.getByRole('img', { name: /A neuron with 3 inputs/ })).toBeVisible();
    await expect(three.locator('activation-plot svg[role="img"]')).toBeVisible();
    await expect(slider(three, 'Weight w1')).toBeDisabled();
    await context.close();
  });
});

/** The readout of the gallery's plot "curves" (σ, tanh, ReLU and their slopes) at z. */
function curvesReadout(z: number): string {
  const s = ORACLE.sigmoid!(z);
  const t = ORACLE.tanh!(z);
  return `At z = ${shown(z)}: σ(z) = ${shown(s)}, σ′(z) = ${shown(s * (1 - s))}; tanh(z) = ${shown(t)}, tanh′(z) = ${shown(1 - t ** 2)}; ReLU(z) = ${shown(Math.max(0, z))}, ReLU′(z) = ${shown(z > 0 ? 1 : 0)}`;
}

test.describe('ActivationPlot', () => {
  test('loads its chart only near the view: readable before, and nothing moves when it comes', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 360, height: 640 });
    const chartJs = watchChartJs(page);
    // Every layout shift of the page, as the browser reports it (scrolling is none).
    await page.addInitScript(() => {
      const shifts: { value: number; at: number }[] = [];
      Object.assign(window, { shifts });
      new PerformanceObserver((list) => {
        for (const e of list.getEntries() as (PerformanceEntry & { value: number })[]) {
          shifts.push({ value: e.value, at: e.startTime });
        }
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto(`${PLOTS}?curves.c=1.5`);
    const plot = page.locator('activation-plot#curves');
    // Far enough down that the first screen (and half a screen more) does not reach it.
    expect(await plot.evaluate((el) => el.getBoundingClientRect().top)).toBeGreaterThan(640 * 2);
    await page.waitForLoadState('networkidle');
    expect(await chartJs.loaded()).toEqual([]);
    // Before the chart: the build-time drawing, and every value in words.
    await expect(plot.locator('canvas')).toHaveCount(0);
    await expect(
      plot.getByRole('img', {
        name: /^Plot of Sigmoid σ, Hyperbolic tangent tanh, ReLU and their derivatives/,
      }),
    ).toBeAttached();
    await expect(plot.locator('[data-readout]')).toHaveText(curvesReadout(1.5));
    await expect(plot.getByRole('slider', { name: 'Plot cursor z' })).toHaveValue('1.5');
    /** Boxes in page coordinates (scrolling leaves them alone). */
    const boxes = () =>
      plot.evaluate((el) =>
        ['.plot-frame', '.legend', '[data-readout]', 'figcaption'].map((sel) => {
          const r = el.querySelector(sel)!.getBoundingClientRect();
          return [r.left, r.top + scrollY, r.width, r.height].map((v) => Math.round(v * 10) / 10);
        }),
      );
    const before = await boxes();
    const start = await page.evaluate(() => performance.now());
    await plot.locator('.plot-frame').scrollIntoViewIfNeeded();
    await expect(plot).toHaveAttribute('data-chart', 'ready');
    const canvas = plot.getByRole('img', {
      name: /^Plot of Sigmoid σ, Hyperbolic tangent tanh, ReLU and their derivatives/,
    });
    await expect(canvas).toHaveJSProperty('tagName', 'CANVAS');
    expect((await chartJs.loaded()).length).toBeGreaterThan(0);
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 100))));
    expect(await boxes()).toEqual(before);
    // The canvas fills the box the drawing held, and the cursor stands at z = 1.5 of [−5, 5].
    const frame = before[0]!;
    const box = (await canvas.boundingBox())!;
    expect(Math.abs(box.width - frame[2]!)).toBeLessThan(1);
    expect(Math.abs(box.height - frame[3]!)).toBeLessThan(1);
    const cursorX = await plot
      .locator('.overlay-cursor')
      .evaluate((l) => Number(l.getAttribute('x1')));
    expect(cursorX / box.width).toBeGreaterThan(0.5);
    expect(cursorX / box.width).toBeLessThan(0.75);
    const shifted = await page.evaluate(
      (t) =>
        (window as unknown as { shifts: { value: number; at: number }[] }).shifts
          .filter((s) => s.at >= t)
          .reduce((sum, s) => sum + s.value, 0),
      start,
    );
    expect(shifted).toBe(0);
    await expect(plot.locator('[data-readout]')).toHaveText(curvesReadout(1.5));
  });

  test('reads f(z) and f′(z) at the keyboard cursor', async ({ page }) => {
    await page.goto(PLOTS);
    const plot = page.locator('activation-plot#curves');
    await plot.scrollIntoViewIfNeeded();
    await expect(plot.locator('canvas')).toBeVisible();
    for (const label of ['σ(z)', 'tanh(z)', 'ReLU(z)', 'σ′(z)', 'tanh′(z)', 'ReLU′(z)']) {
      await expect(plot.locator(`.legend li[data-curve="${label}"]`)).toBeVisible();
    }
    await expect(plot.locator('.legend')).toContainText('output range (0, 1)');
    await expect(plot.locator('.legend')).toContainText('output range (−1, 1)');
    const cursor = plot.getByRole('slider', { name: 'Plot cursor z' });
    await cursor.focus();
    await page.keyboard.press('End');
    const z = 5;
    await expect(plot.locator('[data-readout]')).toHaveText(
      `At z = 5.000: σ(z) = ${shown(ORACLE.sigmoid!(z))}, σ′(z) = ${shown(ORACLE.sigmoid!(z) * (1 - ORACLE.sigmoid!(z)))}; tanh(z) = ${shown(ORACLE.tanh!(z))}, tanh′(z) = ${shown(1 - ORACLE.tanh!(z) ** 2)}; ReLU(z) = 5.000, ReLU′(z) = 1.000`,
    );
    expect(curvesReadout(5)).toBe(await plot.locator('[data-readout]').textContent());
  });

  test('the pointer moves the readout', async ({ page }) => {
    await page.goto(PLOTS);
    const plot = page.locator('activation-plot#curves');
    const canvas = plot.locator('canvas');
    // The chart loads as the plot comes into view.
    await plot.scrollIntoViewIfNeeded();
    const box = await steadyBox(canvas);
    // Hovering alone leaves the cursor where it is (a reader reaching past the plot for a
    // slider must not move it); pressing or dragging moves it.
    const before = await plot.locator('[data-readout]').textContent();
    await canvas.hover({ position: { x: box.width * 0.2, y: box.height / 2 } });
    await expect(plot.locator('[data-readout]')).toHaveText(before!);
    await canvas.click({ position: { x: box.width * 0.2, y: box.height / 2 } });
    await expect(plot.locator('[data-readout]')).toHaveText(/^At z = −/);
  });

  test('one readout per quantity: the cursor sits on the neuron’s z until the reader moves it', async ({
    page,
  }) => {
    // A link sets the bias; the plot's readout must say the neuron's own z and a.
    await page.goto(`${DEMO}?one.b=-0.37`);
    const one = lab(page, 'one');
    const plot = page.locator('activation-plot#one-plot');
    const readout = plot.locator('[data-readout]');
    const agrees = async () => {
      const z = (await zOf(one).textContent())!.trim();
      const a = (await aOf(one).textContent())!.trim();
      await expect(readout).toHaveText(`At z = ${z}: σ(z) = ${a}`);
    };
    await expect(zOf(one)).toHaveText(shown(2 * 1 - 0.37));
    await agrees();
    const toggle = plot.getByRole('checkbox', { name: /Cursor on the neuron/ });
    await expect(toggle).toBeChecked();
    await field(one, 'Weight w1').fill('1.234');
    await expect(zOf(one)).toHaveText(shown(1.234 - 0.37));
    await agrees();
    await slider(one, 'Bias b').focus();
    await page.keyboard.press('ArrowRight');
    await agrees();
    // Moving the cursor unties it: the neuron's sliders no longer move it.
    await plot.getByRole('slider', { name: 'Plot cursor z' }).focus();
    await page.keyboard.press('Home');
    await expect(toggle).not.toBeChecked();
    const parked = await readout.textContent();
    expect(parked).toMatch(/^At z = −/);
    await field(one, 'Bias b').fill('1');
    await expect(zOf(one)).toHaveText(shown(1.234 + 1));
    await expect(readout).toHaveText(parked!);
    // Ticking it again puts the cursor back on the neuron.
    await toggle.check();
    await agrees();
  });

  test('lesson 3: against the input x, the bias slides the curve and the weight steepens it', async ({
    page,
  }) => {
    await page.goto('lessons/bias/');
    const slide = lab(page, 'slide');
    const plot = page.locator('activation-plot#slide-plot');
    await reach(plot);
    await expect(plot.locator('canvas')).toBeVisible();
    await expect(plot.locator('canvas')).toHaveAttribute('aria-label', /against the input x₁/);
    const switchX = () =>
      plot.locator('.overlay-switch').evaluate((l) => Number(l.getAttribute('x1')));
    const legend = plot.locator('[data-switch]');
    await expect(legend).toHaveText('z = 0 at x₁ = 0.000');
    const atZero = await switchX();
    await field(slide, 'Bias b').fill('-2');
    await expect(legend).toHaveText('z = 0 at x₁ = 2.000');
    const atTwo = await switchX();
    // The plot spans x from −6 to 6: x = 2 is 2/12 of the axis to the right of x = 0.
    const box = (await plot.locator('canvas').boundingBox())!;
    expect(atTwo - atZero).toBeGreaterThan(0.1 * box.width);
    expect(atTwo - atZero).toBeLessThan((2 / 12) * box.width + 1);
    await field(slide, 'Weight w1').fill('4');
    await expect(legend).toHaveText('z = 0 at x₁ = 0.500');
    // The cursor is on the neuron's own x₁ = 1: z = 4 × 1 − 2 = 2.
    await expect(plot.locator('[data-readout]')).toHaveText(
      `At x₁ = 1.000: z = 2.000, σ(z) = ${shown(ORACLE.sigmoid!(2))}`,
    );
    await expect(aOf(slide)).toHaveText(shown(ORACLE.sigmoid!(2)));
  });
});

test.describe('Demo typography', () => {
  test('at 360 px every input value stays inside its node, at both ends of its range', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 360, height: 800 });
    const lessons = ['lessons/weights/', 'lessons/bias/', 'lessons/squishification/'];
    let checked = 0;
    for (const lesson of lessons) {
      await page.goto(lesson);
      for (const root of await page.locator('neuron-lab').all()) {
        const fields = root.locator('[data-role="number"][id*="-x"]:not([disabled])');
        // Upgraded: some field is enabled (all wait disabled in the markup).
        await expect(root.locator('[data-role="number"]:not([disabled])').first()).toBeVisible();
        for (const input of await fields.all()) {
          for (const end of ['aria-valuemin', 'aria-valuemax']) {
            await input.fill((await input.getAttribute(end))!);
            await input.press('Enter');
            // Each value's box, corners included, lies inside its circle with 2 px to spare
            // (the text has a 3-unit halo in the page colour).
            const worst = await root.locator('svg.neuron-svg').evaluate((svg) =>
              [...svg.querySelectorAll<SVGTextElement>('[data-input-value]')].map((text) => {
                const circle = svg.querySelector(`[data-input-glow="${text.dataset.inputValue}"]`)!;
                const c = circle.getBoundingClientRect();
                const t = text.getBBox();
                const m = text.getScreenCTM()!;
                const scale = m.a;
                const [cx, cy, r] = [c.x + c.width / 2, c.y + c.height / 2, c.width / 2];
                const left = m.e + t.x * scale - cx;
                const right = m.e + (t.x + t.width) * scale - cx;
                const top = m.f + t.y * scale - cy;
                const bottom = m.f + (t.y + t.height) * scale - cy;
                const far = Math.max(
                  ...[left, right].flatMap((x) => [top, bottom].map((y) => Math.hypot(x, y))),
                );
                return { text: text.textContent!, spare: r - far };
              }),
            );
            for (const { text, spare } of worst) {
              expect(spare, `"${text}" in ${lesson}`).toBeGreaterThanOrEqual(2);
              checked++;
            }
          }
        }
      }
    }
    expect(checked).toBeGreaterThan(10);
  });

  test('fields show a true minus, fixed inputs say so, and "= value" never splits', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 360, height: 800 });
    await page.goto('lessons/bias/?slide.b=-2');
    const slide = lab(page, 'slide');
    await expect(field(slide, 'Bias b')).toHaveValue('−2');
    await expect(slider(slide, 'Bias b')).toHaveValue('-2');
    // Typing either minus works.
    await field(slide, 'Bias b').fill('−1.5');
    await expect(slider(slide, 'Bias b')).toHaveValue('-1.5');
    await field(slide, 'Bias b').press('ArrowDown');
    await expect(field(slide, 'Bias b')).toHaveValue('−1.6');
    await expect(lab(page, 'gate').locator('label', { hasText: 'Input' }).first()).toHaveText(
      /^Input x\s*1 \(fixed\)$/,
    );
    const lines = await page.locator('.computation .line').evaluateAll((ps) =>
      ps.map((p) => {
        const eq = p.querySelector('.equals');
        return {
          text: p.textContent!.replace(/\s+/g, ' ').trim(),
          // Lines the "= value" span sits on: its boxes' distinct tops.
          eqLines: eq ? new Set([...eq.getClientRects()].map((r) => Math.round(r.top))).size : 0,
        };
      }),
    );
    expect(lines.length).toBeGreaterThan(4);
    for (const line of lines) {
      expect(line.text).toMatch(/ = [−\d]/);
      expect(line.text).not.toMatch(/=[^\s]/);
      expect(line.eqLines, line.text).toBe(1);
    }
    // The weight painter's sum line, on a phone, with a long sum.
    await page.goto('lessons/weights/');
    const sums = page.locator('weight-image .sums').first();
    await reach(page.locator('weight-image').first());
    await expect(sums.locator('[data-z]')).toHaveText(/\d/);
    const text = (await sums.textContent())!.replace(/\s+/g, ' ');
    expect(text).not.toMatch(/=[^\s]/);
    const splits = await sums
      .locator('.equals')
      .evaluateAll((els) =>
        els.map((e) => new Set([...e.getClientRects()].map((r) => Math.round(r.top))).size),
      );
    expect(splits).toEqual([1, 1]);
  });
});

test.describe('SoftmaxView', () => {
  test('probabilities match e^z / Σ e^z and sum to 1', async ({ page }) => {
    await page.goto(SOFTMAX);
    const soft = page.locator('softmax-view#soft');
    await soft.getByRole('combobox', { name: 'Number of logits' }).selectOption('5');
    const random = seeded(7);
    const z = [0, 1, 2, 3, 4].map(() => Math.round((random() * 10 - 5) * 100) / 100);
    for (let i = 0; i < 5; i++) await field(soft, `Logit z${i + 1}`).fill(String(z[i]));
    const e = z.map(Math.exp);
    const sum = e.reduce((s, v) => s + v, 0);
    for (let i = 0; i < 5; i++) {
      await expect(soft.getByRole('status', { name: `Probability a${i + 1}` })).toHaveText(
        shown(e[i]! / sum),
      );
    }
    await expect(soft.getByRole('status', { name: 'Sum of probabilities' })).toHaveText('1.000');
    await soft.getByRole('combobox', { name: 'Number of logits' }).selectOption('3');
    await expect(soft.getByRole('status', { name: /^Probability a/ })).toHaveCount(3);
  });

  test('the sliders of every demo line up, and the cost landscape has values on both axes', async ({
    page,
  }) => {
    const gallery = ISLAND_LIST.filter((i) => i.sliders).map(galleryPath);
    for (const path of ['lessons/what-learning-means/', 'lessons/bias/', ...gallery]) {
      await page.goto(path);
      const misaligned = await page.evaluate(() =>
        [...document.querySelectorAll('neuron-lab, descent-lab, softmax-view, weight-image')]
          .map((island) => {
            const lefts = [...island.querySelectorAll('.slider-field input[type="range"]')]
              .filter((r) => (r as HTMLElement).offsetParent !== null)
              .map((r) => Math.round(r.getBoundingClientRect().left));
            return { id: island.id, lefts: [...new Set(lefts)] };
          })
          .filter((x) => x.lefts.length > 1),
      );
      expect(misaligned, path).toEqual([]);
    }
    await page.goto('lessons/what-learning-means/');
    const landscape = page.locator('descent-lab svg.landscape');
    const cTicks = await landscape.locator('[data-c-tick]').allTextContents();
    expect(cTicks.map(Number)).toEqual([0, 0.1, 0.2, 0.3, 0.4, 0.5]);
    const wTicks = await landscape.locator('[data-w-tick]').allTextContents();
    expect(wTicks.length).toBeGreaterThanOrEqual(3);
    expect(wTicks[0]).toMatch(/^−\d/);
  });

  test('the neuron picture names its inputs x₁, x₂ with real subscripts, larger than the numbers', async ({
    page,
  }) => {
    await page.goto('lessons/bias/');
    const svg = lab(page, 'gate').locator('svg.neuron-svg');
    const sizes = await svg.evaluate((el) => {
      const px = (e: Element) => parseFloat(getComputedStyle(e).fontSize);
      const label = el.querySelector('.node .label')!;
      return {
        label: px(label),
        sub: px(label.querySelector('.sub')!),
        value: px(el.querySelector('[data-input-value]')!),
        names: [...el.querySelectorAll('.node .label')].map((l) =>
          l.textContent!.replace(/\s/g, ''),
        ),
      };
    });
    expect(sizes.names).toEqual(['x1', 'x2']);
    expect(sizes.sub / sizes.label).toBeLessThan(0.85);
    expect(sizes.label).toBeGreaterThan(sizes.value);
  });
});
