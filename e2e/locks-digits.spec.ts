/**
 * Teacher links lock or hide the digit demos' controls too: the drawing pad (drawing and its
 * sample menu), the weight painter (painting, starting weights, input digit, bias), the
 * network view's sample menu and the TrainingLab's settings. A locked control is disabled
 * with a lock mark and keeps the link's value; the pointer cannot draw or paint on a locked
 * canvas; a hidden control is gone; the share panel lists these controls.
 */
import { axeFor } from './support/axe';
import type { Locator, Page } from '@playwright/test';
import { expect, expectNoProblems, reach, steadyBox, test } from './support/fixtures';

/** Drags the mouse across `canvas` in a zigzag, as a reader drawing or painting would. */
async function scribble(page: Page, canvas: Locator): Promise<void> {
  const box = await steadyBox(canvas);
  const at = (x: number, y: number) => [box.x + x * box.width, box.y + y * box.height] as const;
  await page.mouse.move(...at(0.3, 0.2));
  await page.mouse.down();
  for (const [x, y] of [
    [0.7, 0.3],
    [0.3, 0.5],
    [0.7, 0.7],
    [0.5, 0.85],
  ] as const)
    await page.mouse.move(...at(x, y), { steps: 6 });
  await page.mouse.up();
}

/** A canvas's pixels, as one string to compare. */
const pixelsOf = (canvas: Locator) =>
  canvas.evaluate((c: HTMLCanvasElement) =>
    Array.from(c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data).join(','),
  );

