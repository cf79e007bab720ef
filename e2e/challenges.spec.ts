/**
 * Every goal a lesson gives a demo (challenge/Goal.astro), found in the built pages, so a new
 * goal is covered without editing this file: the reader reaches it through the controls
 * (keyboard on the sliders, typing, menus, the step buttons, drawing with the mouse) and sees
 * the success message in the demo's status line; "Show a solution" reaches it too; and before
 * either, the message is not there.
 */
import type { Locator, Page } from '@playwright/test';
import { builtPages, courseLessonPages, DIST, pageHtml } from './support/built-pages';
import { expect, expectNoProblems, reach, steadyBox, test } from './support/fixtures';

interface Challenge {
  page: string;
  tag: string;
  id: string;
  goal: { text: string; done: string; solution: Record<string, unknown> };
}

const ISLAND =
  /<(neuron-lab|descent-lab|softmax-view|digit-pad|weight-image|training-lab)\b[^>]*\sid="([^"]+)"/g;
const unescape = (s: string) =>
  s
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

/** Every goal box in the build, with the island it sits in. */
function challenges(): Challenge[] {
  const found: Challenge[] = [];
  for (const page of builtPages(DIST)) {
    if (page.endsWith('.html')) continue;
    const html = pageHtml(DIST, page);
    const islands = [...html.matchAll(ISLAND)];
    for (const m of html.matchAll(/\sdata-goal="([^"]*)"/g)) {
      const island = islands.filter((i) => i.index < m.index).at(-1)!;
      found.push({ page, tag: island[1]!, id: island[2]!, goal: JSON.parse(unescape(m[1]!)) });
    }
  }
  return found;
}

const ALL = challenges();

test('every lesson of the course has at least one goal', () => {
  const lessons = courseLessonPages(DIST);
  expect(lessons.length).toBeGreaterThanOrEqual(8);
  for (const lesson of lessons)
    expect(
      ALL.map((c) => c.page),
      lesson,
    ).toContain(lesson);
});

/** Moves a SliderField to `value` as a reader would: the slider's keys, else typing. */
async function setField(root: Locator, key: string, value: number): Promise<void> {
  const field = root.locator(`.slider-field[data-key="${key}"]`);
  const range = field.locator('[data-role="range"]');
  const min = Number(await range.getAttribute('min'));
  const step = Number(await range.getAttribute('step'));
  const presses = (value - min) / step;
  if (Math.abs(presses - Math.round(presses)) < 1e-6 && presses <= 30) {
    await range.focus();
    await range.press('Home');
    for (let k = 0; k < Math.round(presses); k++) await range.press('ArrowRight');
  } else {
    const number = field.locator('[data-role="number"]');
    await number.fill(String(value));
    await number.press('Tab');
  }
  await expect(range).toHaveValue(String(value));
}

/** Draws strokes given in the pad's 280 × 280 pixels with the mouse. */
async function draw(page: Page, pad: Locator, strokes: [number, number][][]): Promise<void> {
  const box = await steadyBox(pad);
  const at = ([x, y]: [number, number]) =>
    [box.x + (x / 280) * box.width, box.y + (y / 280) * box.height] as const;
  for (const stroke of strokes) {
    await page.mouse.move(...at(stroke[0]!));
    await page.mouse.down();
    for (const p of stroke.slice(1)) await page.mouse.move(...at(p), { steps: 4 });
    await page.mouse.up();
  }
}

/** Reaches the island and waits until it has upgraded (a pad: its model and samples loaded). */
async function ready(root: Locator, c: Challenge): Promise<void> {
  await reach(root);
  const control =
    c.tag === 'digit-pad'
      ? root.locator('select[data-sample]')
      : root.getByRole('button', { name: 'Reset' });
  await expect(control).toBeEnabled();
}

