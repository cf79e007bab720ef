/**
 * Present mode, as a teacher at a projector meets it: `?present` and the Present button turn a
 * lesson into slides (its title, then one per `##` section), keys from a keyboard or a clicker
 * move between them, text is projector-sized, slides fit the screen, Esc leaves with every
 * demo's state kept (on the page and in the link), and nothing changes without JavaScript.
 */
import { axeFor } from './support/axe';
import type { Locator, Page } from '@playwright/test';
import { DIST, courseLessonPages } from './support/built-pages';
import { expect, expectNoProblems, reach, settle, test } from './support/fixtures';

const lessons = courseLessonPages(DIST);
const FULL_HD = { width: 1920, height: 1080 };
const HD = { width: 1280, height: 720 };

const counter = (page: Page) => page.locator('[data-present-counter]');
const bar = (page: Page) => page.getByRole('toolbar', { name: 'Slides' });
/**
 * Presses `key` until the counter reads `want`: a slide taller than the screen takes one press
 * per screen before the next slide (at most 12 presses in all).
 */
async function pressUntil(page: Page, key: string, want: string): Promise<void> {
  for (let k = 0; k < 12 && (await counter(page).textContent()) !== want; k++) {
    await page.keyboard.press(key);
  }
  await expect(counter(page)).toHaveText(want);
}
/** Waits until a demo shown alone has been fitted to the slide: all of it above the bar. */
async function fittedAboveBar(page: Page, demo: Locator): Promise<void> {
  const barTop = (await bar(page).boundingBox())!.y;
  await expect
    .poll(() => demo.evaluate((d) => d.getBoundingClientRect().bottom))
    .toBeLessThanOrEqual(barTop + 1);
}
/** Presents lesson 3 and steps to the slide of its "gate" lab; gives the lab's bias slider. */
async function presentGateSlider(page: Page): Promise<Locator> {
  await page.goto('lessons/bias/?present');
  await settle(page);
  const gate = page.locator('#gate');
  while (!(await gate.isVisible())) await page.keyboard.press('ArrowRight');
  return gate.getByRole('slider', { name: 'Bias b' });
}
/** The section headings a reader sees in the lesson (not the objectives box). */
const sectionHeadings = (page: Page) => page.locator('.lesson__body > h2');

