/**
 * The island kit, as the page sees it: every island lets go of the page when it leaves it
 * (each listener it added to window, document or a media query, and each ResizeObserver, is
 * removed on disconnect, also after being connected again), keeps working when connected
 * again, and a damaged data-config shows a message inside that island while the rest of the
 * page works. Also: Reset clears a corrected link's notice, and Shift+Arrow moves a slider
 * ten steps.
 */
import type { Page } from '@playwright/test';
import { expect, expectNoProblems, reach, test } from './support/fixtures';
import { ISLAND_LIST, galleryPath } from '../src/components/island/registry.ts';

/**
 * Before any page script: records every listener added to window, document or a
 * MediaQueryList, and every ResizeObserver's observing, tagged with `window.__generation` at
 * the time; removals (removeEventListener, an aborted signal, disconnect) take them out.
 */
function trackPageListeners(page: Page) {
  return page.addInitScript(() => {
    type Entry = { target: string; type: string; generation: number };
    const live = new Set<Entry>();
    const w = window as unknown as { __generation: number; __live: () => Entry[] };
    w.__generation = 0;
    w.__live = () => [...live];
    const name = (t: EventTarget) =>
      t === window
        ? 'window'
        : t === document
          ? 'document'
          : t instanceof MediaQueryList
            ? 'media'
            : '';
    const keys = new Map<string, Entry>();
    const key = (t: EventTarget, type: string, fn: unknown, capture: boolean) =>
      `${name(t)}|${type}|${capture}|${(fn as { __id?: number }).__id ?? ''}`;
    let ids = 0;
    const add = EventTarget.prototype.addEventListener;
    const remove = EventTarget.prototype.removeEventListener;
    EventTarget.prototype.addEventListener = function (type, fn, options) {
      add.call(this, type, fn, options);
      if (!fn || !name(this)) return;
      const f = fn as { __id?: number };
      f.__id ??= ++ids;
      const capture = typeof options === 'boolean' ? options : !!options?.capture;
      const k = key(this, type, fn, capture);
      if (keys.has(k)) return;
      const entry = { target: name(this), type, generation: w.__generation };
      keys.set(k, entry);
      live.add(entry);
      const signal = typeof options === 'object' ? options.signal : undefined;
      signal?.addEventListener('abort', () => {
        live.delete(entry);
        keys.delete(k);
      });
    };
    EventTarget.prototype.removeEventListener = function (type, fn, options) {
      remove.call(this, type, fn, options);
      if (!fn || !name(this)) return;
      const capture = typeof options === 'boolean' ? options : !!options?.capture;
      const k = key(this, type, fn, capture);
      const entry = keys.get(k);
      if (entry) live.delete(entry);
      keys.delete(k);
    };
    const Native = window.ResizeObserver;
    window.ResizeObserver = class extends Native {
      private entry?: Entry;
      observe(target: Element, options?: ResizeObserverOptions) {
        super.observe(target, options);
        if (!this.entry) {
          this.entry = { target: 'ResizeObserver', type: 'observe', generation: w.__generation };
          live.add(this.entry);
        }
      }
      disconnect() {
        super.disconnect();
        if (this.entry) live.delete(this.entry);
        this.entry = undefined;
      }
    };
  });
}

const withConfig = ISLAND_LIST.filter((i) => i.tag && i.tag !== 'quiz-question');

for (const island of withConfig) {
  test(`${island.name}: lets go of the page when it leaves, and works when it comes back`, async ({
    page,
    problems,
  }) => {
    await trackPageListeners(page);
    await page.goto(galleryPath(island));
    const tag = island.tag!;
    // Started: its sliders (or, without sliders, its menus or neurons) are there and enabled; a digit
    // island has its files. Digit islands start near the view, so one not yet started is
    // reached as a reader would. (The others are left where they are: a scroll would start
    // the charts near the new view, in the middle of the cycles below.)
    const started = page
      .locator(`${tag} ${island.sliders ?? ':is(select, button[data-neuron]):enabled'}`)
      .first();
    if (!(await started.count())) await reach(page.locator(tag).first());
    await expect(started).toBeAttached();
    await page.waitForLoadState('networkidle');
    const result = await page.evaluate(async (tag) => {
      const w = window as unknown as {
        __generation: number;
        __live: () => { target: string; type: string; generation: number }[];
      };
      const frames = () =>
        new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      const el = document.querySelector(tag)!;
      const parent = el.parentNode!;
      const next = el.nextSibling;
      const added: number[] = [];
      const leftovers: string[] = [];
      for (let k = 1; k <= 3; k++) {
        el.remove();
        w.__generation = k;
        parent.insertBefore(el, next);
        await frames();
        w.__generation = 0;
        added.push(w.__live().filter((e) => e.generation === k).length);
        el.remove();
        await frames();
        leftovers.push(
          ...w
            .__live()
            .filter((e) => e.generation === k)
            .map((e) => `cycle ${k}: ${e.target} ${e.type}`),
        );
        parent.insertBefore(el, next);
        await frames();
      }
      return { added, leftovers };
    }, tag);
    // What it adds on connecting (if anything) it removes on disconnecting, every time.
    expect(result.leftovers).toEqual([]);
    expect(new Set(result.added).size, `same listeners each time: ${result.added}`).toBe(1);

    // Still alive after coming back: a slider changes what it shows.
    if (island.sliders) {
      const view = page.locator(tag).first();
      const before = await view.innerText();
      const range = view.locator(island.sliders).first();
      await range.focus();
      await page.keyboard.press('End');
      await expect.poll(() => view.innerText()).not.toBe(before);
    }
    expectNoProblems(problems);
  });
}

