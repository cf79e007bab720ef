/** The digit demos: drawing pad, network view and weight painter, as a reader uses them. */
import { readFileSync } from 'node:fs';
import { axeFor } from './support/axe';
import type { Page } from '@playwright/test';
import { expectedVerdict, model, modelOutputs, samples } from './support/digit-oracle';
import {
  ANY_BASE,
  expect,
  expectNoProblems,
  reach,
  settle,
  steadyBox,
  test,
} from './support/fixtures';
import { ORACLE, shown } from './support/neuron-maths';
import { ISLANDS, galleryPath } from '../src/components/island/registry.ts';

/** The authors' gallery pages: pad "pad" alone, with network view "net", with painter "paint". */
const PAD = galleryPath(ISLANDS.DigitPad);
const NETWORK = galleryPath(ISLANDS.NetworkView);
const PAINTER = galleryPath(ISLANDS.WeightImage);
/** Lesson 7: pad "read", network view "inside" and weight painter "compare" on one page. */
const LESSON_7 = 'lessons/a-network-that-reads-digits/';
const LESSON_7_ISLANDS = ['digit-pad#read', 'network-view#inside', 'weight-image#compare'];

const pad = (page: Page) => page.locator('digit-pad#pad');

test.describe('Digit demos far down a lesson', () => {
  for (const [lesson, islands] of [
    ['lessons/weights/', ['weight-image#stroke']],
    [LESSON_7, LESSON_7_ISLANDS],
  ] as const) {
    test(`/${lesson} fetches no model at load; each demo starts when the reader nears it`, async ({
      page,
      problems,
    }) => {
      const fetched: string[] = [];
      page.on('request', (r) => {
        if (/\/models\//.test(r.url())) fetched.push(new URL(r.url()).pathname);
      });
      await page.setViewportSize({ width: 412, height: 823 });
      await page.goto(lesson);
      await settle(page);
      await page.evaluate(() => new Promise((r) => setTimeout(r, 300)));
      expect(fetched, 'model files fetched at load').toEqual([]);
      for (const island of islands) {
        const demo = page.locator(island);
        await reach(demo);
        // Started: its controls are enabled (they wait, disabled, for the model).
        const control = demo.locator('select, button[data-neuron]').first();
        await expect(control).toBeEnabled();
        await expect(demo.getByRole('alert')).toHaveCount(0);
      }
      expect(fetched.some((path) => path.endsWith('/models/digits.json'))).toBe(true);
      expectNoProblems(problems);
    });
  }
});

test.describe('A digit demo as the reader reaches it', () => {
  /** The box of each control matching `controls`, relative to its demo's top left corner. */
  const controlBoxes = (page: Page, island: string, controls: string) =>
    page.locator(island).evaluate((demo, controls) => {
      const origin = demo.getBoundingClientRect();
      return [...demo.querySelectorAll(controls)]
        .filter((el) => el.getClientRects().length > 0)
        .map((el) => {
          const r = el.getBoundingClientRect();
          const name =
            el instanceof HTMLSelectElement
              ? 'menu'
              : el.textContent!.trim().slice(0, 20) || el.getAttribute('aria-label');
          return `${el.tagName.toLowerCase()} ${name}: ${[r.left - origin.left, r.top - origin.top, r.width, r.height].map((v) => v.toFixed(1)).join(' ')}`;
        });
    }, controls);

  for (const width of [375, 1280]) {
    test(
      `at ${width} px its controls stay where they were when it starts`,
      ANY_BASE,
      async ({ page }) => {
        await page.setViewportSize({ width, height: 800 });
        const every = 'button, select, input[type=number], canvas[data-pad]';
        for (const [lesson, island, controls] of [
          [LESSON_7, 'digit-pad#read', every],
          [LESSON_7, 'weight-image#compare', every],
          // The network view's menu, neurons and buttons: the last (Copy link) is below its
          // sentence on the strongest signals, which the page carries from the build.
          ['lessons/layers-and-matrices/', 'network-view#layers', 'select, button'],
        ] as const) {
          await page.goto(lesson);
          await settle(page);
          const menu = page.locator(`${island} select:is([data-sample], [data-input])`);
          // Far down the page, it has not started: its sample menu still waits, disabled.
          await expect(menu).toBeDisabled();
          const before = await controlBoxes(page, island, controls);
          await reach(page.locator(island));
          await expect(menu).toBeEnabled();
          expect(await controlBoxes(page, island, controls), `${island} on ${lesson}`).toEqual(
            before,
          );
        }
      },
    );
  }

  test("a network view's sentence is there before it starts, as the model reads its first input", async ({
    page,
  }) => {
    for (const [lesson, island, input, blank] of [
      // Without a pad: sample 1. Following lesson 7's pad: a blank input, as the pad starts.
      ['lessons/layers-and-matrices/', 'network-view#layers', samples[0]!.pixels, false],
      [LESSON_7, 'network-view#inside', new Float64Array(784), true],
    ] as const) {
      await page.goto(lesson);
      await settle(page);
      const sentence = page.locator(`${island} [data-summary]`);
      await expect(page.locator(`${island} button[data-neuron]`).first()).toBeDisabled();
      const outputs = modelOutputs(input);
      const top = outputs.indexOf(Math.max(...outputs));
      await expect(sentence).toBeVisible();
      // Printed before it has drawn, the picture shows no input, so neither does the sentence.
      await page.emulateMedia({ media: 'print' });
      await expect(sentence).toBeHidden();
      await page.emulateMedia({ media: 'screen' });
      const built = await sentence.textContent();
      expect(built, `${island} before it starts`).toMatch(
        new RegExp(
          `^${blank ? 'Nothing drawn yet\\. ' : ''}Output ${top} at ${outputs[top]!.toFixed(2)} \\(the network's top guess\\); strongest signals w·a into it, from hidden layer 2: `,
        ),
      );
      await reach(page.locator(island));
      await expect(page.locator(`${island} button[data-neuron]`).first()).toBeEnabled();
      await expect(sentence, `${island} started`).toHaveText(built!);
      await page.emulateMedia({ media: 'print' });
      await expect(sentence, `${island} started, printed`).toBeVisible();
      await page.emulateMedia({ media: 'screen' });
    }
  });

  test('a weight picture shows its starting bias before the model loads', async ({ page }) => {
    for (const [lesson, island, oracle] of [
      // The hand-made stroke detector starts at b = −4 (a few inked bar pixels are not enough).
      ['lessons/weights/', 'weight-image#stroke', -4],
      // Hidden neuron 1, its weights shown scaled by their largest |w|: b₁ / max|w₁ⱼ|.
      [
        LESSON_7,
        'weight-image#compare',
        (() => {
          const w = Array.from(model.layers[0]!.weights.subarray(0, 784));
          return Number((model.layers[0]!.biases[0]! / Math.max(...w.map(Math.abs))).toFixed(1));
        })(),
      ],
    ] as const) {
      await page.goto(lesson);
      const bias = page.locator(island).getByRole('spinbutton', { name: 'Bias b' });
      await expect(page.locator(`${island} select[data-input]`)).toBeDisabled();
      const shown = (await bias.inputValue()).replace('\u2212', '-');
      expect(Number(shown), `${island} before it starts`).toBe(oracle);
      await reach(page.locator(island));
      await expect(page.locator(`${island} select[data-input]`)).toBeEnabled();
      expect(Number((await bias.inputValue()).replace('\u2212', '-')), `${island} started`).toBe(
        oracle,
      );
    }
  });
});

test.describe('DigitPad', () => {
  test(
    'classifies every shipped sample as the model does',
    ANY_BASE,
    async ({ page, problems }) => {
      await page.goto(PAD);
      await reach(pad(page));
      const select = pad(page).getByRole('combobox', { name: 'Or pick a sample digit' });
      await expect(select.locator('option')).toHaveCount(101);
      const guess = pad(page).getByRole('status', { name: "Network's guess" });
      for (let k = 0; k < samples.length; k++) {
        await select.selectOption(String(k));
        await expect(guess).toHaveText(expectedVerdict(modelOutputs(samples[k]!.pixels)));
      }
      expectNoProblems(problems);
    },
  );

  test('a stroke drawn with the mouse gives an input and a guess', async ({ page }) => {
    await page.goto(PAD);
    const canvas = pad(page).locator('[data-pad]');
    await reach(canvas);
    await expect(pad(page).locator('[data-clear]')).toBeEnabled();
    const box = await steadyBox(canvas);
    // A "1": one stroke down the middle.
    await page.mouse.move(box.x + box.width * 0.5, box.y + box.height * 0.15);
    await page.mouse.down();
    for (let t = 0.15; t <= 0.85; t += 0.05) {
      await page.mouse.move(box.x + box.width * 0.52, box.y + box.height * t);
    }
    await page.mouse.up();
    await expect(pad(page).getByRole('status', { name: "Network's guess" })).toHaveText(
      /^(It reads \d|Not sure: \d or \d\?)$/,
    );
    const ink = await pad(page)
      .locator('[data-input-view]')
      .evaluate((c: HTMLCanvasElement) =>
        c
          .getContext('2d')!
          .getImageData(0, 0, 28, 28)
          .data.reduce((s, v, i) => (i % 4 === 0 ? s + v : s), 0),
      );
    expect(ink).toBeGreaterThan(0);
    await expect(pad(page).getByRole('status', { name: 'Output 1' })).toHaveText(/^\d\.\d{3}$/);
    await pad(page).getByRole('button', { name: 'Clear' }).click();
    await expect(pad(page).getByRole('status', { name: "Network's guess" })).toHaveText(
      'Draw a digit',
    );
  });
});

test.describe('NetworkView', () => {
  test(
    'selecting a neuron by keyboard shows its weight image, then bars in later layers',
    ANY_BASE,
    async ({ page }) => {
      await page.goto(NETWORK);
      await reach(pad(page), page.locator('network-view#net'));
      const select = pad(page).getByRole('combobox', { name: 'Or pick a sample digit' });
      await expect(select.locator('option')).toHaveCount(101);
      await select.selectOption('4');
      const net = page.locator('network-view#net');
      const first = net.getByRole('button', { name: /^Hidden layer 1, neuron 1, activation/ });
      await expect(first).toBeEnabled();
      await first.focus();
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('Enter');
      const second = net.getByRole('button', { name: /^Hidden layer 1, neuron 2,/ });
      await expect(second).toHaveAttribute('aria-pressed', 'true');
      await expect(
        net.getByRole('img', {
          name: 'Incoming weights of Hidden layer 1, neuron 2 as a 28 × 28 picture',
        }),
      ).toBeVisible();
      await expect(net.locator('[data-detail-text]')).toContainText('784 incoming weights');
      // One edge into it from every inked pixel of the input.
      const inked = samples[4]!.pixels.filter((x) => x !== 0).length;
      await expect(net).toHaveAttribute('data-selected-edges', String(inked));

      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('Space');
      await expect(net.locator('[data-weight-bars] li')).toHaveCount(16);
      await expect(net.locator('[data-detail-text]')).toContainText('Output neuron for digit');
      await expect(net).toHaveAttribute('data-selected-edges', '16');
      const axe = await axeFor(page).include('network-view').analyze();
      expect(axe.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
    },
  );

  test('follows the drawing pad', async ({ page }) => {
    await page.goto(NETWORK);
    await reach(pad(page), page.locator('network-view#net'));
    const select = pad(page).getByRole('combobox', { name: 'Or pick a sample digit' });
    await expect(select.locator('option')).toHaveCount(101);
    const seven = samples.findIndex((s) => s.label === 7);
    await select.selectOption(String(seven));
    const expected = model.forward(samples[seven]!.pixels)[3]![7]!;
    await expect(
      page
        .locator('network-view#net')
        .getByRole('button', { name: `Output layer, digit 7, activation ${shown(expected, 2)}` }),
    ).toBeVisible();
  });
});

test.describe('WeightImage', () => {
  test('z = Σ w·x + b and a = σ(z) for a trained neuron and a sample', async ({ page }) => {
    await page.goto(PAINTER);
    const paint = page.locator('weight-image#paint');
    await reach(paint);
    await expect(paint.getByRole('combobox', { name: 'Input digit' })).toBeEnabled();
    await paint.getByRole('combobox', { name: 'Start the weights from' }).selectOption('hidden-3');
    await paint.getByRole('combobox', { name: 'Input digit' }).selectOption('5');
    const layer = model.layers[0]!;
    const w = Array.from(layer.weights.subarray(2 * 784, 3 * 784));
    const max = Math.max(...w.map(Math.abs));
    const b = Number((layer.biases[2]! / max).toFixed(1));
    const x = samples[5]!.pixels;
    const z = w.reduce((s, v, k) => s + (v / max) * x[k]!, 0) + b;
    await expect(paint.getByRole('status', { name: 'Weighted sum z' })).toHaveText(shown(z));
    await expect(paint.getByRole('status', { name: 'Activation a' })).toHaveText(
      shown(ORACLE.sigmoid!(z)),
    );
    await expect(paint.getByRole('spinbutton', { name: 'Bias b' })).toHaveValue(String(b));
  });

  test('on a 360 px phone the three pictures share a top line and the menus show whole choices', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 360, height: 800 });
    await page.goto(LESSON_7);
    const paint = page.locator('weight-image#compare');
    await reach(paint);
    const starts = paint.getByRole('combobox', { name: 'Start the weights from' });
    await expect(starts).toBeEnabled();
    const m = await paint.evaluate((root) => {
      const panels = [...root.querySelectorAll('.panel')];
      const tops = panels.map((p) => p.querySelector('canvas')!.getBoundingClientRect().top);
      const titles = panels.map((p) => p.querySelector('.title')!.getBoundingClientRect());
      // A menu shows its choice whole when it is as wide as its longest choice needs: its
      // width with nothing capping it (max-content), against the width it is given.
      const menus = [...root.querySelectorAll('select')].map((select) => {
        const given = select.getBoundingClientRect().width;
        const saved = select.style.cssText;
        select.style.cssText = 'width: max-content; max-width: none';
        const needed = select.getBoundingClientRect().width;
        select.style.cssText = saved;
        const label = select.closest('label')?.querySelector('[data-control-label]');
        return { given, needed, label: label?.textContent?.trim() ?? '' };
      });
      const weights = panels[0]!.querySelector('canvas')!.getBoundingClientRect();
      const legend = panels[0]!.querySelector('.legend')!.getBoundingClientRect();
      const legendGap = legend.top - weights.bottom;
      return {
        tops,
        titles: titles.map((t) => ({ top: t.top, bottom: t.bottom })),
        menus,
        legendGap,
      };
    });
    expect(m.tops).toHaveLength(3);
    for (const top of m.tops) expect(Math.abs(top - m.tops[0]!)).toBeLessThanOrEqual(1);
    // A title that wraps (Products w·x) does not push its picture down: each ends above it.
    for (const [i, t] of m.titles.entries()) expect(t.bottom).toBeLessThanOrEqual(m.tops[i]! + 1);
    // The colour key right under the weights it explains.
    expect(m.legendGap).toBeGreaterThanOrEqual(0);
    expect(m.legendGap).toBeLessThanOrEqual(8);
    for (const menu of m.menus)
      expect(menu.needed, menu.label).toBeLessThanOrEqual(menu.given + 0.5);
  });

  test('painting positive weights over the ink raises z', ANY_BASE, async ({ page }) => {
    await page.goto(PAINTER);
    const paint = page.locator('weight-image#paint');
    await reach(paint);
    await paint.getByRole('combobox', { name: 'Start the weights from' }).selectOption('blank');
    await expect(paint.getByRole('status', { name: 'Weighted sum z' })).toHaveText('0.000');
    await paint.getByRole('combobox', { name: 'Input digit' }).selectOption('0'); // a 0: ink in a ring
    const canvas = paint.locator('[data-weights]');
    const box = await steadyBox(canvas);
    await page.mouse.move(box.x + box.width * 0.2, box.y + box.height * 0.5);
    await page.mouse.down();
    for (let t = 0.2; t <= 0.8; t += 0.04)
      await page.mouse.move(box.x + box.width * t, box.y + box.height * 0.5);
    await page.mouse.up();
    const z = Number(
      (await paint.getByRole('status', { name: 'Weighted sum z' }).textContent())!.replace(
        '\u2212',
        '-',
      ),
    );
    expect(z).toBeGreaterThan(0.5);
    await paint.getByLabel('Negative').check();
    for (let k = 0; k < 3; k++) {
      await page.mouse.move(box.x + box.width * 0.2, box.y + box.height * 0.5);
      await page.mouse.down();
      for (let t = 0.2; t <= 0.8; t += 0.04)
        await page.mouse.move(box.x + box.width * t, box.y + box.height * 0.5);
      await page.mouse.up();
    }
    const after = Number(
      (await paint.getByRole('status', { name: 'Weighted sum z' }).textContent())!.replace(
        '\u2212',
        '-',
      ),
    );
    expect(after).toBeLessThan(0);
  });
});

