import { describe, expect, it } from 'vitest';
import { DRAWN_CLASS, drawAtOnceScript, isJumpInPage, opensAtAPlace } from './draw-later';

const here = { pathname: '/lessons/bias/', search: '?read.b=2', hash: '' };

describe('isJumpInPage', () => {
  it('is true for a fragment on this same page', () => {
    expect(isJumpInPage({ ...here, hash: '#the-bias' }, here)).toBe(true);
  });

  it('is false without a fragment, or with an empty one', () => {
    expect(isJumpInPage({ ...here, hash: '' }, here)).toBe(false);
    expect(isJumpInPage({ ...here, hash: '#' }, here)).toBe(false);
  });

  it('is false for another page, or this page with another query (that link reloads)', () => {
    expect(isJumpInPage({ ...here, pathname: '/lessons/weights/', hash: '#a' }, here)).toBe(false);
    expect(isJumpInPage({ ...here, search: '?read.b=3', hash: '#a' }, here)).toBe(false);
    expect(isJumpInPage({ ...here, search: '', hash: '#a' }, here)).toBe(false);
  });
});

describe('opensAtAPlace', () => {
  it('is true for a fragment, a reload and a Back or Forward', () => {
    expect(opensAtAPlace('#summary', 'navigate')).toBe(true);
    expect(opensAtAPlace('', 'reload')).toBe(true);
    expect(opensAtAPlace('', 'back_forward')).toBe(true);
  });

  it('is false for a page opened at its top, or a browser without Navigation Timing', () => {
    expect(opensAtAPlace('', 'navigate')).toBe(false);
    expect(opensAtAPlace('#', 'navigate')).toBe(false);
    expect(opensAtAPlace('', 'prerender')).toBe(false);
    expect(opensAtAPlace('', undefined)).toBe(false);
  });
});

/**
 * Runs an inline head script in a stand-in for the browser: a page opened at `hash` by a
 * navigation of `type`, with one element per id in `ids`. Returns the page's classes and what
 * a later change of fragment does.
 */
function runInPage(script: string, hash: string, type: string | undefined, ids: string[] = []) {
  const classes = new Set<string>();
  const scrolled: string[] = [];
  const listeners: { type: string; run: () => void; once: boolean }[] = [];
  const location = { hash };
  const page = {
    document: {
      documentElement: { classList: { add: (c: string) => classes.add(c) } },
      getElementById: (id: string) =>
        ids.includes(id) ? { scrollIntoView: () => scrolled.push(id) } : null,
    },
    location,
    performance: { getEntriesByType: () => (type ? [{ type }] : []) },
    addEventListener: (t: string, run: () => void, options?: { once?: boolean }) =>
      listeners.push({ type: t, run, once: !!options?.once }),
  };
  new Function(...Object.keys(page), script)(...Object.values(page));
  return {
    classes,
    scrolled,
    /** Changes the fragment as the browser does: the listeners for `hashchange` run. */
    jump(to: string) {
      location.hash = to;
      for (const l of listeners.filter((x) => x.type === 'hashchange')) {
        l.run();
        if (l.once) listeners.splice(listeners.indexOf(l), 1);
      }
    },
  };
}

describe('drawAtOnceScript', () => {
  it('draws a page opened at a fragment, a reload or Back whole; a page opened at its top not', () => {
    for (const script of [drawAtOnceScript(), drawAtOnceScript({ hashJumpsToo: true })]) {
      expect(runInPage(script, '#plan-2', 'navigate').classes.has(DRAWN_CLASS)).toBe(true);
      expect(runInPage(script, '', 'reload').classes.has(DRAWN_CLASS)).toBe(true);
      expect(runInPage(script, '', 'back_forward').classes.has(DRAWN_CLASS)).toBe(true);
      expect(runInPage(script, '', 'navigate').classes.size).toBe(0);
      expect(runInPage(script, '', undefined).classes.size).toBe(0);
    }
  });

  it('leaves jumps to the lesson module without hashJumpsToo', () => {
    const page = runInPage(drawAtOnceScript(), '', 'navigate', ['plan-2']);
    page.jump('#plan-2');
    expect(page.classes.size).toBe(0);
    expect(page.scrolled).toEqual([]);
  });

  it('with hashJumpsToo, draws the page whole on the first jump and scrolls to its target again', () => {
    const page = runInPage(drawAtOnceScript({ hashJumpsToo: true }), '', 'navigate', [
      'plan-2',
      'plan-3',
    ]);
    page.jump('#plan-2');
    expect([...page.classes]).toEqual([DRAWN_CLASS]);
    expect(page.scrolled).toEqual(['plan-2']);
    // Drawn for good: a later jump is the browser's own.
    page.jump('#plan-3');
    expect(page.scrolled).toEqual(['plan-2']);
  });

  it('with hashJumpsToo, a fragment that names nothing or is not valid %-encoding still draws it whole', () => {
    const page = runInPage(drawAtOnceScript({ hashJumpsToo: true }), '', 'navigate');
    expect(() => page.jump('#%E0%A4%A')).not.toThrow();
    expect([...page.classes]).toEqual([DRAWN_CLASS]);
    expect(page.scrolled).toEqual([]);
  });
});