test('a damaged data-config shows a message in that island; the page goes on working', async ({
  page,
  problems,
}) => {
  await page.route(/\/authors\/neuron-lab\/$/, async (route) => {
    const response = await route.fetch();
    const html = (await response.text()).replace(
      /(<neuron-lab[^>]*?data-config=")[^"]*/,
      '$1{&quot;id&quot;:&quot;broken&quot;,&quot;inputs&quot;:[1,&quot;x&quot;]}',
    );
    await route.fulfill({ response, body: html });
  });
  await page.goto('authors/neuron-lab/');
  const labs = page.locator('neuron-lab');
  const broken = labs.first();
  const message = broken.getByRole('alert');
  await expect(message).toContainText(
    'This demo cannot start: its settings in the page are damaged',
  );
  await expect(message).toContainText('config.inputs[1] must be a number, not a string');
  await expect(message).toContainText('config.weights is missing');
  await expect(broken).toHaveAttribute('data-broken', '');
  // The others upgrade and respond.
  const other = labs.nth(1);
  const before = await other.innerText();
  await other.locator('input[type="range"]').first().focus();
  await page.keyboard.press('End');
  await expect.poll(() => other.innerText()).not.toBe(before);
  // The one problem reported is the island's own note for authors, in the console.
  expect(problems.consoleErrors).toEqual([expect.stringContaining('<neuron-lab> data-config')]);
  expect(problems.pageErrors).toEqual([]);
});

test('Reset clears the notice of a corrected link (DescentLab)', async ({ page }) => {
  await page.goto('authors/descent-lab/?descent.w=banana');
  const lab = page.locator('descent-lab').first();
  const notice = lab.locator('[data-notice]');
  await expect(notice).toBeVisible();
  await expect(notice).toContainText('corrected');
  await lab.getByRole('button', { name: 'Reset' }).click();
  await expect(notice).toBeHidden();
});

test('Shift+Arrow moves a slider ten steps, Arrow one', async ({ page }) => {
  await page.goto('authors/neuron-lab/');
  const lab = page.locator('neuron-lab').first();
  // w1: range −10 … 10, so ten steps fit either way.
  const range = lab.locator('.slider-field[data-key="w1"] input[type="range"]');
  const step = Number(await range.getAttribute('step'));
  const start = Number(await range.inputValue());
  await range.focus();
  await page.keyboard.press('ArrowLeft');
  expect(Number(await range.inputValue())).toBeCloseTo(start - step, 9);
  await page.keyboard.press('Shift+ArrowRight');
  expect(Number(await range.inputValue())).toBeCloseTo(start + 9 * step, 9);
  // The number field beside it and the state follow.
  const field = lab.locator('.slider-field[data-key="w1"] input[data-role="number"]');
  await expect(field).toHaveValue(String(start + 9 * step).replace('-', '−'));
});

/*
 * Every demo contains its own layout and paint (`contain` on .demo, so a slider step does not
 * re-lay out and repaint the page around it). Paint containment clips whatever crosses the
 * demo's box, so: every control a reader can focus, with its focus ring (outline width plus
 * offset, as the page's :focus-visible rule draws it), lies inside its demo's box, at 360 px
 * and at 1280 px, on every island's gallery page.
 */
for (const width of [360, 1280]) {
  test(`focus rings fit inside their demo's contained box at ${width} px`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    const clipped: string[] = [];
    let checked = 0;
    for (const island of ISLAND_LIST.filter((i) => i.tag)) {
      await page.goto(galleryPath(island));
      await page.waitForFunction((tag) => customElements.get(tag) !== undefined, island.tag!);
      const found = await page.evaluate(() => {
        const out: string[] = [];
        let count = 0;
        for (const demo of document.querySelectorAll<HTMLElement>('.demo')) {
          if (getComputedStyle(demo).contain === 'none') out.push(`${demo.id}: not contained`);
          const box = demo.getBoundingClientRect();
          const focusable = demo.querySelectorAll<HTMLElement>(
            'a[href], button, input, select, textarea, [tabindex]:not([tabindex="-1"]), canvas[tabindex]',
          );
          for (const el of focusable) {
            const r = el.getBoundingClientRect();
            if (r.width < 2 || r.height < 2 || el.closest('[hidden], dialog')) continue;
            el.focus({ focusVisible: true, preventScroll: true } as FocusOptions);
            count++;
            const style = getComputedStyle(el);
            const ring =
              style.outlineStyle === 'none'
                ? 0
                : parseFloat(style.outlineWidth) + parseFloat(style.outlineOffset);
            const inside =
              r.left - ring >= box.left - 0.5 &&
              r.right + ring <= box.right + 0.5 &&
              r.top - ring >= box.top - 0.5 &&
              r.bottom + ring <= box.bottom + 0.5;
            if (!inside)
              out.push(`${demo.id} ${el.tagName.toLowerCase()}#${el.id} (ring ${ring} px)`);
          }
        }
        return { out, count };
      });
      clipped.push(...found.out);
      checked += found.count;
    }
    expect(clipped).toEqual([]);
    // Sliders, number fields, selects, buttons and canvases of every island were looked at.
    expect(checked).toBeGreaterThan(100);
  });
}