/** Sets the demo to the lesson's solution through its controls. */
async function reachThroughControls(page: Page, root: Locator, c: Challenge): Promise<void> {
  const s = c.goal.solution;
  if (c.tag === 'neuron-lab') {
    if (typeof s.activation === 'string') {
      await root.getByLabel('Activation function').selectOption(s.activation);
    }
    for (const [prop, key] of [
      ['inputs', 'x'],
      ['weights', 'w'],
    ] as const) {
      const values = s[prop] as number[] | undefined;
      for (const [i, v] of (values ?? []).entries()) await setField(root, `${key}${i + 1}`, v);
    }
    if (typeof s.bias === 'number') await setField(root, 'b', s.bias);
  } else if (c.tag === 'softmax-view') {
    for (const [i, z] of (s.logits as number[]).entries()) await setField(root, `z${i + 1}`, z);
  } else if (c.tag === 'descent-lab') {
    await root.getByRole('button', { name: 'Reset' }).click();
    await setField(root, 'rate', s.rate as number);
    const steps = s.steps as number;
    for (let k = 0; k < Math.floor(steps / 10); k++) {
      await root.getByRole('button', { name: 'Take 10 steps' }).click();
    }
    for (let k = 0; k < steps % 10; k++) {
      await root.getByRole('button', { name: 'Take one step downhill' }).click();
    }
    await expect(root.getByLabel('Steps taken')).toHaveText(String(steps));
  } else if (c.tag === 'digit-pad') {
    const menu = root.locator('select[data-sample]');
    await expect(menu).toBeEnabled();
    if (typeof s.sample === 'number') {
      await menu.hover();
      await menu.selectOption(String(s.sample - 1));
    } else {
      await draw(page, root.locator('canvas[data-pad]'), s.strokes as [number, number][][]);
    }
  } else {
    throw new Error(`No way to reach a goal of <${c.tag}> yet: add one here`);
  }
}

for (const c of ALL) {
  test.describe(`goal of ${c.tag}#${c.id} on ${c.page}`, () => {
    test('reached through the controls, it shows and announces the success message', async ({
      page,
      problems,
    }) => {
      test.setTimeout(60_000);
      await page.goto(c.page);
      const root = page.locator(`${c.tag}#${c.id}`);
      await ready(root, c);
      const box = root.locator('[data-goal]');
      await expect(box).toContainText(`Goal: ${c.goal.text}`);
      const status = box.getByRole('status');
      await expect(box.getByRole('button', { name: 'Show a solution' })).toBeVisible();
      await expect(status).toBeHidden();
      await reachThroughControls(page, root, c);
      await expect(status).toBeVisible();
      await expect(status).toHaveText(c.goal.done);
      expectNoProblems(problems);
    });

    test('"Show a solution" sets the demo to one, and the message appears', async ({
      page,
      problems,
    }) => {
      await page.goto(c.page);
      const root = page.locator(`${c.tag}#${c.id}`);
      await ready(root, c);
      const button = root.getByRole('button', { name: 'Show a solution' });
      await button.scrollIntoViewIfNeeded();
      await button.hover();
      await expect(button).toBeEnabled();
      const status = root.locator('[data-goal]').getByRole('status');
      await expect(status).toBeHidden();
      await button.click();
      await expect(status).toHaveText(c.goal.done);
      // The solution is in the demo's link too: reloading keeps it, and the goal is still met
      // (not for a goal that counts steps of descent: the link holds no step count).
      await page.waitForFunction((id) => location.search.includes(`${id}.`), c.id);
      expectNoProblems(problems);
      await page.reload();
      await ready(root, c);
      await root.locator('[data-goal]').hover();
      const after = root.locator('[data-goal]').getByRole('status');
      if (c.tag === 'descent-lab') await expect(after).toBeHidden();
      else await expect(after).toHaveText(c.goal.done);
    });
  });
}

test('goal boxes fit a 360 px phone, in dark mode, and read as text without JavaScript', async ({
  browser,
  baseURL,
}) => {
  test.setTimeout(120_000);
  const pages = [...new Set(ALL.map((c) => c.page))];
  const context = await browser.newContext({
    viewport: { width: 360, height: 740 },
    colorScheme: 'dark',
    baseURL: baseURL!,
  });
  const page = await context.newPage();
  for (const url of pages) {
    await page.goto(url);
    for (const box of await page.locator('[data-goal]').all()) {
      await box.scrollIntoViewIfNeeded();
      const rect = (await box.boundingBox())!;
      expect(rect.x, url).toBeGreaterThanOrEqual(0);
      expect(rect.x + rect.width, url).toBeLessThanOrEqual(360);
      const fits = await box.evaluate((el) => el.scrollWidth <= el.clientWidth);
      expect(fits, url).toBe(true);
    }
  }
  await context.close();
  const noJs = await browser.newContext({ javaScriptEnabled: false, baseURL: baseURL! });
  const plain = await noJs.newPage();
  for (const c of ALL) {
    await plain.goto(c.page);
    await expect(plain.locator(`${c.tag}#${c.id} [data-goal]`)).toContainText(c.goal.text);
  }
  await noJs.close();
});
