import { afterEach, describe, expect, it, vi } from 'vitest';
import { IslandLife, NEAR_VIEW, NearStart, whenNear } from './kit';

describe('IslandLife', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('removes every listener it added when disposed', () => {
    const target = new EventTarget();
    const heard: string[] = [];
    const life = new IslandLife();
    life.on(target, 'ping', () => heard.push('a'));
    life.on(target, 'ping', () => heard.push('b'), { passive: true });
    target.dispatchEvent(new Event('ping'));
    life.dispose();
    target.dispatchEvent(new Event('ping'));
    expect(heard).toEqual(['a', 'b']);
    expect(life.disposed).toBe(true);
    expect(life.signal.aborted).toBe(true);
  });

  it('disconnects its observers and runs every undo once, last added first', () => {
    const disconnected: Element[] = [];
    vi.stubGlobal(
      'ResizeObserver',
      class {
        observed: Element[] = [];
        observe(el: Element) {
          this.observed.push(el);
        }
        disconnect() {
          disconnected.push(...this.observed);
        }
      },
    );
    const life = new IslandLife();
    const box = {} as Element;
    life.observeSize(box, () => {});
    const order: number[] = [];
    life.add(() => order.push(1));
    life.add(() => order.push(2));
    life.dispose();
    life.dispose();
    expect(disconnected).toEqual([box]);
    expect(order).toEqual([2, 1]);
  });

  it('an undo added after dispose runs at once (a load that finished late)', () => {
    const life = new IslandLife();
    life.dispose();
    const undo = vi.fn();
    life.add(undo);
    expect(undo).toHaveBeenCalledOnce();
  });
});

describe('whenNear', () => {
  afterEach(() => vi.unstubAllGlobals());

  /** A stand-in IntersectionObserver: records its options and lets a test report an entry. */
  function stubObserver() {
    const made: {
      options?: IntersectionObserverInit;
      observed: unknown[];
      live: boolean;
      report: (isIntersecting: boolean) => void;
    }[] = [];
    vi.stubGlobal(
      'IntersectionObserver',
      class {
        record: (typeof made)[number];
        constructor(
          callback: (entries: { isIntersecting: boolean }[]) => void,
          options?: IntersectionObserverInit,
        ) {
          this.record = {
            options,
            observed: [],
            live: true,
            report: (i) => this.record.live && callback([{ isIntersecting: i }]),
          };
          made.push(this.record);
        }
        observe(el: unknown) {
          this.record.observed.push(el);
        }
        disconnect() {
          this.record.live = false;
        }
      },
    );
    return made;
  }

  it('starts once, when the element comes within half a screen of the view', () => {
    const made = stubObserver();
    const element = new EventTarget() as HTMLElement;
    const start = vi.fn();
    whenNear(element, new AbortController().signal, start);
    expect(made[0]!.options).toEqual({ rootMargin: NEAR_VIEW });
    expect(NEAR_VIEW).toBe('50% 0px');
    expect(made[0]!.observed).toEqual([element]);
    made[0]!.report(false);
    expect(start).not.toHaveBeenCalled();
    made[0]!.report(true);
    made[0]!.report(true);
    element.dispatchEvent(new Event('focusin'));
    expect(start).toHaveBeenCalledOnce();
    expect(made[0]!.live).toBe(false);
  });

  it('starts at once when the reader focuses or presses inside, before it is near', () => {
    stubObserver();
    for (const type of ['focusin', 'pointerdown']) {
      const element = new EventTarget() as HTMLElement;
      const start = vi.fn();
      whenNear(element, new AbortController().signal, start);
      element.dispatchEvent(new Event(type));
      expect(start, type).toHaveBeenCalledOnce();
    }
  });

  it('NearStart waits again on each connection until it has started, then never again', () => {
    const made = stubObserver();
    const element = new EventTarget() as HTMLElement;
    const start = vi.fn();
    const near = new NearStart(element, start);
    near.wait();
    near.stop(); // disconnected before it came near
    near.wait(); // connected again
    expect(made.map((m) => m.live)).toEqual([false, true]);
    made[1]!.report(true);
    expect(start).toHaveBeenCalledOnce();
    expect(near.started).toBe(true);
    near.stop();
    near.wait();
    element.dispatchEvent(new Event('pointerdown'));
    expect(made).toHaveLength(2);
    expect(start).toHaveBeenCalledOnce();
  });

  it('never starts once its signal has aborted (the island left the page)', () => {
    const made = stubObserver();
    const element = new EventTarget() as HTMLElement;
    const start = vi.fn();
    const controller = new AbortController();
    whenNear(element, controller.signal, start);
    controller.abort();
    made[0]!.report(true);
    element.dispatchEvent(new Event('pointerdown'));
    expect(start).not.toHaveBeenCalled();
    expect(made[0]!.live).toBe(false);
    whenNear(element, controller.signal, start);
    expect(made).toHaveLength(1);
  });
});
