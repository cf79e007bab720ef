import { describe, expect, it } from 'vitest';
import { href } from './href';

describe('href', () => {
  it.each([
    ['', '/', '/'],
    ['lessons/bias/', '/', '/lessons/bias/'],
    ['/favicon.svg', '/', '/favicon.svg'],
    ['lessons/bias/', '/neuron-lab/', '/neuron-lab/lessons/bias/'],
    ['/favicon.svg', '/neuron-lab', '/neuron-lab/favicon.svg'],
  ])('href(%j) under %s is %s', (path, base, expected) => {
    expect(href(path, base)).toBe(expected);
  });
});
