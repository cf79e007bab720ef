import { test as base, expect, type Locator, type Page } from '@playwright/test';

/** Per-project options: which build folder the project serves, and under which base path. */
export interface SiteOptions {
  /** Build output folder served by this project, e.g. "dist". */
  distDir: string;
  /** Base path the build was made for, e.g. "/" or "/neuron-lab/". */
  basePath: string;
}

/** What a page did while it loaded: console errors, page errors, failed and foreign requests. */
export interface PageProblems {
  consoleErrors: string[];
  pageErrors: string[];
  failedRequests: string[];
  foreignRequests: string[];
}

/**
 * Details for a test whose outcome no base path can change (layout, focus, quiz behaviour,
 * axe on markup that is the same in both builds): the sub-path project leaves it out
 * (playwright.config.ts), so the root build checks it once. A test whose point is an address
 * (a link, a download, what is requested) does not take it. A tagged test may still load the
 * model or samples on its way, as long as an untagged test proves that load under the sub-path
 * (digits.spec.ts, network-live.spec.ts, training-lab.spec.ts do).
 */
export const ANY_BASE = { tag: '@any-base' } as const;

interface Fixtures {
  /** Starts recording problems on `page`; read the arrays after navigating. */
  problems: PageProblems;
}

export const test = base.extend<Fixtures, SiteOptions>({
  distDir: ['dist', { option: true, scope: 'worker' }],
  basePath: ['/', { option: true, scope: 'worker' }],
  problems: async ({ page, baseURL }, use) => {
    const origin = new URL(baseURL!).origin;
    const problems: PageProblems = {
      consoleErrors: [],
      pageErrors: [],
      failedRequests: [],
      foreignRequests: [],
    };
    page.on('console', (msg) => {
      if (msg.type() === 'error') problems.consoleErrors.push(msg.text());
    });
    page.on('pageerror', (error) => problems.pageErrors.push(error.message));
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (url.protocol === 'data:' || url.protocol === 'blob:') return;
      if (url.origin !== origin) problems.foreignRequests.push(request.url());
    });
    page.on('requestfailed', (request) =>
      problems.failedRequests.push(`${request.url()} (${request.failure()?.errorText})`),
    );
    page.on('response', (response) => {
      if (response.status() >= 400 && response.request().resourceType() !== 'document') {
        problems.failedRequests.push(`${response.url()} (HTTP ${response.status()})`);
      }
    });
    await use(problems);
  },
});

/** Asserts the page recorded no problem of any kind. */
export function expectNoProblems(problems: PageProblems): void {
  expect(problems.consoleErrors, 'console errors').toEqual([]);
  expect(problems.pageErrors, 'uncaught page errors').toEqual([]);
  expect(problems.failedRequests, 'failed requests').toEqual([]);
  expect(problems.foreignRequests, 'requests to other origins').toEqual([]);
}

/** Waits until fonts and images have settled, so layout measurements are final. */
export async function settle(page: Page): Promise<void> {
  await page.waitForLoadState('load');
  await page.evaluate(() => document.fonts.ready);
}

/**
 * Scrolls to each island in turn, as a reader reaches it: a screen at a time, a frame at each
 * stop, until the island is in the middle of the view. The islands that fetch a model or load a
 * chart start only when they come near the view (kit `whenNear`), and a lesson lays out its
 * blocks only as they come near (course/draw-later.ts), so a test of a far island reaches it
 * first; a jump straight to it would land among blocks not yet drawn, which then grow.
 */
export async function reach(...islands: Locator[]): Promise<void> {
  for (const island of islands) {
    await island.evaluate(async (element) => {
      const frame = () => new Promise((done) => requestAnimationFrame(() => done(null)));
      for (let step = 0; step < 200; step++) {
        const box = element.getBoundingClientRect();
        const off = box.top + box.height / 2 - innerHeight / 2;
        const room = Math.max(0, (innerHeight - box.height) / 2);
        if (Math.abs(off) <= room + 1) return;
        const before = scrollY;
        scrollBy(0, Math.sign(off) * Math.min(Math.abs(off), innerHeight * 0.8));
        await frame();
        await frame();
        if (scrollY === before) return; // the page's end
      }
    });
  }
}

/** A box on the page, in CSS pixels from the view's top left (what `boundingBox` gives). */
export type Box = NonNullable<Awaited<ReturnType<Locator['boundingBox']>>>;

/**
 * Reaches `target` ({@link reach}) and returns its box once it has stopped moving: the same in
 * two measurements a frame apart. A pointer aimed at a box measured just after a jump can miss:
 * blocks of a lesson near the view are laid out in the next frame and may push the target
 * down, so a drag would start beside a slider and a click on a locked one would prove nothing.
 */
export async function steadyBox(target: Locator): Promise<Box> {
  await reach(target);
  let box = await target.boundingBox();
  for (let tries = 0; tries < 20; tries++) {
    await target.evaluate(
      () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
    );
    const next = await target.boundingBox();
    if (next && JSON.stringify(next) === JSON.stringify(box)) return next;
    box = next;
  }
  throw new Error(
    `${target} was still moving after 20 frame pairs (last box ${JSON.stringify(box)})`,
  );
}

export { expect };
