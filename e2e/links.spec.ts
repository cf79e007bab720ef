/**
 * Links that hold every demo: what a reader sets up on a page, copied with any demo's
 * "Copy link", reopens in a fresh page exactly as it was (the same pictures, pixel for pixel,
 * and the same numbers); a damaged or hostile link is corrected with a notice.
 */
import type { Locator, Page } from '@playwright/test';
import { expect, expectNoProblems, reach, steadyBox, test } from './support/fixtures';

const LESSON_6 = 'lessons/a-network-that-reads-digits/';
const LESSON_5 = 'lessons/layers-and-matrices/';

/** A canvas's pixels as a data URL: equal strings mean equal pictures. */
const pixels = (canvas: Locator) => canvas.evaluate((c: HTMLCanvasElement) => c.toDataURL());

/** Draws a "7" on a pad with the mouse: a top bar and a slanted stem. */
async function drawSeven(page: Page, canvas: Locator): Promise<void> {
  const box = await steadyBox(canvas);
  const at = (x: number, y: number) =>
    page.mouse.move(box.x + box.width * x, box.y + box.height * y);
  await at(0.25, 0.2);
  await page.mouse.down();
  for (let t = 0; t <= 1; t += 0.1) await at(0.25 + 0.5 * t, 0.2);
  for (let t = 0; t <= 1; t += 0.1) await at(0.75 - 0.3 * t, 0.2 + 0.65 * t);
  await page.mouse.up();
}

/** Copies the link with `island`'s "Copy link" and returns it. */
async function copyLink(page: Page, island: Locator): Promise<string> {
  await island.getByRole('button', { name: 'Copy link' }).click();
  await expect(island.getByText('Link copied.')).toBeVisible();
  return page.evaluate(() => navigator.clipboard.readText());
}

