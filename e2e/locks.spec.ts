/**
 * A teacher's link locks or hides a demo's controls (`<id>._lock=w1,b`, `<id>._hide=f`): a
 * locked control is shown disabled with a lock mark and the link's value, and neither the
 * keyboard, the pointer nor Reset moves it; a hidden one is gone, for screen readers too.
 * What a lesson fixes, a link cannot change (corrected with a notice).
 */
import { axeFor } from './support/axe';
import type { Locator, Page } from '@playwright/test';
import { expect, expectNoProblems, steadyBox, test } from './support/fixtures';
import { ORACLE, shown } from './support/neuron-maths';
import { ISLANDS, galleryPath } from '../src/components/island/registry.ts';

/** The authors' gallery pages of the NeuronLab (labs "one", "three", "bias") and the plot. */
const DEMO = galleryPath(ISLANDS.NeuronLab);
const PLOTS = galleryPath(ISLANDS.ActivationPlot);
const slider = (root: Locator, name: RegExp) => root.getByRole('slider', { name });
const zOf = (root: Locator) => root.getByRole('status', { name: 'Weighted sum z' });
const aOf = (root: Locator) => root.getByRole('status', { name: 'Activation a' });

/** Tries to move a slider as a reader would: click its far end, then arrow keys on it. */
async function tryToMove(page: Page, range: Locator): Promise<void> {
  const box = await steadyBox(range);
  await page.mouse.click(box.x + box.width - 4, box.y + box.height / 2);
  await page.mouse.move(box.x + 4, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width - 4, box.y + box.height / 2, { steps: 5 });
  await page.mouse.up();
  for (const key of ['ArrowRight', 'End', 'PageUp']) await page.keyboard.press(key);
}