test.describe('a broken model', () => {
  const cases: [string, (body: string) => { status?: number; body: string }, RegExp][] = [
    [
      'missing',
      () => ({ status: 404, body: 'not found' }),
      /trained network is missing \(HTTP 404/,
    ],
    [
      'corrupt',
      (body) => ({ body: body.slice(0, 5000) }),
      /trained network file is damaged: The network file is not valid JSON/,
    ],
    [
      'wrongly shaped',
      () => {
        const doc = JSON.parse(readFileSync('public/models/digits.json', 'utf8'));
        doc.layers[1].weights.pop();
        return { body: JSON.stringify(doc) };
      },
      /damaged: layers\[1\]\.weights must have 16 rows/,
    ],
  ];
  for (const [name, make, message] of cases) {
    // The missing file is also tested under the sub-path; how a damaged one is read does not
    // depend on where it was fetched from.
    test(
      `a ${name} model shows a message inside each demo; the page keeps working`,
      name === 'missing' ? {} : ANY_BASE,
      async ({ page }) => {
        const errors: string[] = [];
        page.on('pageerror', (e) => errors.push(e.message));
        const original = readFileSync('public/models/digits.json', 'utf8');
        await page.route('**/models/digits.json', (route) => {
          const { status = 200, body } = make(original);
          return route.fulfill({ status, body, contentType: 'application/json' });
        });
        await page.goto(LESSON_7);
        for (const island of LESSON_7_ISLANDS) {
          await reach(page.locator(island));
          const alert = page.locator(island).getByRole('alert');
          await expect(alert).toBeVisible();
          await expect(alert).toHaveText(message);
          await expect(alert).toContainText('the rest of the page still works');
        }
        expect(errors).toEqual([]);
        await page
          .getByRole('navigation', { name: 'On this page' })
          .getByRole('link', { name: 'Watch a network learn' })
          .click();
        await expect(page).toHaveURL(/#watch-a-network-learn$/);
        const axe = await axeFor(page).analyze();
        expect(axe.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
      },
    );
  }

  test('"Try again" after a failed download loads the model once it is back', async ({ page }) => {
    let fail = true;
    await page.route('**/models/digits.json', (route) =>
      fail ? route.fulfill({ status: 503, body: 'busy' }) : route.continue(),
    );
    await page.goto(LESSON_7);
    const read = page.locator('digit-pad#read');
    for (const island of LESSON_7_ISLANDS) {
      await reach(page.locator(island));
      const alert = page.locator(island).getByRole('alert');
      await expect(alert).toHaveText(/trained network is missing \(HTTP 503/);
    }
    // The network view's sentence from the build describes a reading it cannot show now.
    await expect(page.locator('network-view#inside [data-summary]')).toBeHidden();
    fail = false;
    await read.getByRole('button', { name: 'Try again' }).click();
    await expect(read.getByRole('alert')).toBeHidden();
    await expect(read.getByRole('button', { name: 'Clear' })).toBeEnabled();
    const select = read.getByRole('combobox', { name: 'Or pick a sample digit' });
    await select.selectOption('3');
    await expect(read.getByRole('status', { name: "Network's guess" })).toHaveText(
      expectedVerdict(modelOutputs(samples[3]!.pixels)),
    );
    // The weight painter retries on its own button and works too.
    const paint = page.locator('weight-image#compare');
    await paint.getByRole('button', { name: 'Try again' }).click();
    await expect(paint.getByRole('alert')).toBeHidden();
    await expect(paint.getByRole('status', { name: 'Weighted sum z' })).toHaveText(/\d/);
    // So does the network view: its neurons can be selected, and its sentence is back.
    const net = page.locator('network-view#inside');
    await net.getByRole('button', { name: 'Try again' }).click();
    await expect(net.getByRole('alert')).toBeHidden();
    await expect(net.locator('button[data-neuron]').first()).toBeEnabled();
    await expect(net.locator('[data-summary]')).toBeVisible();
  });
});
