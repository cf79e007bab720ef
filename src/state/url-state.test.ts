import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaults, readState, writeState, type Schema } from './url-state';

const schema = {
  w1: { kind: 'number', min: -4, max: 4, default: 1 },
  b: { kind: 'number', min: -10, max: 10, default: 0 },
  f: { kind: 'choice', choices: ['sigmoid', 'tanh', 'relu'], default: 'sigmoid' },
} satisfies Schema;

const read = (query: string) => readState(new URLSearchParams(query), 'n1', schema);

describe('readState', () => {
  it('reads valid values and ignores other islands and unknown keys', () => {
    const { state, corrections, present } = read('n1.w1=-2.5&n1.f=relu&n2.w1=3&n1.zz=1&x=1');
    expect(state).toEqual({ w1: -2.5, b: 0, f: 'relu' });
    expect(corrections).toEqual([]);
    expect(present).toBe(true);
  });

  it('gives defaults, and no corrections, for a link without this island', () => {
    expect(read('other=1')).toEqual({ state: defaults(schema), corrections: [], present: false });
  });

  it.each([
    ['n1.w1=99', { w1: 4 }, 'w1 was 99, above the maximum 4; set to 4'],
    ['n1.w1=-1e308', { w1: -4 }, 'below the minimum -4'],
    ['n1.b=1e999', { b: 10 }, 'b was 1e999, above the maximum 10; set to 10'],
    ['n1.b=NaN', { b: 0 }, 'b "NaN" is not a number'],
    ['n1.b=Infinity', { b: 0 }, 'is not a number'],
    ['n1.b=0x10', { b: 0 }, 'is not a number'],
    ['n1.b=', { b: 0 }, 'is not a number'],
    ['n1.w1=%3Cimg%20src%3Dx%3E', { w1: 1 }, 'w1 "<img src=x>" is not a number'],
    ['n1.f=%3Cscript%3E', { f: 'sigmoid' }, 'f "<script>" is not one of sigmoid, tanh, relu'],
    ['n1.w1=2&n1.w1=3', { w1: 2 }, 'w1 was given 2 times; the first was used'],
    ['n1.w1=' + '9'.repeat(400), { w1: 4 }, 'above the maximum 4'],
  ])('corrects %s', (query, expected, message) => {
    const { state, corrections } = read(query);
    expect(state).toMatchObject(expected);
    expect(corrections.join(' | ')).toContain(message);
  });

  it('shortens very long values in its messages', () => {
    const { corrections } = read(`n1.f=${'a'.repeat(500)}`);
    expect(corrections[0]!.length).toBeLessThan(120);
  });

  it('property: any query string reads without throwing, into range', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (key, value) => {
        const params = new URLSearchParams();
        params.append(`n1.${key}`, value);
        params.append('n1.w1', value);
        const { state } = readState(params, 'n1', schema);
        return state.w1 >= -4 && state.w1 <= 4 && schema.f.choices.includes(state.f);
      }),
    );
  });
});

describe('writeState', () => {
  it('round-trips through the URL, leaving defaults out', () => {
    const params = new URLSearchParams('keep=1');
    writeState(params, 'n1', schema, { w1: 0.35, b: 0, f: 'tanh' });
    expect(params.toString()).toBe('keep=1&n1.w1=0.35&n1.f=tanh');
    expect(read(params.toString()).state).toEqual({ w1: 0.35, b: 0, f: 'tanh' });
  });

  it('property: every in-range state round-trips to 3 decimals', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -4, max: 4, noNaN: true }),
        fc.double({ min: -10, max: 10, noNaN: true }),
        fc.constantFrom('sigmoid', 'tanh', 'relu'),
        (w1, b, f) => {
          const params = new URLSearchParams();
          writeState(params, 'n1', schema, { w1, b, f });
          const { state, corrections } = read(params.toString());
          return (
            corrections.length === 0 &&
            Math.abs(state.w1 - w1) <= 0.0005 &&
            Math.abs(state.b - b) <= 0.0005 &&
            state.f === f
          );
        },
      ),
    );
  });
});
