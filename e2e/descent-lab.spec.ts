/** Lesson 8's gradient-descent lab, as a reader uses it: steps, rates, Reset. */
import { axeFor } from './support/axe';
import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { shown } from './support/neuron-maths';

const LESSON = 'lessons/what-learning-means/';
const XS = [0, 0.2, 0.4, 0.6, 0.8, 1];
const YS = [0, 0, 0, 1, 1, 1];
const sigma = (z: number) => 1 / (1 + Math.exp(-z));

/** C = mean ½(a − y)² and its slopes, with a = σ(wx + b), written out. */
function costAndSlopes(w: number, b: number) {
  let [c, dw, db] = [0, 0, 0];
  XS.forEach((x, k) => {
    const a = sigma(w * x + b);
    const delta = (a - YS[k]!) * a * (1 - a);
    c += 0.5 * (a - YS[k]!) ** 2;
    dw += delta * x;
    db += delta;
  });
  return { c: c / 6, dw: dw / 6, db: db / 6 };
}

/**
 * `count` steps taken by hand with the lesson's formulas from the lab's start (w = −2, b = 1)
 * at η = 100, each kept within ±10: the steps whose w the range cut, with the rule's value.
 */
function wCutsByHand(count: number): { step: number; wanted: number }[] {
  let [w, b] = [-2, 1];
  const cuts: { step: number; wanted: number }[] = [];
  for (let k = 1; k <= count; k++) {
    const g = costAndSlopes(w, b);
    const wanted = w - 100 * g.dw;
    if (Math.abs(wanted) > 10) cuts.push({ step: k, wanted });
    [w, b] = [Math.max(-10, Math.min(10, wanted)), Math.max(-10, Math.min(10, b - 100 * g.db))];
  }
  return cuts;
}

/** Lesson 8's lab, its learning rate at the slider's end (η = 100), as a reader sets it. */
async function labAtLargestRate(page: Page) {
  await page.goto(LESSON);
  const lab = page.locator('descent-lab#learn');
  await lab.getByRole('slider', { name: 'Learning rate η' }).focus();
  await page.keyboard.press('End');
  return lab;
}

test('one step downhill moves w and b by −η times their slopes, and the cost falls', async ({
  page,
}) => {
  await page.goto(LESSON);
  const lab = page.locator('descent-lab#learn');
  const stepButton = lab.getByRole('button', { name: 'Take one step downhill' });
  await expect(stepButton).toBeEnabled();
  const start = costAndSlopes(-2, 1);
  await expect(lab.getByRole('status', { name: 'Cost C' })).toHaveText(shown(start.c));
  await stepButton.click();
  const [w, b] = [-2 - 5 * start.dw, 1 - 5 * start.db];
  await expect(lab.getByRole('status', { name: 'Steps taken' })).toHaveText('1');
  await expect(lab.getByRole('status', { name: 'Cost C' })).toHaveText(
    shown(costAndSlopes(w, b).c),
  );
  expect(costAndSlopes(w, b).c).toBeLessThan(start.c);
  // Typing in a number field takes no step.
  await lab.getByRole('spinbutton', { name: 'Weight w' }).click();
  await expect(lab.getByRole('status', { name: 'Steps taken' })).toHaveText('1');
  await lab.getByRole('button', { name: 'Take 10 steps' }).click();
  await expect(lab.getByRole('status', { name: 'Steps taken' })).toHaveText('11');
  await lab.getByRole('button', { name: 'Reset' }).click();
  await expect(lab.getByRole('status', { name: 'Steps taken' })).toHaveText('0');
  await expect(lab.getByRole('status', { name: 'Cost C' })).toHaveText(shown(start.c));
  const axe = await axeFor(page).include('descent-lab').analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
});

test('at the largest rate the cost goes up on a step, as the lesson says', async ({ page }) => {
  const lab = await labAtLargestRate(page);
  const costs: number[] = [];
  const cost = lab.getByRole('status', { name: 'Cost C' });
  costs.push(Number(await cost.textContent()));
  for (let k = 0; k < 4; k++) {
    await lab.getByRole('button', { name: 'Take one step downhill' }).click();
    await expect(lab.getByRole('status', { name: 'Steps taken' })).toHaveText(String(k + 1));
    costs.push(Number(await cost.textContent()));
  }
  expect(costs.slice(1).some((c, k) => c > costs[k]!)).toBe(true);
});

test('a step the range cuts short is said beside the numbers, with the rule’s own value', async ({
  page,
}) => {
  const lab = await labAtLargestRate(page);
  const step = lab.getByRole('button', { name: 'Take one step downhill' });
  const note = lab.locator('[data-edge]');
  const cut = wCutsByHand(8)[0];
  for (let k = 1; k <= 8; k++) {
    await step.click();
    await expect(lab.getByRole('status', { name: 'Steps taken' })).toHaveText(String(k));
    if (cut?.step === k) break;
    await expect(note).toBeHidden();
  }
  expect(cut).toBeDefined();
  await expect(note).toBeVisible();
  await expect(note).toHaveText(
    `Step ${cut!.step} would take w to w − η × ∂C/∂w = ${shown(cut!.wanted)}, past the end of its range, so it stops at 10; the next step starts from there.`,
  );
  await expect(lab.getByRole('spinbutton', { name: 'Weight w' })).toHaveValue('10');
  await lab.getByRole('button', { name: 'Reset' }).click();
  await expect(note).toBeHidden();
});

test('ten steps that hit the end of the range twice name both steps and the last one’s value', async ({
  page,
}) => {
  const lab = await labAtLargestRate(page);
  const cuts = wCutsByHand(10);
  expect(cuts.length).toBeGreaterThan(1);
  await lab.getByRole('button', { name: 'Take 10 steps' }).click();
  await expect(lab.getByRole('status', { name: 'Steps taken' })).toHaveText('10');
  const steps = cuts.map((c) => c.step);
  const listed = `${steps.slice(0, -1).join(', ')} and ${steps.at(-1)}`;
  await expect(lab.locator('[data-edge]')).toHaveText(
    `Steps ${listed} would each take w past the end of its range (step ${steps.at(-1)}: w − η × ∂C/∂w = ${shown(cuts.at(-1)!.wanted)}), so it stops at 10; the next step starts from there.`,
  );
});