/** Relative luminance and contrast ratio as WCAG 2 defines them, from "rgb(r, g, b)". */
function contrast(a: string, b: string): number {
  const lum = (css: string) => {
    const [r, g, bl] = css
      .match(/[\d.]+/g)!
      .slice(0, 3)
      .map(Number) as [number, number, number];
    const lin = (c: number) => {
      const s = c / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    };
    return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(bl);
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

test.describe('opening and walking through a lesson', () => {
  test.use({ viewport: FULL_HD });

  test('?present shows the title slide, then one slide per section, moved by clicker keys', async ({
    page,
    problems,
  }) => {
    await page.goto('lessons/bias/?present');
    await settle(page);
    const sections = await sectionHeadings(page).allTextContents();
    expect(sections.length).toBeGreaterThan(3);
    const total = sections.length + 1;

    await expect(bar(page)).toBeVisible();
    await expect(counter(page)).toHaveText(`1 / ${total}`);
    await expect(page.locator('h1')).toBeVisible();
    await expect(page.locator('.site-header')).toBeHidden();
    for (const heading of await sectionHeadings(page).all()) await expect(heading).toBeHidden();

    // ArrowRight, PageDown and Space forward; ArrowLeft and PageUp back.
    const forward = ['ArrowRight', 'PageDown', ' '];
    for (const [i, key] of forward.entries()) {
      await pressUntil(page, key, `${i + 2} / ${total}`);
      await expect(page.getByRole('heading', { level: 2, name: sections[i]! })).toBeVisible();
      await expect(page.locator('h1')).toBeHidden();
    }
    await expect(page.locator('[data-present-announce]')).toHaveText(
      `Slide 4 of ${total}: ${sections[2]!}`,
    );
    await page.keyboard.press('ArrowLeft');
    await expect(counter(page)).toHaveText(`3 / ${total}`);
    await page.keyboard.press('PageUp');
    await expect(counter(page)).toHaveText(`2 / ${total}`);
    await page.keyboard.press('End');
    await expect(counter(page)).toHaveText(`${total} / ${total}`);
    // Forward from the last slide shows the rest of it, if any, and goes no further.
    const next = page.getByRole('button', { name: 'Next slide' });
    for (let k = 0; k < 12 && (await next.isEnabled()); k++)
      await page.keyboard.press('ArrowRight');
    await expect(next).toBeDisabled();
    await page.keyboard.press('ArrowRight');
    await expect(counter(page)).toHaveText(`${total} / ${total}`);
    const previous = page.getByRole('button', { name: 'Previous slide' });
    for (let k = 0; k < 12 && (await counter(page).textContent()) === `${total} / ${total}`; k++) {
      await previous.click();
    }
    await expect(counter(page)).toHaveText(`${total - 1} / ${total}`);
    // The lesson's previous/next links belong to no slide.
    await expect(page.getByRole('navigation', { name: 'Previous and next lesson' })).toBeHidden();
    expectNoProblems(problems);
  });

  test('a slide taller than the screen is shown a screen at a time before the next one', async ({
    page,
  }) => {
    // Lesson 6's matrix section: the formula, the worked example and a demo, several screens.
    await page.goto('lessons/layers-and-matrices/?present=3');
    await settle(page);
    const total = Number((await counter(page).textContent())!.split('/')[1]);
    const on = `3 / ${total}`;
    await expect(counter(page)).toHaveText(on);
    const slide = page.locator('.lesson__body');
    const measure = () =>
      slide.evaluate((b) => ({ top: b.scrollTop, room: b.clientHeight, height: b.scrollHeight }));
    const start = await measure();
    expect(start.top).toBe(0);
    expect(start.height).toBeGreaterThan(2 * start.room);
    const last = page.locator('.lesson__body > :not([data-present-off])').last();
    await expect(last).not.toBeInViewport();
    // Forward by PageDown, Space and the bar's Next in turn, as a clicker or a mouse would.
    const next = page.getByRole('button', { name: 'Next slide' });
    const forward = [
      () => page.keyboard.press('PageDown'),
      () => next.click(),
      () => page.keyboard.press(' '),
    ];
    let steps = 0;
    for (; steps < 12 && (await counter(page).textContent()) === on; steps++) {
      const before = await measure();
      if (before.top + before.room >= before.height - 1) {
        // The end of the slide is on screen: only now does a step open the next one.
        await expect(last).toBeInViewport();
      }
      await forward[steps % forward.length]!();
      if ((await counter(page).textContent()) !== on) {
        expect(before.top + before.room).toBeGreaterThanOrEqual(before.height - 1);
        break;
      }
      const after = await measure();
      // Each step shows new lines and keeps the last ones: more than nothing, less than a screen.
      expect(after.top).toBeGreaterThan(before.top);
      expect(after.top - before.top).toBeLessThan(before.room);
    }
    expect(steps).toBeGreaterThanOrEqual(3);
    await expect(counter(page)).toHaveText(`4 / ${total}`);
    expect((await measure()).top).toBe(0);
    // Back opens the slide before at its top; within a slide, Back first scrolls up.
    await page.locator('.lesson__body').focus();
    await page.keyboard.press('PageUp');
    await expect(counter(page)).toHaveText(on);
    expect((await measure()).top).toBe(0);
    await page.keyboard.press('PageDown');
    expect((await measure()).top).toBeGreaterThan(0);
    await page.keyboard.press('PageUp');
    await expect(counter(page)).toHaveText(on);
    expect((await measure()).top).toBe(0);
    await page.keyboard.press('PageUp');
    await expect(counter(page)).toHaveText(`2 / ${total}`);
  });

  test('the Present button opens it; Esc returns to the same place with the link unchanged', async ({
    page,
  }) => {
    await page.goto('lessons/bias/?gate.b=-0.5');
    await settle(page);
    const third = page.getByRole('heading', { level: 2 }).nth(2);
    await third.scrollIntoViewIfNeeded();
    await page.mouse.wheel(0, 400);
    await page.waitForFunction(() => scrollY > 0);
    // The same place is the same text at the same height on the screen (the blocks above may
    // be drawn from estimates until present mode draws the whole lesson).
    const topOf = () => third.evaluate((h) => h.getBoundingClientRect().top);
    const before = await topOf();
    const present = page.getByRole('button', { name: 'Present' });
    await present.evaluate((b) => (b as HTMLElement).click());
    await expect(counter(page)).toHaveText(/^1 \/ \d+$/);
    expect(new URL(page.url()).searchParams.has('present')).toBe(true);
    expect(new URL(page.url()).searchParams.get('gate.b')).toBe('-0.5');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Escape');

    await expect(bar(page)).toBeHidden();
    await expect(page.locator('.site-header')).toBeVisible();
    for (const heading of await sectionHeadings(page).all()) await expect(heading).toBeAttached();
    await expect(page.getByRole('heading', { level: 2, name: /./ }).first()).toBeVisible();
    const url = new URL(page.url());
    expect(url.searchParams.has('present')).toBe(false);
    expect(url.searchParams.get('gate.b')).toBe('-0.5');
    expect(await topOf()).toBeCloseTo(before, 0);
    await expect(present).toBeFocused();
  });

  test('without JavaScript the lesson reads normally and offers no button', async ({
    browser,
    baseURL,
  }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: FULL_HD });
    const page = await context.newPage();
    await page.goto(new URL('lessons/bias/?present', baseURL).href);
    await expect(page.locator('.site-header')).toBeVisible();
    for (const heading of await sectionHeadings(page).all()) await expect(heading).toBeVisible();
    await expect(page.getByRole('button', { name: 'Present' })).toBeHidden();
    await expect(bar(page)).toBeHidden();
    await context.close();
  });

  test('printing while presenting prints the whole lesson', async ({ page }) => {
    await page.goto('lessons/bias/?present');
    await settle(page);
    await page.keyboard.press('ArrowRight');
    await page.emulateMedia({ media: 'print' });
    for (const heading of await sectionHeadings(page).all()) await expect(heading).toBeVisible();
    await expect(page.locator('h1')).toBeVisible();
    await expect(bar(page)).toBeHidden();
  });
});

