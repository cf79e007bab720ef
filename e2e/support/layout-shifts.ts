import type { Page } from '@playwright/test';

/** What the page keeps on `window` for {@link layoutShifts}. */
interface ShiftLog {
  __shifts: string[];
  __shiftObserver: PerformanceObserver;
  /** Adds the entries no input caused to `__shifts`, in the form below. */
  __logShifts: (entries: PerformanceEntryList) => void;
}

/**
 * From the next navigation of `page` on, records every layout shift the browser reports that
 * no input caused (the Layout Instability API's `hadRecentInput` is false), as text naming each
 * moved element (tag, id, first class) with its box's top and height before → after, in CSS
 * px: "0.0081 at 631 ms: h1 187/39 → 207/39, section.objectives 246/253 → 266/253".
 */
export async function recordLayoutShifts(page: Page): Promise<void> {
  await page.addInitScript(() => {
    type Shift = PerformanceEntry & {
      value: number;
      hadRecentInput: boolean;
      sources: { node: Node | null; previousRect: DOMRectReadOnly; currentRect: DOMRectReadOnly }[];
    };
    const name = (node: Node | null) => {
      if (!(node instanceof Element)) return node?.nodeName ?? '?';
      const cls = node.classList[0];
      return `${node.tagName.toLowerCase()}${node.id ? `#${node.id}` : ''}${cls ? `.${cls}` : ''}`;
    };
    const box = (r: DOMRectReadOnly) => `${Math.round(r.top)}/${Math.round(r.height)}`;
    const log: string[] = [];
    const logShifts = (entries: PerformanceEntryList) => {
      for (const e of entries as Shift[]) {
        if (e.hadRecentInput) continue;
        const moved = e.sources.map(
          (s) => `${name(s.node)} ${box(s.previousRect)} → ${box(s.currentRect)}`,
        );
        log.push(`${e.value.toFixed(4)} at ${Math.round(e.startTime)} ms: ${moved.join(', ')}`);
      }
    };
    const observer = new PerformanceObserver((list) => logShifts(list.getEntries()));
    observer.observe({ type: 'layout-shift', buffered: true });
    Object.assign(window, { __shifts: log, __shiftObserver: observer, __logShifts: logShifts });
  });
}

/**
 * KaTeX's fonts load with `font-display: swap` (scripts/katex-font-display.mjs), so a formula
 * drawn before a font it uses has arrived may grow by a pixel or two when it does (0.0002,
 * seen on lesson 2 at 1280 px on a busy machine). Shifts that small are the price of showing
 * the maths at once; anything a reader notices is far larger (the Present button's was
 * 0.008–0.044, the progress panel's 0.009).
 */
export const NOTICEABLE_SHIFT = 0.001;

/**
 * The layout shifts of at least `min` (default {@link NOTICEABLE_SHIFT}) recorded so far on the
 * page's current document (see {@link recordLayoutShifts}), after two more frames, with any
 * entry not yet delivered to the observer taken as well.
 */
export async function layoutShifts(page: Page, min = NOTICEABLE_SHIFT): Promise<string[]> {
  await page.evaluate(
    () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
  );
  return page.evaluate((limit) => {
    const w = window as unknown as ShiftLog;
    w.__logShifts(w.__shiftObserver.takeRecords());
    return w.__shifts.filter((text) => Number.parseFloat(text) >= limit);
  }, min);
}