test.describe('locks and hidden controls in the link', () => {
  test('a locked weight shows its link value with a lock mark and cannot be moved', async ({
    page,
    problems,
  }) => {
    // Lab "one": x1 = 1, w1 = 2, b = −1, sigmoid. The link sets w1 = 0.5 and locks it.
    await page.goto(`${DEMO}?one.w1=0.5&one._lock=w1`);
    const one = page.locator('neuron-lab#one');
    const w1 = slider(one, /^Weight w1/);
    await expect(one.getByRole('button', { name: 'Reset' })).toBeEnabled();
    await expect(w1).toBeDisabled();
    await expect(w1).toHaveValue('0.5');
    await expect(w1).toHaveAccessibleName(/Weight w1.*locked/);
    const number = one.getByRole('spinbutton', { name: /^Weight w1/ });
    await expect(number).toBeDisabled();
    await expect(number).toHaveValue('0.5');
    const mark = one.locator('[data-control="w1"] [data-link-lock] svg');
    await expect(mark).toBeVisible();
    expect((await mark.boundingBox())!.width).toBeGreaterThan(8);
    const z = 1 * 0.5 - 1;
    await expect(zOf(one)).toHaveText(shown(z));

    await tryToMove(page, w1);
    await number.focus().catch(() => {});
    await page.keyboard.press('ArrowUp');
    await expect(w1).toHaveValue('0.5');
    await expect(zOf(one)).toHaveText(shown(z));
    await expect(aOf(one)).toHaveText(shown(ORACLE.sigmoid!(z)));

    // The bias is free; Reset returns it to −1 and leaves the locked weight at the link's 0.5.
    const b = slider(one, /^Bias b/);
    await expect(b).toBeEnabled();
    await b.focus();
    await page.keyboard.press('End');
    await expect(zOf(one)).toHaveText(shown(0.5 + 6));
    await one.getByRole('button', { name: 'Reset' }).click();
    await expect(b).toHaveValue('-1');
    await expect(w1).toHaveValue('0.5');
    await expect(zOf(one)).toHaveText(shown(z));
    await expect(one.locator(':scope > figure > [data-notice]')).toBeHidden();
    // The lock stays in the address, so a copied link keeps it.
    await expect.poll(() => new URL(page.url()).searchParams.get('one._lock')).toBe('w1');
    expectNoProblems(problems);
  });

  test('a hidden control is gone, for screen readers too; the demo still computes', async ({
    page,
  }) => {
    await page.goto(`${DEMO}?one._hide=f,b&one.b=0.5`);
    const one = page.locator('neuron-lab#one');
    await expect(one.getByRole('button', { name: 'Reset' })).toBeEnabled();
    await expect(one.getByRole('combobox', { name: 'Activation function' })).toHaveCount(0);
    await expect(one.getByRole('slider', { name: /^Bias b/ })).toHaveCount(0);
    await expect(one.getByText('Activation function')).toBeHidden();
    await expect(slider(one, /^Weight w1/)).toBeEnabled();
    // The hidden bias keeps the link's value: z = 1 · 2 + 0.5.
    await expect(zOf(one)).toHaveText(shown(2.5));
    const tree = await one.locator('.controls').ariaSnapshot();
    expect(tree).not.toMatch(/Bias|Activation function/);
  });

  test('a link cannot change what the lesson fixes, nor lock what does not exist', async ({
    page,
    problems,
  }) => {
    // Lesson 3's gate: inputs fixed at 1 and 1, weights 1 and 1 (not shown), bias 0.5, step.
    await page.goto('lessons/bias/?gate.x1=0&gate.w2=-3&gate.b=-1.8&gate._lock=b,w9&gate._hide=x3');
    const gate = page.locator('neuron-lab#gate');
    const notice = gate.locator(':scope > figure > [data-notice]');
    await expect(notice).toBeVisible();
    await expect(notice).toContainText('x1 is fixed by this lesson');
    await expect(notice).toContainText('w2 is fixed by this lesson');
    await expect(notice).toContainText('"w9"');
    await expect(notice).toContainText('"x3"');
    await expect(slider(gate, /^Input x1/)).toHaveValue('1');
    await expect(slider(gate, /^Input x1/)).toBeDisabled();
    // z = 1·1 + 1·1 − 1.8: the link's bias is used (and locked), the fixed parts are not.
    await expect(zOf(gate)).toHaveText(shown(0.2));
    await expect(aOf(gate)).toHaveText(shown(1));
    await expect(slider(gate, /^Bias b/)).toBeDisabled();
    // The address is rewritten without what was refused.
    await expect
      .poll(() => {
        const p = new URL(page.url()).searchParams;
        return [p.get('gate.x1'), p.get('gate.w2'), p.get('gate._lock'), p.get('gate._hide')];
      })
      .toEqual([null, null, 'b', null]);
    expectNoProblems(problems);
  });

  test('DescentLab: a locked b stays while steps move w; the rate can be hidden', async ({
    page,
  }) => {
    await page.goto('lessons/what-learning-means/?learn._lock=b&learn._hide=rate');
    const learn = page.locator('descent-lab#learn');
    const step = learn.getByRole('button', { name: 'Take 10 steps' });
    await expect(step).toBeEnabled();
    await expect(slider(learn, /^Learning rate/)).toHaveCount(0);
    await expect(slider(learn, /^Bias b/)).toBeDisabled();
    await step.click();
    await expect(learn.locator('[data-steps]')).toHaveText('10');
    await expect(slider(learn, /^Bias b/)).toHaveValue('1');
    await expect(slider(learn, /^Weight w/)).not.toHaveValue('-2');

    await page.goto('lessons/what-learning-means/?learn._lock=step');
    await expect(learn.getByRole('button', { name: 'Reset' })).toBeEnabled();
    await expect(learn.getByRole('button', { name: 'Take one step downhill' })).toBeDisabled();
    await expect(learn.getByRole('button', { name: 'Take 10 steps' })).toBeDisabled();
  });

  test('SoftmaxView: a locked logit and count keep the link values', async ({ page }) => {
    await page.goto('lessons/slopes-and-softmax/?soft.z1=3&soft._lock=z1,n');
    const soft = page.locator('softmax-view#soft');
    await expect(soft.getByRole('button', { name: 'Reset' })).toBeEnabled();
    const z1 = slider(soft, /^Logit z1/);
    await expect(z1).toBeDisabled();
    await expect(z1).toHaveValue('3');
    await expect(soft.getByRole('combobox', { name: /Number of logits/ })).toBeDisabled();
    await tryToMove(page, z1);
    // Independent softmax of (3, 1, 0.1).
    const e = [3, 1, 0.1].map(Math.exp);
    const total = e.reduce((s, v) => s + v, 0);
    await expect(soft.locator('output[data-p="0"]')).toHaveText(shown(e[0]! / total));
  });

  test('ActivationPlot: a locked cursor says so and ignores the keyboard', async ({ page }) => {
    await page.goto(`${PLOTS}?curves.c=1.5&curves._lock=c`);
    const curves = page.locator('activation-plot#curves');
    const cursor = curves.getByRole('slider', { name: /Plot cursor z, locked/ });
    await expect(cursor).toBeDisabled();
    await expect(cursor).toHaveValue('1.5');
    await expect(curves.locator('[data-control="c"] [data-link-lock] svg')).toBeVisible();
    await tryToMove(page, cursor);
    await expect(cursor).toHaveValue('1.5');
    await expect(curves.locator('[data-readout]')).toContainText('z = 1.500');
  });

  test('axe finds nothing on a page with locked and hidden controls', async ({ page }) => {
    await page.goto(`${DEMO}?one._lock=w1,f&one._hide=x1&three._lock=b`);
    await expect(page.locator('neuron-lab#one [data-link-lock]').first()).toBeVisible();
    const axe = await axeFor(page).analyze();
    expect(axe.violations.map((v) => `${v.id}: ${v.nodes[0]?.target}`)).toEqual([]);
  });

  test.describe('the share panel', () => {
    test.beforeEach(async ({ context }) => {
      await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    });

    test('locks w1 and hides f in a link that opens so, with a QR code; keyboard and axe', async ({
      page,
      context,
      problems,
    }) => {
      await page.goto(DEMO);
      const one = page.locator('neuron-lab#one');
      const opener = one.getByRole('button', { name: 'Share with a class' });
      await expect(opener).toBeEnabled();
      await opener.focus();
      await page.keyboard.press('Enter');
      const dialog = page.getByRole('dialog', { name: 'Share this demo with a class' });
      await expect(dialog).toBeVisible();
      await expect(dialog.locator(':focus')).toHaveCount(1);
      // Every control of the lab is listed, free to start with.
      for (const name of ['Input x1', 'Weight w1', 'Bias b', 'Activation function'])
        await expect(
          dialog.getByRole('group', { name }).getByRole('radio', { name: 'Free' }),
        ).toBeChecked();
      await dialog
        .getByRole('group', { name: 'Weight w1' })
        .getByRole('radio', { name: 'Locked' })
        .check();
      await dialog
        .getByRole('group', { name: 'Activation function' })
        .getByRole('radio', { name: 'Hidden' })
        .check();
      const field = dialog.getByRole('textbox', { name: 'Link for the class' });
      await expect(field).toHaveAttribute('readonly', '');
      const link = new URL(await field.inputValue());
      expect(link.pathname.endsWith(`/${DEMO}`)).toBe(true);
      expect(link.searchParams.get('one._lock')).toBe('w1');
      expect(link.searchParams.get('one._hide')).toBe('f');
      expect(link.searchParams.has('present')).toBe(false);
      expect(link.hash).toBe('#one');

      const qr = dialog.getByRole('img', { name: /QR code/ });
      await expect(qr).toBeVisible();
      const box = (await qr.boundingBox())!;
      expect(box.width).toBeGreaterThan(150);
      expect(Math.abs(box.width - box.height)).toBeLessThan(2);
      // A QR code of a ~70-character link has hundreds of dark modules, not a blank square.
      const modules = await qr
        .locator('path')
        .evaluate((p) => (p.getAttribute('d') ?? '').split('M').length - 1);
      expect(modules).toBeGreaterThan(200);

      const axe = await axeFor(page).analyze();
      expect(axe.violations.map((v) => `${v.id}: ${v.nodes[0]?.target}`)).toEqual([]);

      await dialog.getByRole('button', { name: 'Copy', exact: true }).click();
      await expect(dialog.getByText('Link copied.')).toBeVisible();
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link.href);

      // Present mode: the link names this demo.
      await dialog.getByRole('checkbox', { name: /present mode/ }).check();
      expect(new URL(await field.inputValue()).searchParams.get('present')).toBe('one');

      await page.keyboard.press('Escape');
      await expect(dialog).toBeHidden();
      await expect(opener).toBeFocused();

      const student = await context.newPage();
      await student.goto(link.href);
      const theirs = student.locator('neuron-lab#one');
      await expect(theirs.getByRole('button', { name: 'Reset' })).toBeEnabled();
      await expect(theirs.getByRole('slider', { name: /^Weight w1.*locked/ })).toBeDisabled();
      await expect(theirs.getByRole('slider', { name: /^Bias b/ })).toBeEnabled();
      await expect(theirs.getByRole('combobox', { name: 'Activation function' })).toHaveCount(0);
      expectNoProblems(problems);
    });

    test('fits a 360 px phone in dark mode and shows a lesson-fixed input as fixed', async ({
      page,
    }) => {
      await page.setViewportSize({ width: 360, height: 740 });
      await page.emulateMedia({ colorScheme: 'dark' });
      await page.goto('lessons/bias/');
      const gate = page.locator('neuron-lab#gate');
      await gate.getByRole('button', { name: 'Share with a class' }).click();
      const dialog = page.getByRole('dialog', { name: 'Share this demo with a class' });
      await expect(dialog).toBeVisible();
      const box = (await dialog.boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(360);
      const fixed = dialog.getByRole('group', { name: /Input x1 \(fixed by the lesson\)/ });
      await expect(fixed.getByRole('radio', { name: 'Free' })).toBeDisabled();
      await expect(fixed.getByRole('radio', { name: 'Locked' })).toBeChecked();
      const overflow = await dialog.evaluate((d) => d.scrollWidth - d.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      const copy = dialog.getByRole('button', { name: 'Copy', exact: true });
      await copy.scrollIntoViewIfNeeded();
      const copyBox = (await copy.boundingBox())!;
      expect(copyBox.x + copyBox.width).toBeLessThanOrEqual(360);
      expect(copyBox.height).toBeGreaterThanOrEqual(44);
    });
  });
});