test.describe('every demo in the link', () => {
  test.beforeEach(async ({ context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  });

  test('lesson 7: a drawing, a selected neuron, painted weights and a bias come back exactly', async ({
    page,
    browser,
    problems,
  }) => {
    await page.goto(LESSON_6);
    const pad = page.locator('digit-pad#read');
    const view = page.locator('network-view#inside');
    const paint = page.locator('weight-image#compare');
    await reach(pad);
    await expect(pad.getByRole('button', { name: 'Clear' })).toBeEnabled();
    await drawSeven(page, pad.locator('[data-pad]'));
    const guess = pad.getByRole('status', { name: "Network's guess" });
    await expect(guess).toHaveText(/^(It reads \d|Not sure: \d or \d\?)$/);

    await reach(view);
    await view.getByRole('button', { name: /Hidden layer 1, neuron 3\b/ }).click();
    await reach(paint);
    await paint.getByRole('combobox', { name: 'Input digit' }).selectOption('pad');
    await paint.getByRole('radio', { name: 'Negative' }).check();
    const weights = paint.locator('[data-weights]');
    const box = await steadyBox(weights);
    await page.mouse.move(box.x + box.width * 0.3, box.y + box.height * 0.5);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width * 0.7, box.y + box.height * 0.5, { steps: 8 });
    await page.mouse.up();
    await paint.getByRole('spinbutton', { name: 'Bias b' }).fill('2.5');
    await paint.getByRole('spinbutton', { name: 'Bias b' }).press('Enter');

    const before = {
      padPicture: await pixels(pad.locator('[data-pad]')),
      input: await pixels(pad.locator('[data-input-view]')),
      guess: await guess.textContent(),
      outputs: await pad.locator('[data-bars] output').allTextContents(),
      pressed: await view.locator('[aria-pressed="true"]').allTextContents(),
      detail: await view.locator('[data-detail-text]').textContent(),
      weights: await pixels(weights),
      z: await paint.getByRole('status', { name: 'Weighted sum z' }).textContent(),
      a: await paint.locator('[data-a]').textContent(),
    };
    expect(before.pressed).toHaveLength(1);

    const link = await copyLink(page, paint);
    expect(link.length).toBeLessThan(2000);
    expect(new URL(link).hash).toBe('#compare');
    expect(new URL(link).searchParams.get('read.d')).toBeTruthy();

    const fresh = await browser.newPage();
    await fresh.goto(link);
    const pad2 = fresh.locator('digit-pad#read');
    const view2 = fresh.locator('network-view#inside');
    const paint2 = fresh.locator('weight-image#compare');
    // The link opens at the painter (#compare), which starts there; the reader scrolls up to the others.
    await expect(paint2.getByRole('combobox', { name: 'Input digit' })).toHaveValue('pad');
    await reach(pad2);
    await expect(pad2.getByRole('status', { name: "Network's guess" })).toHaveText(before.guess!);
    expect(await pad2.locator('[data-bars] output').allTextContents()).toEqual(before.outputs);
    expect(await pixels(pad2.locator('[data-input-view]'))).toBe(before.input);
    expect(await pixels(pad2.locator('[data-pad]'))).toBe(before.padPicture);
    await reach(view2);
    await expect(view2.locator('[aria-pressed="true"]')).toHaveText(before.pressed);
    await expect(view2.locator('[data-detail-text]')).toHaveText(before.detail!);
    await reach(paint2);
    await expect(paint2.getByRole('status', { name: 'Weighted sum z' })).toHaveText(before.z!);
    await expect(paint2.locator('[data-a]')).toHaveText(before.a!);
    await expect(paint2.getByRole('spinbutton', { name: 'Bias b' })).toHaveValue('2.5');
    expect(await pixels(paint2.locator('[data-weights]'))).toBe(before.weights);
    for (const island of [pad2, view2, paint2])
      await expect(island.locator('[data-notice]')).toBeHidden();
    await fresh.close();
    expectNoProblems(problems);
  });

  test('lesson 6: the network view’s sample and neuron come back; a second click clears the neuron from the link', async ({
    page,
    browser,
  }) => {
    await page.goto(LESSON_5);
    const view = page.locator('network-view#layers');
    const select = view.getByRole('combobox', { name: 'Input digit' });
    await reach(view);
    await expect(select).toBeEnabled();
    const choice = (await select.locator('option').nth(23).getAttribute('value'))!;
    await select.selectOption(choice);
    const digit = view.getByRole('button', { name: /Output layer, digit 4\b/ });
    await digit.click();
    const link = await copyLink(page, view);
    expect(new URL(link).searchParams.get('layers.n')).toBe('out.4');
    expect(new URL(link).searchParams.get('layers.x')).toBe(String(Number(choice) + 1));
    const input = await pixels(view.locator('[data-input]'));

    const fresh = await browser.newPage();
    await fresh.goto(link);
    const again = fresh.locator('network-view#layers');
    await expect(again.getByRole('combobox', { name: 'Input digit' })).toHaveValue(choice);
    await expect(again.getByRole('button', { name: /Output layer, digit 4\b/ })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    expect(await pixels(again.locator('[data-input]'))).toBe(input);
    await fresh.close();

    await digit.click();
    await expect(digit).toHaveAttribute('aria-pressed', 'false');
    await expect.poll(() => new URL(page.url()).searchParams.has('layers.n')).toBe(false);
  });

  test('lesson 4: the plot cursor comes back, and the pad of lesson 1 keeps a sample', async ({
    page,
    browser,
  }) => {
    await page.goto('lessons/squishification/');
    const plot = page.locator('activation-plot#shapes');
    const cursor = plot.getByRole('slider', { name: /Plot cursor/ });
    await cursor.focus();
    for (let k = 0; k < 12; k++) await cursor.press('ArrowRight');
    const readout = await plot.locator('[data-readout]').textContent();
    const link = await copyLink(page, plot);
    const fresh = await browser.newPage();
    await fresh.goto(link);
    await expect(fresh.locator('activation-plot#shapes [data-readout]')).toHaveText(readout!);
    await fresh.close();

    await page.goto('lessons/what-a-neuron-holds/');
    const pad = page.locator('digit-pad#pad');
    const select = pad.getByRole('combobox', { name: 'Or pick a sample digit' });
    await reach(pad);
    await expect(select).toBeEnabled();
    await select.selectOption('41');
    const guess = await pad.getByRole('status', { name: "Network's guess" }).textContent();
    const link1 = await copyLink(page, pad);
    expect(new URL(link1).searchParams.get('pad.s')).toBe('42');
    const again = await browser.newPage();
    await again.goto(link1);
    await expect(again.locator('digit-pad#pad [data-sample]')).toHaveValue('41');
    await expect(
      again.locator('digit-pad#pad').getByRole('status', { name: "Network's guess" }),
    ).toHaveText(guess!);
    await again.close();
  });

  test('a hostile link is corrected with a notice in each demo, and the page works', async ({
    page,
    problems,
  }) => {
    const bad = new URLSearchParams({
      'read.d': '<script>alert(1)</script>',
      'inside.n': 'h9.99',
      'compare.w': '!!',
      'compare.x': '9999',
      'compare.p': 'evil',
      'compare.b': 'NaN',
    });
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await page.goto(`${LESSON_6}?${bad}`);
    const pad = page.locator('digit-pad#read');
    const view = page.locator('network-view#inside');
    const paint = page.locator('weight-image#compare');
    await reach(pad);
    await expect(pad.locator('[data-notice]')).toHaveText(/d is not a drawing this pad can read/);
    await reach(view);
    await expect(view.locator('[data-notice]')).toHaveText(/n is not a neuron of this network/);
    const notice = paint.locator('[data-notice]');
    await reach(paint);
    await expect(notice).toContainText('w is not a weight picture this demo can read');
    await expect(notice).toContainText('x is not "pad" or a sample from 1 to 100');
    await expect(notice).toContainText('p "evil" is not one of');
    await expect(notice).toContainText('b "NaN" is not a number');
    // The demos work from their lesson's own start: the pad is blank, the painter shows hidden neuron 1.
    await expect(pad.getByRole('status', { name: "Network's guess" })).toHaveText('Draw a digit');
    await expect(paint.getByRole('combobox', { name: 'Start the weights from' })).toHaveValue(
      'hidden-1',
    );
    await drawSeven(page, pad.locator('[data-pad]'));
    await expect(pad.getByRole('status', { name: "Network's guess" })).not.toHaveText(
      'Draw a digit',
    );
    // The corrected link no longer holds the bad values.
    await expect.poll(() => new URL(page.url()).searchParams.get('compare.p')).not.toBe('evil');
    // …and holds the new drawing instead of the hostile one.
    await expect
      .poll(() => new URL(page.url()).searchParams.get('read.d'))
      .toMatch(/^[A-Za-z0-9_-]+$/);
    expect(dialogs).toEqual([]);
    expectNoProblems(problems);
  });
});
