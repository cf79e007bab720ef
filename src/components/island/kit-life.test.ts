import { afterEach, describe, expect, it, vi } from 'vitest';
import { IslandLife } from './kit';

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
