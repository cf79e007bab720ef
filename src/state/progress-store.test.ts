import { describe, expect, it } from 'vitest';
import { answeredRight, visit } from './progress';
import { PROGRESS_KEY, openProgressStore } from './progress-store';

/** A Storage kept in a Map; `fail` makes chosen methods throw the given error. */
class FakeStorage implements Storage {
  readonly items = new Map<string, string>();
  fail: Partial<Record<'getItem' | 'setItem' | 'removeItem', Error>> = {};
  get length() {
    return this.items.size;
  }
  clear() {
    this.items.clear();
  }
  key(i: number) {
    return [...this.items.keys()][i] ?? null;
  }
  getItem(key: string) {
    if (this.fail.getItem) throw this.fail.getItem;
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    if (this.fail.setItem) throw this.fail.setItem;
    this.items.set(key, value);
  }
  removeItem(key: string) {
    if (this.fail.removeItem) throw this.fail.removeItem;
    this.items.delete(key);
  }
}

const quota = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');
const security = () => new DOMException('Access is denied.', 'SecurityError');

describe('openProgressStore', () => {
  it('saves progress where the next page (a new store on the same storage) finds it', () => {
    const storage = new FakeStorage();
    const first = openProgressStore(() => storage);
    first.update((p) => answeredRight(visit(p, 'bias'), 'bias', 'k1'));
    expect(JSON.parse(storage.items.get(PROGRESS_KEY)!)).toEqual({
      version: 1,
      lessons: { bias: { right: ['k1'] } },
      last: { lesson: 'bias' },
    });
    const next = openProgressStore(() => storage);
    expect(next.status()).toEqual({ saved: true });
    expect(next.read().lessons).toEqual({ bias: { right: ['k1'] } });
    expect([...storage.items.keys()]).toEqual([PROGRESS_KEY]);
  });

  it('adds to what another tab saved meanwhile', () => {
    const storage = new FakeStorage();
    const tabA = openProgressStore(() => storage);
    const tabB = openProgressStore(() => storage);
    tabA.update((p) => visit(p, 'bias'));
    tabB.update((p) => visit(p, 'weights'));
    expect(Object.keys(openProgressStore(() => storage).read().lessons)).toEqual([
      'bias',
      'weights',
    ]);
  });

  it('forgets: removes the stored record', () => {
    const storage = new FakeStorage();
    const store = openProgressStore(() => storage);
    store.update((p) => visit(p, 'bias'));
    store.clear();
    expect(storage.items.size).toBe(0);
    expect(store.read()).toEqual({ version: 1, lessons: {}, last: null });
  });

  it('with storage refused (the getter throws SecurityError), keeps progress in memory', () => {
    const store = openProgressStore(() => {
      throw security();
    });
    expect(store.status()).toEqual({ saved: false, problem: 'blocked' });
    expect(store.update((p) => visit(p, 'bias')).lessons).toEqual({ bias: { right: [] } });
    expect(store.read().last).toEqual({ lesson: 'bias' });
    expect(() => store.clear()).not.toThrow();
    expect(store.read().lessons).toEqual({});
  });

  it('with storage full from the start (QuotaExceededError), says so and works in memory', () => {
    const storage = new FakeStorage();
    storage.fail.setItem = quota();
    const store = openProgressStore(() => storage);
    expect(store.status()).toEqual({ saved: false, problem: 'full' });
    store.update((p) => visit(p, 'bias'));
    expect(store.read().lessons).toEqual({ bias: { right: [] } });
    expect(storage.items.size).toBe(0);
  });

  it('when storage fills up later, keeps everything so far in memory', () => {
    const storage = new FakeStorage();
    const store = openProgressStore(() => storage);
    store.update((p) => visit(p, 'bias'));
    storage.fail.setItem = quota();
    store.update((p) => answeredRight(p, 'bias', 'k1'));
    expect(store.status()).toEqual({ saved: false, problem: 'full' });
    expect(store.read().lessons).toEqual({ bias: { right: ['k1'] } });
  });

  it('when reading starts to throw, goes on from memory', () => {
    const storage = new FakeStorage();
    const store = openProgressStore(() => storage);
    store.update((p) => visit(p, 'bias'));
    storage.fail.getItem = security();
    expect(store.read().lessons).toEqual({ bias: { right: [] } });
    expect(store.status()).toEqual({ saved: false, problem: 'blocked' });
  });

  it.each([
    ['not JSON', '{"version":1,'],
    ['a newer version', '{"version":2,"lessons":{}}'],
    ['the wrong shape', '{"version":1,"lessons":{"bias":{"right":"all"}}}'],
  ])('reads a damaged record (%s) as no progress, and says so until saving over it', (_, text) => {
    const storage = new FakeStorage();
    storage.items.set(PROGRESS_KEY, text);
    const store = openProgressStore(() => storage);
    expect(store.read()).toEqual({ version: 1, lessons: {}, last: null });
    expect(store.status()).toEqual({ saved: true, damaged: true });
    store.update((p) => visit(p, 'bias'));
    expect(store.status()).toEqual({ saved: true });
    expect(JSON.parse(storage.items.get(PROGRESS_KEY)!).lessons).toEqual({ bias: { right: [] } });
  });
});
