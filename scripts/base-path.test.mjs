import { describe, expect, it } from 'vitest';
import { normaliseBase } from './base-path.mjs';

describe('normaliseBase', () => {
  it.each([
    [undefined, '/'],
    ['', '/'],
    ['/', '/'],
    ['neuron-lab', '/neuron-lab/'],
    ['/neuron-lab', '/neuron-lab/'],
    ['/a//b/', '/a/b/'],
  ])('%s → %s', (raw, expected) => {
    expect(normaliseBase(raw)).toBe(expected);
  });

  it('rejects a base that is not a plain path, saying what it got', () => {
    expect(() => normaliseBase('https://evil.example/')).toThrow(/BASE_PATH.*https:/);
    expect(() => normaliseBase('/a b/')).toThrow(/BASE_PATH/);
  });
});