test.describe('demos keep their state', () => {
  test.use({ viewport: FULL_HD });

  test('arrows in a slider move the slider, not the slide; the value survives leaving', async ({
    page,
  }) => {
    const bias = await presentGateSlider(page);
    const slide = await counter(page).textContent();
    const start = Number(await bias.inputValue());
    await bias.focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect(counter(page)).toHaveText(slide!);
    const moved = Number(await bias.inputValue());
    expect(moved).toBeGreaterThan(start);

    // Onwards and back: the same slider, the same value.
    await page.locator('.lesson__body').focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowLeft');
    await expect(counter(page)).toHaveText(slide!);
    expect(Number(await bias.inputValue())).toBe(moved);

    await page.keyboard.press('Escape');
    await expect(bar(page)).toBeHidden();
    expect(Number(await bias.inputValue())).toBe(moved);
    await expect.poll(() => new URL(page.url()).searchParams.get('gate.b')).toBe(String(moved));
    expect(new URL(page.url()).searchParams.has('present')).toBe(false);
  });

  test('a clicker’s PageDown and PageUp step the slides even from a slider just moved, and leave its value', async ({
    page,
  }) => {
    const bias = await presentGateSlider(page);
    await bias.focus();
    await page.keyboard.press('ArrowRight');
    const moved = await bias.inputValue();
    const where = () =>
      page.evaluate(() => ({
        slide: document.querySelector('[data-present-counter]')!.textContent,
        scroll: document.querySelector<HTMLElement>('.lesson__body')!.scrollTop,
      }));
    const before = await where();
    await page.keyboard.press('PageDown');
    // Onwards: the next slide, or the rest of this one if it is taller than the screen.
    await expect
      .poll(async () => {
        const now = await where();
        return now.slide !== before.slide || now.scroll > before.scroll;
      })
      .toBe(true);
    expect(await bias.inputValue()).toBe(moved);
    await page.keyboard.press('PageUp');
    await expect.poll(where).toEqual(before);
    expect(await bias.inputValue()).toBe(moved);
  });

  test('a network view presented alone shows the digit its link gives the pad it follows', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1920, height: 1080 });
    const lesson = 'lessons/a-network-that-reads-digits/?read.s=57';
    // On the page, reached as a reader does: the view shows the pad's sample 57.
    await page.goto(lesson);
    const view = page.locator('network-view#inside');
    await reach(view);
    const summary = view.locator('[data-summary]');
    await expect(summary).toHaveText(/^Output \d at /);
    const onPage = await summary.textContent();
    // Presented alone, with its pad hidden: the same digit, not a blank input.
    await page.goto(`${lesson}&present=inside#inside`);
    await settle(page);
    await expect(counter(page)).toHaveText('1 / 1');
    await expect(page.locator('digit-pad#read')).toBeHidden();
    await expect(summary).toHaveText(onPage!);
  });

  test('?present=<id> shows that demo alone, whole, and Esc goes back to the lesson', async ({
    page,
  }) => {
    await page.goto('lessons/bias/?present=gate&gate.b=-1.5');
    await settle(page);
    await expect(counter(page)).toHaveText('1 / 1');
    await expect(page.locator('#gate')).toBeVisible();
    await expect(page.locator('#logic')).toBeHidden();
    await expect(page.locator('h1')).toBeHidden();
    await expect(page.locator('#gate').getByRole('slider', { name: 'Bias b' })).toHaveValue('-1.5');
    await page.keyboard.press('Escape');
    await expect(page.locator('#logic')).toBeVisible();
    expect(new URL(page.url()).search).toBe('?gate.b=-1.5');
  });

  test('the link names the slide shown: a reload opens the same slide', async ({ page }) => {
    await page.goto('lessons/bias/?gate.b=-0.5&present');
    await settle(page);
    const total = Number((await counter(page).textContent())!.split('/')[1]);
    await pressUntil(page, 'ArrowRight', `3 / ${total}`);
    const url = new URL(page.url());
    expect(url.searchParams.get('present')).toBe('3');
    expect(url.searchParams.get('gate.b')).toBe('-0.5');
    await page.reload();
    await settle(page);
    await expect(counter(page)).toHaveText(`3 / ${total}`);
    const third = (await sectionHeadings(page).allTextContents())[1]!;
    await expect(page.getByRole('heading', { level: 2, name: third })).toBeVisible();
    await expect(page.locator('[data-present-notice]')).toBeHidden();
    // Back to the first slide: a bare ?present again.
    await page.keyboard.press('Home');
    await expect(counter(page)).toHaveText(`1 / ${total}`);
    expect(page.url()).toMatch(/[?&]present(&|$)/);
  });

  test('a slide past the end shows the last one and says so on screen', async ({ page }) => {
    await page.goto('lessons/bias/?present=99');
    await settle(page);
    const total = Number((await counter(page).textContent())!.split('/')[1]);
    await expect(counter(page)).toHaveText(`${total} / ${total}`);
    const notice = page.locator('[data-present-notice]');
    await expect(notice).toBeVisible();
    await expect(notice).toHaveText(
      `This lesson has ${total} slides, not 99, so the last is shown.`,
    );
    expect(new URL(page.url()).searchParams.get('present')).toBe(String(total));
    // The notice does not cover the bar's buttons, and goes at the next move.
    const box = (await notice.boundingBox())!;
    const bar = (await page.locator('[data-bar]').boundingBox())!;
    expect(box.y + box.height).toBeLessThanOrEqual(bar.y);
    await page.keyboard.press('ArrowLeft');
    await expect(notice).toBeHidden();
  });

  test('clicking through each lesson at 1920 × 1080, every demo shows whole above the bar at some press', async ({
    page,
  }) => {
    test.slow();
    await page.setViewportSize({ width: 1920, height: 1080 });
    for (const lesson of lessons) {
      await page.goto(`${lesson}?present`);
      await settle(page);
      const total = Number((await counter(page).textContent())!.split(' / ')[1]);
      const seenWhole = new Set<string>();
      const all = new Set<string>();
      // Forward press by press to the end; after each, note the demos wholly in view.
      for (let press = 0; press < 60; press++) {
        await page.waitForTimeout(150); // the fit runs again two frames after a slide is shown
        const now = await page.evaluate(() => {
          const barTop = document.querySelector('.present-bar')!.getBoundingClientRect().top;
          const demos = [...document.querySelectorAll<HTMLElement>('.lesson__body .demo')];
          return demos
            .filter((d) => !d.closest('[data-present-off]'))
            .map((d) => {
              const r = d.getBoundingClientRect();
              // Named by its place in the lesson, which stays as the demo starts.
              const id = `demo ${demos.indexOf(d) + 1}`;
              return { id, whole: r.top >= -1 && r.bottom <= barTop + 1, fits: r.height <= barTop };
            });
        });
        for (const d of now) {
          if (d.fits) all.add(d.id);
          if (d.whole) seenWhole.add(d.id);
        }
        const done = await page.evaluate(
          () => document.querySelector<HTMLButtonElement>('[data-next]')!.disabled,
        );
        if (done) break;
        await page.keyboard.press('PageDown');
      }
      await expect(counter(page)).toHaveText(`${total} / ${total}`);
      expect(
        [...all].filter((id) => !seenWhole.has(id)),
        lesson,
      ).toEqual([]);
    }
  });

  test('an unknown demo name presents the whole lesson and says so', async ({ page }) => {
    await page.goto('lessons/bias/?present=nosuchdemo');
    await settle(page);
    await expect(counter(page)).toHaveText(/^1 \/ \d+$/);
    await expect(page.locator('[data-present-announce]')).toContainText(
      'no demo named “nosuchdemo” on this page',
    );
  });
});

