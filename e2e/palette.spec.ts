/**
 * Pictures of weights follow the page's colour scheme: their colours are the page's CSS
 * custom properties --positive, --negative and --ramp-zero (read from the built page, not
 * from the palette code), in the weight painter, the network view's neuron picture and the
 * TrainingLab's weight pictures, also when the reader switches scheme with the page open.
 */
import type { Locator, Page } from '@playwright/test';
import { contrast, type RGB } from './support/colour';
import { expect, reach, test } from './support/fixtures';

/** The page's ramp colours and the island's background, as the page's CSS gives them. */
async function pageColours(island: Locator) {
  return island.evaluate((el) => {
    const style = getComputedStyle(el);
    const hex = (name: string) => {
      const h = style.getPropertyValue(name).trim().replace('#', '');
      const full = h.length === 3 ? [...h].map((c) => c + c).join('') : h;
      return [0, 2, 4].map((i) => parseInt(full.slice(i, i + 2), 16));
    };
    const bg = getComputedStyle(document.body).backgroundColor.match(/\d+/g)!.map(Number);
    return {
      positive: hex('--positive'),
      negative: hex('--negative'),
      zero: hex('--ramp-zero'),
      background: bg.slice(0, 3),
    };
  }) as Promise<{ positive: RGB; negative: RGB; zero: RGB; background: RGB }>;
}

/** Every pixel of a canvas as [r, g, b]. */
function canvasPixels(canvas: Locator): Promise<RGB[]> {
  return canvas.evaluate((c: HTMLCanvasElement) => {
    const data = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
    const out: [number, number, number][] = [];
    for (let k = 0; k < data.length; k += 4) out.push([data[k]!, data[k + 1]!, data[k + 2]!]);
    return out;
  });
}

const near = (a: RGB, b: RGB, tolerance = 2) => a.every((v, i) => Math.abs(v - b[i]!) <= tolerance);

/** Whether c lies on the ramp: zero mixed towards positive or towards negative (± rounding). */
function onRamp(c: RGB, ramp: { positive: RGB; negative: RGB; zero: RGB }): boolean {
  return [ramp.positive, ramp.negative].some((end) => {
    const axis = end.map((v, i) => v - ramp.zero[i]!);
    const t = Math.max(
      0,
      Math.min(
        1,
        axis.reduce((s, d, i) => s + d * (c[i]! - ramp.zero[i]!), 0) /
          axis.reduce((s, d) => s + d * d, 0),
      ),
    );
    return near(c, ramp.zero.map((z, i) => z + t * axis[i]!) as RGB, 3);
  });
}

const painter = (page: Page) => page.locator('weight-image#stroke');

for (const scheme of ['light', 'dark'] as const) {
  test(`the weight painter's pictures use the page's ramp (${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto('lessons/weights/');
    const island = painter(page);
    await reach(island);
    await expect(island.getByRole('combobox', { name: 'Input digit' })).toBeEnabled();
    const ramp = await pageColours(island);
    const pixels = await canvasPixels(island.locator('[data-weights]'));
    // The hand-made stroke detector has weights −1, 0 and +1 only: exactly the ramp's three.
    const distinct = [...new Set(pixels.map((p) => p.join()))].sort();
    expect(distinct).toEqual([ramp.negative, ramp.positive, ramp.zero].map((c) => c.join()).sort());
    // Zero fades into the page; either sign stands out from zero at 3:1 or more.
    expect(contrast(ramp.zero, ramp.background)).toBeLessThan(1.5);
    expect(contrast(ramp.positive, ramp.zero)).toBeGreaterThanOrEqual(3);
    expect(contrast(ramp.negative, ramp.zero)).toBeGreaterThanOrEqual(3);
    // The products picture stays on the same ramp.
    for (const p of await canvasPixels(island.locator('[data-products]')))
      expect(onRamp(p, ramp), `${p} on the ramp`).toBe(true);
  });
}

test('switching to dark with the page open repaints the weight pictures', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('lessons/weights/');
  const island = painter(page);
  await reach(island);
  await expect(island.getByRole('combobox', { name: 'Input digit' })).toBeEnabled();
  const corner = async () => (await canvasPixels(island.locator('[data-weights]')))[0]!;
  expect(await corner()).toEqual((await pageColours(island)).zero);
  await page.emulateMedia({ colorScheme: 'dark' });
  const dark = await pageColours(island);
  expect(contrast(dark.background, [247, 247, 247])).toBeGreaterThan(10);
  await expect.poll(corner).toEqual(dark.zero);
});

test('the network view draws a neuron’s weight picture in the dark ramp', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('lessons/a-network-that-reads-digits/');
  const view = page.locator('network-view#inside');
  await reach(view);
  const neuron = view.getByRole('button', { name: /^Hidden layer 1, neuron 1,/ });
  await neuron.click();
  await expect(neuron).toHaveAttribute('aria-pressed', 'true');
  const ramp = await pageColours(view);
  const pixels = await canvasPixels(view.locator('[data-weight-image]'));
  expect(pixels).toHaveLength(784);
  for (const p of pixels) expect(onRamp(p, ramp), `${p} on the dark ramp`).toBe(true);
  // Each picture is scaled by its own largest |w|, so one end is reached in full.
  expect(pixels.some((p) => near(p, ramp.positive) || near(p, ramp.negative))).toBe(true);
  // The legend's gradient is made of the same three colours.
  const legend = await view
    .locator('.ramp')
    .first()
    .evaluate((el) => getComputedStyle(el).backgroundImage);
  for (const c of [ramp.negative, ramp.zero, ramp.positive])
    expect(legend).toContain(`rgb(${c.join(', ')})`);
});

test('the TrainingLab paints its weight pictures in the dark ramp', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('lessons/a-network-that-reads-digits/');
  const lab = page.locator('training-lab#learn');
  await lab.getByRole('button', { name: 'Step one batch', exact: true }).click();
  await expect.poll(async () => Number(await lab.getAttribute('data-seen'))).toBeGreaterThan(0);
  const ramp = await pageColours(lab);
  const canvas = lab.locator('[data-weights]');
  await expect(canvas).toBeVisible();
  const size = await canvas.evaluate((c: HTMLCanvasElement) => [c.width, c.height]);
  // Only the pictures (the gaps between them stay transparent): the first 28 × 28 tile.
  const pixels = (await canvasPixels(canvas)).filter(
    (_, k) => k % size[0]! < 28 && Math.floor(k / size[0]!) < 28,
  );
  expect(pixels).toHaveLength(784);
  for (const p of pixels) expect(onRamp(p, ramp), `${p} on the dark ramp`).toBe(true);
  expect(pixels.filter((p) => near(p, [247, 247, 247], 12))).toEqual([]);
});
