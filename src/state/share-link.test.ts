import { describe, expect, it } from 'vitest';
import { readControlLocks } from './control-locks';
import { shareLink } from './share-link';

const PAGE = 'https://example.org/lessons/bias/?gate.b=-1&one.w1=2&present#top';

describe('shareLink', () => {
  it('keeps every demo’s state, adds the chosen locks and names the demo', () => {
    const link = new URL(shareLink(PAGE, 'one', { lock: ['w1'], hide: ['f'] }, false));
    expect(link.pathname).toBe('/lessons/bias/');
    expect(link.searchParams.get('gate.b')).toBe('-1');
    expect(link.searchParams.get('one.w1')).toBe('2');
    expect(link.searchParams.has('present')).toBe(false);
    expect(link.hash).toBe('#one');
    expect(readControlLocks(link.searchParams, 'one', ['w1', 'b', 'f']).locks).toEqual({
      lock: ['w1'],
      hide: ['f'],
    });
  });

  it('asks for present mode on this demo alone when ticked, and drops cleared locks', () => {
    const locked = 'https://example.org/l/?one._lock=b&one._hide=f';
    const link = new URL(shareLink(locked, 'one', { lock: [], hide: [] }, true));
    expect(link.searchParams.get('present')).toBe('one');
    expect(link.searchParams.has('one._lock')).toBe(false);
    expect(link.searchParams.has('one._hide')).toBe(false);
  });
});
