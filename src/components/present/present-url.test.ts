import { describe, expect, it } from 'vitest';
import { groupSlides, readPresent, withPresent, withoutPresent } from './present-url';

const params = (query: string) => new URLSearchParams(query);

describe('readPresent', () => {
  it.each([
    ['', undefined],
    ['?gate.b=1', undefined],
    ['?present', { kind: 'lesson' }],
    ['?present=', { kind: 'lesson' }],
    ['?present=1', { kind: 'lesson', slide: 1 }],
    ['?present=12', { kind: 'lesson', slide: 12 }],
    ['?present=0', { kind: 'lesson' }],
    ['?present=-3', { kind: 'lesson' }],
    ['?present=1.5', { kind: 'lesson' }],
    ['?present=99999', { kind: 'lesson' }],
    ['?present=4x', { kind: 'lesson' }],
    ['?present=<script>', { kind: 'lesson' }],
    ['?present=Gate', { kind: 'lesson' }],
    ['?present=gate', { kind: 'demo', id: 'gate' }],
    ['?gate.b=1&present=neuron2', { kind: 'demo', id: 'neuron2' }],
  ])('%s', (query, expected) => {
    expect(readPresent(params(query))).toEqual(expected);
  });
});

describe('withPresent and withoutPresent', () => {
  const base = 'https://example.org/lessons/bias/';

  it('adds a bare ?present and keeps the demo state', () => {
    expect(withPresent(`${base}?gate.b=1.5`, { kind: 'lesson' })).toBe(
      `${base}?gate.b=1.5&present`,
    );
  });

  it('names the slide after the first, and leaves slide 1 bare', () => {
    expect(withPresent(`${base}?gate.b=1.5`, { kind: 'lesson', slide: 4 })).toBe(
      `${base}?gate.b=1.5&present=4`,
    );
    expect(withPresent(`${base}?present=4`, { kind: 'lesson', slide: 1 })).toBe(`${base}?present`);
  });

  it('names a demo', () => {
    expect(withPresent(base, { kind: 'demo', id: 'gate' })).toBe(`${base}?present=gate`);
  });

  it('leaves present mode keeping every other key and the hash', () => {
    expect(withoutPresent(`${base}?gate.b=1.5&present&gate.x1=0#softer`)).toBe(
      `${base}?gate.b=1.5&gate.x1=0#softer`,
    );
    expect(withoutPresent(`${base}?present=gate`)).toBe(base);
  });
});

describe('groupSlides', () => {
  const blocks = ['header', 'p', 'h2:A', 'p', 'demo', 'h2:B', 'p', 'nav'];
  const isHeading = (b: string) => b.startsWith('h2');

  it('puts the introduction first, then one slide per section heading', () => {
    expect(groupSlides(blocks, isHeading, (b) => b === 'nav')).toEqual([
      ['header', 'p'],
      ['h2:A', 'p', 'demo'],
      ['h2:B', 'p'],
    ]);
  });

  it('starts with a section when the lesson has no introduction', () => {
    expect(groupSlides(['h2:A', 'p'], isHeading)).toEqual([['h2:A', 'p']]);
  });

  it('gives no slides for no blocks', () => {
    expect(groupSlides([], isHeading)).toEqual([]);
  });
});
