/**
 * Small things a reader sees, measured in the page: a table inside a demo card or an aside
 * shows no band of another colour at its edges, a plot's readout keeps clear of the buttons
 * under it, a phone shows the column a table is about without scrolling it, and a black
 * drawing pad shows its edge on a dark card.
 */
import { contrast, type RGB } from './support/colour';
import { expect, reach, test } from './support/fixtures';

const LESSONS = [
  'what-a-neuron-holds',
  'weights',
  'bias',
  'squishification',
  'slopes-and-softmax',
  'layers-and-matrices',
  'a-network-that-reads-digits',
  'what-learning-means',
];

for (const scheme of ['dark', 'light'] as const) {
  test(`${scheme}: a table's scroll covers are the colour of the card or aside it sits on`, async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.setViewportSize({ width: 375, height: 800 });
    let checked = 0;
    for (const lesson of LESSONS) {
      await page.goto(`lessons/${lesson}/`);
      const tables = await page.evaluate(() =>
        [...document.querySelectorAll<HTMLElement>('.lesson__body table')].map((table) => {
          // What the table is painted on: the nearest ancestor with a background of its own.
          let under: Element | null = table.parentElement;
          while (under && getComputedStyle(under).backgroundColor === 'rgba(0, 0, 0, 0)') {
            under = under.parentElement;
          }
          const surface = under ? getComputedStyle(under).backgroundColor : 'none';
          // The two covers are the first two gradients: "linear-gradient(to right, rgb(…) 40%, …".
          const covers = [
            ...getComputedStyle(table).backgroundImage.matchAll(
              /linear-gradient\([^,]+, (rgb\([^)]+\))/g,
            ),
          ].map((m) => m[1]);
          return {
            caption: table.querySelector('caption, th')?.textContent?.trim(),
            surface,
            covers,
          };
        }),
      );
      for (const t of tables) {
        expect(t.covers, `${lesson}: ${t.caption}`).toEqual([t.surface, t.surface]);
        checked++;
      }
    }
    // Lesson 1's worked example (an aside) and lesson 8's examples (a demo card) among them.
    expect(checked).toBeGreaterThanOrEqual(4);
  });
}

for (const [lesson, id, width] of [
  ['slopes-and-softmax', 'slopes', 1280],
  ['squishification', 'shapes', 375],
] as const) {
  test(`${id} at ${width} px: the readout's last line keeps clear of the Copy link buttons`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height: 800 });
    await page.goto(`lessons/${lesson}/`);
    const plot = page.locator(`activation-plot#${id}`);
    await reach(plot);
    await expect(plot.locator('canvas').first()).toBeVisible();
    const gap = await plot.evaluate((el) => {
      const readout = el.querySelector('[data-readout]')!.getBoundingClientRect();
      const buttons = el.querySelector('copy-link')!.getBoundingClientRect();
      return buttons.top - readout.bottom;
    });
    expect(gap).toBeGreaterThanOrEqual(8);
  });
}

test('lesson 4 on a 375 px phone: the table of shapes shows each output range without scrolling', async ({
  page,
}) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto('lessons/squishification/');
  const table = page.locator('.lesson__body table').first();
  await reach(table);
  const fit = await table.evaluate((t) => {
    const shown = t.getBoundingClientRect();
    const columns = [...t.querySelectorAll('thead th')].map((th) => th.textContent!.trim());
    const range = columns.indexOf('output range');
    const rights = [...t.querySelectorAll('tbody tr')].map(
      (row) => row.children[range]!.getBoundingClientRect().right,
    );
    return { range, shownRight: shown.right, widest: Math.max(...rights) };
  });
  expect(fit.range).toBe(1);
  expect(fit.widest).toBeLessThanOrEqual(fit.shownRight);
});

for (const [lesson, island, picture, edge] of [
  ['a-network-that-reads-digits', 'digit-pad', 'canvas[data-pad]', 'outline'],
  ['a-network-that-reads-digits', 'training-lab', 'canvas[data-pad]', 'outline'],
  ['a-network-that-reads-digits', 'digit-pad', 'canvas[data-input-view]', 'border'],
  ['layers-and-matrices', 'network-view', 'canvas[data-input]', 'border'],
] as const) {
  test(`dark: the ${island}'s black ${picture} shows its edge against the card, at 3:1 or more`, async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.setViewportSize({ width: 375, height: 800 });
    await page.goto(`lessons/${lesson}/`);
    const pad = page.locator(`${island} ${picture}`).first();
    await reach(pad);
    const colours = await pad.evaluate((el, edge) => {
      const rgb = (css: string) =>
        css
          .match(/[\d.]+/g)!
          .slice(0, 3)
          .map(Number);
      let under: Element | null = el.parentElement;
      while (under && getComputedStyle(under).backgroundColor === 'rgba(0, 0, 0, 0)') {
        under = under.parentElement;
      }
      const style = getComputedStyle(el);
      return {
        pad: rgb(style.backgroundColor),
        card: rgb(getComputedStyle(under!).backgroundColor),
        // The pad's edge is its outline (its box is where the pointer is measured); a
        // picture's is its border, on all four sides.
        edge: rgb(edge === 'outline' ? style.outlineColor : style.borderTopColor),
        edgeWidth: parseFloat(edge === 'outline' ? style.outlineWidth : style.borderTopWidth),
        edgeStyle: edge === 'outline' ? style.outlineStyle : style.borderTopStyle,
        sidesAlike: ['Right', 'Bottom', 'Left'].every(
          (side) =>
            edge === 'outline' ||
            (style.getPropertyValue(`border-${side.toLowerCase()}-color`) ===
              style.borderTopColor &&
              style.getPropertyValue(`border-${side.toLowerCase()}-width`) ===
                style.borderTopWidth),
        ),
      };
    }, edge);
    // The pad alone does not stand out from a dark card (about 1.3:1); its edge does.
    expect(contrast(colours.pad as RGB, colours.card as RGB)).toBeLessThan(3);
    expect(colours.edgeStyle).toBe('solid');
    expect(colours.edgeWidth).toBeGreaterThanOrEqual(1);
    expect(contrast(colours.edge as RGB, colours.card as RGB)).toBeGreaterThanOrEqual(3);
    expect(colours.sidesAlike).toBe(true);
  });
}
