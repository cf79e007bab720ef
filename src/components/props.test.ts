import { describe, expect, it } from 'vitest';
import { choiceProp, numberListProp, numberProp, textProp } from './props';

const site = { component: 'NeuronLab', lessonSource: 'content/lessons/02-weights.mdx' };

describe('prop validation', () => {
  it('returns valid values unchanged', () => {
    expect(numberProp(site, 'bias', 0.5, { min: -1, max: 1 })).toBe(0.5);
    expect(numberListProp(site, 'inputs', [1, 2], { minLength: 1, maxLength: 8 })).toEqual([1, 2]);
    expect(choiceProp(site, 'activation', 'relu', ['relu', 'tanh'] as const)).toBe('relu');
    expect(textProp(site, 'caption', 'Hello')).toBe('Hello');
  });

  it.each([
    ['bias', () => numberProp(site, 'bias', 'big'), /a finite number; got "big"/],
    ['bias', () => numberProp(site, 'bias', 5, { min: -1, max: 1 }), /between -1 and 1; got 5/],
    ['bias', () => numberProp(site, 'bias', Number.NaN), /got NaN/],
    [
      'inputs',
      () => numberListProp(site, 'inputs', [], { minLength: 1, maxLength: 8 }),
      /a list of 1 to 8 finite numbers; got \[\]/,
    ],
    [
      'inputs',
      () => numberListProp(site, 'inputs', [1, '2'], { minLength: 1, maxLength: 8 }),
      /got \[1,"2"\]/,
    ],
    [
      'activation',
      () => choiceProp(site, 'activation', 'swish', ['relu', 'tanh'] as const),
      /one of "relu", "tanh"; got "swish"/,
    ],
    ['caption', () => textProp(site, 'caption', ''), /a non-empty string/],
  ])('an invalid %s names the lesson, the component and the prop', (prop, call, detail) => {
    expect(call).toThrow(`content/lessons/02-weights.mdx: <NeuronLab> prop "${prop}" must be`);
    expect(call).toThrow(detail);
  });
});