test.describe('projector-sized', () => {
  test('at 1920×1080 a table sits centred on its slide, under the text, not at the edge', async ({
    page,
  }) => {
    await page.setViewportSize(FULL_HD);
    await page.goto('lessons/squishification/?present');
    await settle(page);
    for (
      let k = 0;
      k < 10 && !(await page.locator('.lesson__body > table').first().isVisible());
      k++
    ) {
      await page.keyboard.press('ArrowRight');
    }
    const table = page.locator('.lesson__body > table').first();
    await expect(table).toBeVisible();
    const box = (await table.boundingBox())!;
    const text = (await page.locator('.lesson__body > p:visible').first().boundingBox())!;
    const cells = await table.evaluate((t) => {
      const rows = [...t.querySelectorAll('tr')].map((r) => r.getBoundingClientRect());
      return {
        left: Math.min(...rows.map((r) => r.left)),
        right: Math.max(...rows.map((r) => r.right)),
      };
    });
    // The table's box hugs its columns, and its centre is the text column's centre.
    expect(box.width).toBeLessThanOrEqual(cells.right - cells.left + 2);
    expect(Math.abs(box.x + box.width / 2 - (text.x + text.width / 2))).toBeLessThanOrEqual(2);
    expect(Math.abs(box.x + box.width / 2 - FULL_HD.width / 2)).toBeLessThanOrEqual(20);
  });

  test('at 1920×1080 body text is at least 28 px, formulas and demo labels scale with it', async ({
    page,
  }) => {
    await page.setViewportSize(FULL_HD);
    await page.goto('lessons/bias/?present');
    await settle(page);
    await page.keyboard.press('ArrowRight');
    const size = (selector: string) =>
      page
        .locator(selector)
        .first()
        .evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    expect(await size('.lesson__body > p:visible')).toBeGreaterThanOrEqual(28);
    expect(await size('.lesson__body > p:visible .katex')).toBeGreaterThanOrEqual(28);
    // On to the slide of the logic lab, whichever section of the lesson it sits in.
    for (let k = 0; k < 8 && !(await page.locator('#gate').isVisible()); k++) {
      await page.keyboard.press('ArrowRight');
    }
    await expect(page.locator('#gate')).toBeVisible();
    expect(await size('#gate .slider-field label')).toBeGreaterThanOrEqual(24);
    // Controls large enough for a finger on a smartboard.
    const range = await page.locator('#gate input[type="range"]').last().boundingBox();
    expect(range!.height).toBeGreaterThanOrEqual(50);
    expect(range!.width).toBeGreaterThanOrEqual(300);
    // Every button a reader can see on the slide (the closed share panel's are not shown).
    const buttons = await page
      .locator('#gate button:visible')
      .evaluateAll((all) => all.map((b) => b.getBoundingClientRect().height));
    expect(buttons.length).toBeGreaterThanOrEqual(2);
    for (const h of buttons) expect(h).toBeGreaterThanOrEqual(50);
  });

  test('the network view shown alone, a neuron chosen, reads from the back: picture and weights side by side', async ({
    page,
  }) => {
    await page.setViewportSize(FULL_HD);
    // The link "Share with a class" makes: sample 56, output neuron 3 chosen, the demo alone.
    await page.goto('lessons/layers-and-matrices/?layers.n=out.3&layers.x=56&present=layers');
    await settle(page);
    const view = page.locator('network-view#layers');
    await expect(view.locator('[data-weight-bars] li')).toHaveCount(16);
    // Fitted again once the model and the weights are in.
    await fittedAboveBar(page, view);
    const m = await view.evaluate((v) => {
      const zoom = Number((v as HTMLElement).style.zoom || 1);
      const at = (selector: string) => v.querySelector<HTMLElement>(selector)!;
      const firstLine = (el: HTMLElement) => {
        const range = document.createRange();
        range.selectNodeContents(el);
        return range.getClientRects()[0]!.height;
      };
      const box = (el: HTMLElement) => el.getBoundingClientRect().toJSON() as DOMRect;
      return {
        // Font sizes are laid out before the demo's zoom, which then scales what is shown.
        summaryPx: parseFloat(getComputedStyle(at('[data-summary]')).fontSize) * zoom,
        summaryLine: firstLine(at('[data-summary]')),
        barPx: parseFloat(getComputedStyle(at('[data-weight-bars] li')).fontSize) * zoom,
        net: box(at('[data-net]')),
        bars: box(at('[data-weight-bars]')),
      };
    });
    // Read across a classroom: 18 px or more on a 1920 px screen (it was 12 px in one column).
    expect(m.summaryPx).toBeGreaterThanOrEqual(18);
    expect(m.summaryLine).toBeGreaterThanOrEqual(18);
    expect(m.barPx).toBeGreaterThanOrEqual(18);
    // The weights beside the picture, not under it.
    expect(m.bars.left).toBeGreaterThanOrEqual(m.net.right);
    expect(m.bars.top).toBeLessThan(m.net.bottom);
  });

  // Tall demos are zoomed down to fit the slide; laid out for a wide screen, they stay readable.
  for (const [lesson, id] of [
    ['lessons/squishification/', 'shapes'],
    ['lessons/slopes-and-softmax/', 'slopes'],
    ['lessons/a-network-that-reads-digits/', 'inside'],
  ] as const) {
    test(`?present=${id} at 1920×1080: its text is at least 18 px on screen`, async ({ page }) => {
      await page.setViewportSize(FULL_HD);
      await page.goto(`${lesson}?present=${id}`);
      await settle(page);
      const demo = page.locator(`#${id}`);
      await expect(demo).toBeVisible();
      await fittedAboveBar(page, demo);
      // The demo's own text size, laid out before its zoom, times the zoom it is shown at.
      const px = await demo.evaluate(
        (d) =>
          parseFloat(getComputedStyle(d).fontSize) * Number((d as HTMLElement).style.zoom || 1),
      );
      expect(px).toBeGreaterThanOrEqual(18);
    });
  }

  test('?present=learn at 1920×1080: the training lab reads at 18 px or more, before and after its pictures appear', async ({
    page,
  }) => {
    await page.setViewportSize(FULL_HD);
    await page.goto('lessons/a-network-that-reads-digits/?present=learn');
    await settle(page);
    const lab = page.locator('#learn');
    const shown = () =>
      lab.evaluate((d) => {
        const zoom = Number((d as HTMLElement).style.zoom || 1);
        const box = (sel: string) => d.querySelector(sel)!.getBoundingClientRect();
        return {
          px: parseFloat(getComputedStyle(d).fontSize) * zoom,
          // Its smallest text, the notes under the controls and pictures.
          notePx: parseFloat(getComputedStyle(d.querySelector('.note')!).fontSize) * zoom,
          curve: box('.curve'),
          weights: box('.weights'),
          test: box('.test'),
        };
      });
    await fittedAboveBar(page, lab);
    const before = await shown();
    expect(before.px).toBeGreaterThanOrEqual(18);
    expect(before.notePx).toBeGreaterThanOrEqual(14);
    // The curve, the pictures and the drawing test in one row, left to right.
    expect(before.weights.left).toBeGreaterThanOrEqual(before.curve.right);
    expect(before.test.left).toBeGreaterThanOrEqual(before.weights.right);
    expect(before.test.top).toBeLessThan(before.curve.bottom);
    // One training step draws the weight pictures; the lab is fitted again and still reads.
    await lab.getByRole('button', { name: 'Step one batch' }).click();
    await expect(lab.locator('[data-weights-placeholder]')).toBeHidden({ timeout: 20_000 });
    await fittedAboveBar(page, lab);
    expect((await shown()).px).toBeGreaterThanOrEqual(18);
  });

  for (const scheme of ['light', 'dark'] as const) {
    test(`high contrast and axe clean in ${scheme}`, async ({ page }) => {
      test.setTimeout(90_000);
      await page.emulateMedia({ colorScheme: scheme });
      await page.setViewportSize(FULL_HD);
      await page.goto('lessons/bias/?present');
      await settle(page);
      for (let i = 0; i < 4; i++) {
        const colours = await page.evaluate(() => {
          const body = getComputedStyle(document.body);
          const p = document.querySelector('.lesson__body > :not([data-present-off])')!;
          return {
            ink: getComputedStyle(p).color,
            paper: getComputedStyle(document.querySelector('.lesson__body')!).backgroundColor,
            bodyBg: body.backgroundColor,
          };
        });
        expect(contrast(colours.ink, colours.paper)).toBeGreaterThanOrEqual(15);
        const axe = await axeFor(page).analyze();
        expect(axe.violations.map((v) => `${v.id} (${v.impact}): ${v.help}`)).toEqual([]);
        await page.keyboard.press('ArrowRight');
      }
    });
  }

  test('chart labels grow with the slide: about 0.8 of the text, not a fixed 12 px', async ({
    page,
  }) => {
    await page.setViewportSize(FULL_HD);
    await page.goto('lessons/squishification/');
    // The chart loads as the plot nears the view.
    await page.locator('activation-plot#shapes').scrollIntoViewIfNeeded();
    const canvas = page.locator('activation-plot#shapes canvas').first();
    await expect(canvas).toHaveAttribute('data-label-px', /\d+/);
    const reading = Number(await canvas.getAttribute('data-label-px'));
    expect(reading).toBeGreaterThanOrEqual(12);
    expect(reading).toBeLessThan(18);
    await page.goto('lessons/squishification/?present=shapes');
    await settle(page);
    const body = await page.evaluate(() =>
      parseFloat(getComputedStyle(document.querySelector('activation-plot#shapes')!).fontSize),
    );
    expect(body).toBeGreaterThanOrEqual(24);
    await expect
      .poll(async () => Number(await canvas.getAttribute('data-label-px')))
      .toBe(Math.round(0.8 * body));
    // Leaving present mode (a resize) brings the reading size back.
    await page.keyboard.press('Escape');
    await expect.poll(async () => Number(await canvas.getAttribute('data-label-px'))).toBe(reading);
  });

  test('F toggles full screen', async ({ page }) => {
    await page.setViewportSize(FULL_HD);
    await page.goto('lessons/weights/?present');
    await settle(page);
    const full = page.getByRole('button', { name: 'Full screen (F)' });
    await expect(full).toHaveAttribute('aria-pressed', 'false');
    await page.keyboard.press('f');
    await expect(full).toHaveAttribute('aria-pressed', 'true');
    expect(await page.evaluate(() => document.fullscreenElement !== null)).toBe(true);
    await page.keyboard.press('f');
    await expect(full).toHaveAttribute('aria-pressed', 'false');
  });
});

