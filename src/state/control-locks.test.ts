import { describe, expect, it } from 'vitest';
import { MAX_LIST_LENGTH, readControlLocks, resetFree, writeControlLocks } from './control-locks';
import { readIslandLink } from './island-link';
import type { Schema } from './url-state';

const CONTROLS = ['x1', 'x2', 'w1', 'w2', 'b', 'f'];
const read = (query: string) => readControlLocks(new URLSearchParams(query), 'n', CONTROLS);

describe('readControlLocks', () => {
  it.each([
    ['', [], []],
    ['n._lock=w1,b', ['w1', 'b'], []],
    ['n._hide=f', [], ['f']],
    // The island's order, not the link's.
    ['n._lock=b,w1&n._hide=f,x1', ['w1', 'b'], ['x1', 'f']],
    ['n._lock=%20w1%20,,b,', ['w1', 'b'], []],
    // Another island's keys are not this one's.
    ['m._lock=w1&n.lock=w1', [], []],
  ])('%s → lock %j, hide %j, nothing corrected', (query, lock, hide) => {
    expect(read(query)).toEqual({ locks: { lock, hide }, corrections: [] });
  });

  it('leaves out unknown names, with a notice naming them', () => {
    const { locks, corrections } = read('n._lock=w1,w9,<b>x</b>');
    expect(locks.lock).toEqual(['w1']);
    expect(corrections).toHaveLength(1);
    expect(corrections[0]).toContain('"w9"');
    expect(corrections[0]).toContain('"<b>x</b>"');
    expect(corrections[0]).toContain('does not have');
  });

  it('is not fooled by names that look like properties', () => {
    const { locks, corrections } = read('n._hide=constructor,__proto__,toString');
    expect(locks.hide).toEqual([]);
    expect(corrections).toHaveLength(1);
  });

  it('keeps a name given twice once, with a notice', () => {
    const { locks, corrections } = read('n._lock=w1,b,w1,w1');
    expect(locks.lock).toEqual(['w1', 'b']);
    expect(corrections).toEqual([expect.stringContaining('"w1" more than once')]);
  });

  it('uses the first of a repeated key, with a notice', () => {
    const { locks, corrections } = read('n._lock=w1&n._lock=b');
    expect(locks.lock).toEqual(['w1']);
    expect(corrections).toEqual([expect.stringContaining('2 times')]);
  });

  it('refuses a huge list unread', () => {
    const huge = Array.from({ length: 5000 }, () => 'w1').join(',');
    const { locks, corrections } = read(`n._lock=${huge}`);
    expect(locks.lock).toEqual([]);
    expect(corrections).toEqual([expect.stringContaining(`longer than ${MAX_LIST_LENGTH}`)]);
  });

  it('names at most a few unknown names, however many there are', () => {
    const many = Array.from({ length: 60 }, (_, i) => `q${i}`).join(',');
    const { corrections } = read(`n._hide=${many}`);
    expect(corrections[0]).toContain('and 56 more');
    expect(corrections[0]!.length).toBeLessThan(200);
  });
});

describe('writeControlLocks', () => {
  it('writes what readControlLocks reads back, and nothing for empty lists', () => {
    const params = new URLSearchParams('n.w1=2&n._hide=b');
    writeControlLocks(params, 'n', { lock: ['w1', 'f'], hide: [] });
    expect(params.get('n._lock')).toBe('w1,f');
    expect(params.has('n._hide')).toBe(false);
    expect(params.get('n.w1')).toBe('2');
    expect(read(params.toString()).locks).toEqual({ lock: ['w1', 'f'], hide: [] });
  });
});

describe('readIslandLink: props win over links', () => {
  const schema: Schema = {
    x1: { kind: 'number', min: 0, max: 1, default: 1 },
    w1: { kind: 'number', min: -4, max: 4, default: 0.5 },
  };
  const link = (query: string) =>
    readIslandLink(new URLSearchParams(query), 'gate', schema, {
      controls: ['x1', 'w1'],
      fixed: ['x1'],
    });

  it('keeps a fixed input at the lesson value and says so', () => {
    const { state, corrections } = link('gate.x1=0&gate.w1=2');
    expect(state).toEqual({ x1: 1, w1: 2 });
    expect(corrections).toEqual([expect.stringContaining('x1 is fixed by this lesson')]);
  });

  it('does not also report the fixed value as out of range or not a number', () => {
    expect(link('gate.x1=99').corrections).toHaveLength(1);
    expect(link('gate.x1=abc').corrections).toHaveLength(1);
  });

  it('reads locks beside the state; locking a fixed control is no correction', () => {
    const { state, locks, corrections } = link('gate.w1=-1&gate._lock=w1,x1&gate._hide=zz');
    expect(state.w1).toBe(-1);
    expect(locks.lock).toEqual(['x1', 'w1']);
    expect(corrections).toEqual([expect.stringContaining('"zz"')]);
  });
});

describe('resetFree', () => {
  it('resets free fields and keeps locked and hidden ones', () => {
    const state = { a: 1, b: 2, c: 3, d: 'relu' };
    const start = { a: 0, b: 0, c: 0, d: 'sigmoid' };
    expect(resetFree(state, start, { lock: ['a'], hide: ['d'] })).toEqual({
      a: 1,
      b: 0,
      c: 0,
      d: 'relu',
    });
  });
});
