import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { correctionNotice, createUrlWriter, flushUrlWrites, URL_WRITE_DELAY_MS } from './url-sync';

/** A window stand-in: an address bar, history.replaceState, timers and events. */
function fakeWindow(start = 'http://127.0.0.1/lessons/bias/?a=1#top') {
  const events = new EventTarget();
  const bar = { href: start };
  const replaced: string[] = [];
  vi.stubGlobal('window', globalThis);
  vi.stubGlobal('location', bar);
  vi.stubGlobal('history', {
    state: null,
    replaceState: (_s: unknown, _t: string, url: URL) => {
      bar.href = String(url);
      replaced.push(bar.href);
    },
  });
  vi.stubGlobal('addEventListener', events.addEventListener.bind(events));
  vi.stubGlobal('removeEventListener', events.removeEventListener.bind(events));
  vi.stubGlobal('dispatchEvent', events.dispatchEvent.bind(events));
  return { bar, replaced, events };
}

describe('createUrlWriter', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('writes once, the last state, after the reader pauses', () => {
    const { bar, replaced } = fakeWindow();
    const write = createUrlWriter();
    for (let k = 1; k <= 50; k++) write((p) => p.set('lab.w1', String(k)));
    vi.advanceTimersByTime(URL_WRITE_DELAY_MS - 1);
    expect(replaced).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(replaced).toHaveLength(1);
    expect(bar.href).toBe('http://127.0.0.1/lessons/bias/?a=1&lab.w1=50#top');
  });

  it('does not touch history when nothing changed', () => {
    const { replaced } = fakeWindow('http://127.0.0.1/?lab.w1=2');
    const write = createUrlWriter();
    write((p) => p.set('lab.w1', '2'));
    vi.runAllTimers();
    expect(replaced).toEqual([]);
  });

  it('writes at once when a link is about to be copied, or the page is hidden', () => {
    const { bar, events } = fakeWindow();
    const write = createUrlWriter();
    write((p) => p.set('x', '1'));
    flushUrlWrites();
    expect(bar.href).toContain('x=1');
    write((p) => p.set('x', '2'));
    events.dispatchEvent(new Event('pagehide'));
    expect(bar.href).toContain('x=2');
  });

  it('with a lifecycle signal: flushes what is pending when it aborts, then stops listening', () => {
    const { bar, replaced } = fakeWindow();
    const life = new AbortController();
    const write = createUrlWriter(life.signal);
    write((p) => p.set('y', '7'));
    life.abort();
    expect(bar.href).toContain('y=7');
    expect(replaced).toHaveLength(1);
    write((p) => p.set('y', '8'));
    flushUrlWrites();
    vi.runAllTimers();
    expect(bar.href).toContain('y=7');
    expect(replaced).toHaveLength(1);
  });
});

describe('correctionNotice', () => {
  it('names each correction in one sentence', () => {
    expect(
      correctionNotice(['w1 was 99, above 10; set to 10', 'f was "x"; set to "sigmoid"']),
    ).toBe(
      'This link had values this demo could not use, so they were corrected: w1 was 99, above 10; set to 10; f was "x"; set to "sigmoid".',
    );
  });
});