test.describe('locks in the link: digit demos', () => {
  test('DigitPad: a locked drawing and sample menu keep the linked sample', async ({
    page,
    problems,
  }) => {
    await page.goto('lessons/what-a-neuron-holds/?pad.s=3&pad._lock=draw,s');
    const pad = page.locator('digit-pad#pad');
    await reach(pad);
    const menu = pad.getByRole('combobox', { name: /Or pick a sample digit/ });
    await expect(menu).toBeDisabled();
    await expect(menu).toHaveValue('2');
    await expect(menu).toHaveAccessibleName(/locked/);
    const clear = pad.getByRole('button', { name: 'Clear' });
    await expect(clear).toBeDisabled();
    await expect(pad.locator('[data-control="draw"] [data-link-lock] svg')).toBeVisible();
    const canvas = pad.locator('[data-pad]');
    await expect(canvas).toHaveAccessibleName(/locked by this link/);
    const guess = await pad.getAttribute('data-guess');
    expect(guess).toMatch(/^\d$/);
    const seen = await pixelsOf(pad.locator('[data-input-view]'));
    await scribble(page, canvas);
    // Nothing was drawn: the network still sees sample 3, and the link still says so.
    expect(await pixelsOf(pad.locator('[data-input-view]'))).toBe(seen);
    await expect(pad).toHaveAttribute('data-guess', guess!);
    expect(new URL(page.url()).searchParams.get('pad.s')).toBe('3');
    expect(new URL(page.url()).searchParams.get('pad.d')).toBeNull();
    expectNoProblems(problems);
  });

  test('DigitPad: a locked drawing locks the challenge solution that would redraw it', async ({
    page,
  }) => {
    await page.goto('lessons/what-a-neuron-holds/?pad.s=3&pad._lock=draw');
    const pad = page.locator('digit-pad#pad');
    await reach(pad);
    await expect(pad.getByRole('button', { name: 'Clear' })).toBeDisabled();
    const solve = pad.getByRole('button', { name: /^Show a solution/ });
    await expect(solve).toBeDisabled();
    await expect(solve).toHaveText('Show a solution (locked by this link)');
    expect(new URL(page.url()).searchParams.get('pad.s')).toBe('3');
  });

  test('DigitPad: a hidden sample menu is gone; the free pad still draws', async ({ page }) => {
    await page.goto('lessons/what-a-neuron-holds/?pad._hide=s');
    const pad = page.locator('digit-pad#pad');
    await reach(pad);
    await expect(pad.getByRole('button', { name: 'Clear' })).toBeEnabled();
    await expect(pad.getByRole('combobox')).toHaveCount(0);
    await expect(pad.locator('[data-control="s"]')).toBeHidden();
    await scribble(page, pad.locator('[data-pad]'));
    await expect(pad).toHaveAttribute('data-guess', /^\d$/);
  });

  test('WeightImage: locked painting and bias, hidden preset menu', async ({ page, problems }) => {
    await page.goto('lessons/weights/?stroke.b=-2.5&stroke._lock=w,b,x&stroke._hide=p');
    const lab = page.locator('weight-image#stroke');
    await reach(lab);
    await expect(lab.getByRole('combobox', { name: /Start the weights from/ })).toHaveCount(0);
    await expect(lab.locator('[data-control="p"]')).toBeHidden();
    const bias = lab.getByRole('slider', { name: /^Bias b/ });
    await expect(bias).toBeDisabled();
    await expect(bias).toHaveValue('-2.5');
    await expect(bias).toHaveAccessibleName(/locked/);
    await expect(lab.getByRole('combobox', { name: /Input digit/ })).toBeDisabled();
    for (const brush of ['Positive', 'Negative', 'Erase'])
      await expect(lab.getByRole('radio', { name: brush })).toBeDisabled();
    await expect(lab.locator('[data-control="w"] legend [data-link-lock] svg')).toBeVisible();
    const weights = lab.locator('[data-weights]');
    const before = await pixelsOf(weights);
    const sum = await lab.locator('[data-sum]').textContent();
    await scribble(page, weights);
    expect(await pixelsOf(weights)).toBe(before);
    await expect(lab.locator('[data-sum]')).toHaveText(sum!);
    expect(new URL(page.url()).searchParams.get('stroke.w')).toBeNull();
    expectNoProblems(problems);
  });

  test('NetworkView: a locked sample menu keeps the linked digit', async ({ page }) => {
    await page.goto('lessons/layers-and-matrices/?layers.x=4&layers._lock=x');
    const view = page.locator('network-view#layers');
    await reach(view);
    const menu = view.getByRole('combobox', { name: /Input digit/ });
    await expect(menu).toBeDisabled();
    await expect(menu).toHaveValue('3');
    await expect(menu).toHaveAccessibleName(/locked/);
    await expect(view.locator('[data-control="x"] [data-link-lock] svg')).toBeVisible();
    // Choosing a neuron is still free.
    const neuron = view.getByRole('button', { name: /^Output layer, digit 4/ });
    await neuron.click();
    await expect(neuron).toHaveAttribute('aria-pressed', 'true');
  });

  test('NetworkView: a locked choice of neuron keeps the linked one selected', async ({ page }) => {
    await page.goto('lessons/layers-and-matrices/?layers.n=h1.3&layers._lock=n');
    const view = page.locator('network-view#layers');
    await reach(view);
    const chosen = view.getByRole('button', { name: /^Hidden layer 1, neuron 3,/ });
    await expect(chosen).toHaveAttribute('aria-pressed', 'true');
    await expect(view.locator('[data-control="n"] [data-link-lock] svg')).toBeVisible();
    await expect(view.locator('[data-control="n"]')).toContainText('keeps the selected neuron');
    const other = view.getByRole('button', { name: /^Output layer, digit 4/ });
    await expect(other).toHaveAttribute('aria-disabled', 'true');
    // (aria-disabled: Playwright would wait for it to be enabled; a reader can still click.)
    await other.click({ force: true });
    await expect(other).toBeFocused();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Escape');
    await expect(other).toHaveAttribute('aria-pressed', 'false');
    await expect(chosen).toHaveAttribute('aria-pressed', 'true');
    expect(new URL(page.url()).searchParams.get('layers.n')).toBe('h1.3');
  });

  test('TrainingLab: a locked learning rate, a hidden cost', async ({ page }) => {
    await page.goto(
      'lessons/a-network-that-reads-digits/?learn.rate=3&learn._lock=rate&learn._hide=cost',
    );
    const lab = page.locator('training-lab#learn');
    const rate = lab.getByRole('combobox', { name: /Learning rate/ });
    await expect(rate).toBeDisabled();
    await expect(rate).toHaveValue('3');
    await expect(rate).toHaveAccessibleName(/locked/);
    // The mark sits beside the label's words, above the menu, not after it.
    const mark = lab.locator('[data-control="rate"] [data-control-label] [data-link-lock]');
    await expect(mark).toBeVisible();
    expect((await mark.boundingBox())!.y).toBeLessThan((await rate.boundingBox())!.y);
    await expect(lab.getByRole('combobox', { name: /^Cost/ })).toHaveCount(0);
    await expect(lab.getByRole('combobox', { name: /First hidden layer/ })).toBeEnabled();
  });

  test('the pad share panel lists the drawing and the sample menu, and its link locks them', async ({
    page,
  }) => {
    await page.goto('lessons/what-a-neuron-holds/');
    const pad = page.locator('digit-pad#pad');
    await reach(pad);
    await expect(pad.getByRole('button', { name: 'Clear' })).toBeEnabled();
    await pad.getByRole('button', { name: 'Share with a class' }).click();
    const dialog = pad.getByRole('dialog');
    await expect(dialog.getByRole('group', { name: 'Drawing on the pad' })).toBeVisible();
    await expect(dialog.getByRole('group', { name: 'Sample digit' })).toBeVisible();
    await dialog.getByRole('group', { name: 'Drawing on the pad' }).getByLabel('Locked').check();
    await dialog.getByRole('group', { name: 'Sample digit' }).getByLabel('Hidden').check();
    const link = new URL(await dialog.getByRole('textbox').inputValue());
    expect(link.searchParams.get('pad._lock')).toBe('draw');
    expect(link.searchParams.get('pad._hide')).toBe('s');
  });

  test('axe finds nothing on digit demos with locked and hidden controls', async ({ page }) => {
    await page.goto('lessons/what-a-neuron-holds/?pad.s=3&pad._lock=draw&pad._hide=s');
    await reach(page.locator('digit-pad#pad'));
    await expect(page.locator('digit-pad#pad [data-pad]')).toHaveAccessibleName(/locked/);
    const results = await axeFor(page).include('digit-pad#pad').analyze();
    expect(results.violations).toEqual([]);
  });
});
