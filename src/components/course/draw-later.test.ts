import { describe, expect, it } from 'vitest';
import { isJumpInPage, opensAtAPlace } from './draw-later';

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