/**
 * Each check below runs at both sizes in one load: 1920×1080 (a projector) and 1280×720 (a
 * smaller projector, or a laptop the slides were moved to). Present mode fits its slides again
 * when the window changes. Every other test opens at 1280×720 and is then made 1920×1080, so
 * both sizes are checked as opened and as resized to.
 */
const sizesFor = (k: number) => (k % 2 === 0 ? [FULL_HD, HD] : [HD, FULL_HD]);
const sizeName = (v: { width: number; height: number }) => `${v.width}×${v.height}`;

test.describe('every slide at 1920×1080 and 1280×720', () => {
  for (const [k, lesson] of lessons.entries()) {
    const SIZES = sizesFor(k);
    test(`${lesson}: the page never scrolls; a slide scrolls only inside its own box`, async ({
      page,
    }) => {
      await page.setViewportSize(SIZES[0]!);
      await page.goto(`${lesson}?present`);
      await settle(page);
      const total = Number((await counter(page).textContent())!.split('/')[1]);
      expect(total).toBe((await sectionHeadings(page).count()) + 1);
      // Forward through every slide at the first size, back through them at the second.
      for (const [pass, viewport] of SIZES.entries()) {
        await page.setViewportSize(viewport);
        const order = Array.from({ length: total }, (_, j) => (pass === 0 ? j + 1 : total - j));
        for (const i of order) {
          const at = `${sizeName(viewport)}, slide ${i}`;
          await expect(counter(page), at).toHaveText(`${i} / ${total}`);
          const measure = () =>
            page.evaluate(() => {
              const box = document.querySelector<HTMLElement>('.lesson__body')!;
              const rect = box.getBoundingClientRect();
              return {
                pageHeight: document.documentElement.scrollHeight,
                pageWidth: document.documentElement.scrollWidth,
                sideways: box.scrollWidth - box.clientWidth,
                boxBottom: rect.bottom,
                barTop: document.querySelector('.present-bar')!.getBoundingClientRect().top,
              };
            });
          const fits = (m: Awaited<ReturnType<typeof measure>>) =>
            m.pageHeight <= viewport.height &&
            m.pageWidth <= viewport.width &&
            m.sideways <= 1 &&
            m.boxBottom <= m.barTop + 1;
          // Just after the window changed, the slide is fitted again at the next frames; every
          // other slide is measured as soon as it is shown.
          if (i === order[0]) {
            await expect.poll(async () => fits(await measure()), { message: at }).toBe(true);
          }
          const m = await measure();
          expect(m.pageHeight, at).toBeLessThanOrEqual(viewport.height);
          expect(m.pageWidth, at).toBeLessThanOrEqual(viewport.width);
          expect(m.sideways, `${at} overflows sideways`).toBeLessThanOrEqual(1);
          expect(m.boxBottom, `${at}: the slide's box ends above the bar`).toBeLessThanOrEqual(
            m.barTop + 1,
          );
          if (order.indexOf(i) < total - 1) {
            const to = order[order.indexOf(i) + 1]!;
            await pressUntil(page, pass === 0 ? 'PageDown' : 'PageUp', `${to} / ${total}`);
          }
        }
      }
    });
  }

  // Demos whose controls and result fit one screen: shown alone, nothing scrolls.
  for (const [k, [lesson, id]] of (
    [
      ['lessons/weights/', 'pipes'],
      ['lessons/bias/', 'gate'],
      ['lessons/bias/', 'slide'],
      ['lessons/squishification/', 'squish'],
      ['lessons/slopes-and-softmax/', 'sensitive'],
      ['lessons/slopes-and-softmax/', 'soft'],
      ['lessons/what-a-neuron-holds/', 'pad'],
      ['lessons/bias/', 'logic'],
      ['lessons/squishification/', 'shapes'],
      ['lessons/slopes-and-softmax/', 'slopes'],
      ['lessons/weights/', 'stroke'],
      ['lessons/layers-and-matrices/', 'layers'],
      ['lessons/a-network-that-reads-digits/', 'inside'],
      ['lessons/a-network-that-reads-digits/', 'compare'],
      ['lessons/a-network-that-reads-digits/', 'learn'],
      ['lessons/what-learning-means/', 'learn'],
      ['lessons/a-network-that-reads-digits/', 'read'],
    ] as const
  ).entries()) {
    const SIZES = sizesFor(k);
    test(`?present=${id} on ${lesson}: controls and result on screen together`, async ({
      page,
    }) => {
      await page.setViewportSize(SIZES[0]!);
      await page.goto(`${lesson}?present=${id}`);
      await settle(page);
      const demo = page.locator(`#${id}`);
      for (const viewport of SIZES) {
        const at = sizeName(viewport);
        await page.setViewportSize(viewport);
        await expect(demo, at).toBeVisible();
        const measure = () =>
          page.evaluate((id) => {
            const body = document.querySelector<HTMLElement>('.lesson__body')!;
            const d = document.getElementById(id)!.getBoundingClientRect();
            return {
              scrolls: body.scrollHeight > body.clientHeight + 1,
              top: d.top,
              bottom: d.bottom,
              right: d.right,
              bodyBottom: body.getBoundingClientRect().bottom,
            };
          }, id);
        const fits = (m: Awaited<ReturnType<typeof measure>>) =>
          !m.scrolls && m.top >= 0 && m.bottom <= m.bodyBottom + 1 && m.right <= viewport.width;
        // After the window changed, the demo is fitted again at the next frames.
        if (viewport !== SIZES[0]) {
          await expect.poll(async () => fits(await measure()), { message: at }).toBe(true);
        }
        const m = await measure();
        expect(m.scrolls, `${at}: the slide scrolls`).toBe(false);
        expect(m.top, at).toBeGreaterThanOrEqual(0);
        expect(m.bottom, at).toBeLessThanOrEqual(m.bodyBottom + 1);
        expect(m.right, at).toBeLessThanOrEqual(viewport.width);
        for (const control of await demo.locator('input:visible, button:visible').all()) {
          await expect(control, at).toBeInViewport({ ratio: 1 });
        }
        // A drawing pad shown alone is large enough to draw on at the board: at least 40 % of
        // the slide's height (it is 280 px, a quarter of 1080, on the page).
        if (id === 'pad') {
          const pad = (await demo.locator('[data-pad]').boundingBox())!;
          expect(pad.height, at).toBeGreaterThanOrEqual(0.4 * viewport.height);
          await expect(demo.locator('[data-pad]'), at).toBeInViewport({ ratio: 1 });
        }
        // A demo zoomed to fit is never shrunk past 0.45.
        const zoom = Number((await demo.evaluate((d) => (d as HTMLElement).style.zoom)) || 1);
        expect(zoom, at).toBeGreaterThanOrEqual(0.45);
      }
      // Leaving gives the demo back its size.
      await page.keyboard.press('Escape');
      await expect(bar(page)).toBeHidden();
      expect(await demo.evaluate((d) => (d as HTMLElement).style.cssText)).toBe('');
    });
  }
});
