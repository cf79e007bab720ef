import { afterEach, describe, expect, it, vi } from 'vitest';
import { diverging, LIGHT_RAMP, parseColour, readRamp, type Ramp } from './palette';

describe('parseColour', () => {
  it.each([
    ['#2166ac', [0x21, 0x66, 0xac]],
    ['  #6FA8DC ', [0x6f, 0xa8, 0xdc]],
    ['#fff', [255, 255, 255]],
    ['#a3c', [0xaa, 0x33, 0xcc]],
    ['rgb(33 102 172)', [33, 102, 172]],
    ['rgb(33, 102, 172)', [33, 102, 172]],
    ['rgba(1, 2, 3, 0.5)', [1, 2, 3]],
    ['rgb(1 2 3 / 50%)', [1, 2, 3]],
  ])('%s', (text, rgb) => expect(parseColour(text)).toEqual(rgb));

  it.each(['', 'blue', '#12345', '#ggg', 'rgb(300 0 0)', 'hsl(0 0% 0%)', 'var(--x)'])(
    'refuses %j',
    (text) => expect(parseColour(text)).toBeUndefined(),
  );
});

describe('diverging', () => {
  const dark: Ramp = { positive: [111, 168, 220], negative: [241, 163, 64], zero: [38, 43, 51] };

  it('0 is the ramp middle and ±max its ends, in either scheme', () => {
    expect(diverging(0, 1)).toEqual([247, 247, 247]);
    expect(diverging(2, 2)).toEqual([33, 102, 172]);
    expect(diverging(-5, 2)).toEqual([179, 88, 6]);
    expect(diverging(0, 1, dark)).toEqual([38, 43, 51]);
    expect(diverging(1, 1, dark)).toEqual([111, 168, 220]);
    expect(diverging(-1, 1, dark)).toEqual([241, 163, 64]);
  });

  it('mixes linearly in between (worked by hand)', () => {
    // halfway from (38, 43, 51) to (111, 168, 220): (74.5, 105.5, 135.5) → rounded
    expect(diverging(0.5, 1, dark)).toEqual([75, 106, 136]);
    // a quarter of the way from (247, 247, 247) to (179, 88, 6): (230, 207.25, 186.75)
    expect(diverging(-0.25, 1)).toEqual([230, 207, 187]);
  });

  it('max 0 draws everything as the middle', () => {
    expect(diverging(3, 0, dark)).toEqual(dark.zero);
  });
});

describe('readRamp', () => {
  afterEach(() => vi.unstubAllGlobals());

  const stubStyles = (props: Record<string, string>) =>
    vi.stubGlobal('getComputedStyle', () => ({
      getPropertyValue: (name: string) => props[name] ?? '',
    }));

  it('reads the three custom properties the page sets', () => {
    stubStyles({ '--positive': ' #6fa8dc', '--negative': '#f1a340', '--ramp-zero': '#262b33' });
    expect(readRamp({} as Element)).toEqual({
      positive: [0x6f, 0xa8, 0xdc],
      negative: [0xf1, 0xa3, 0x40],
      zero: [0x26, 0x2b, 0x33],
    });
  });

  it('falls back colour by colour to the light ramp', () => {
    stubStyles({ '--positive': 'var(--nope)', '--ramp-zero': '#000' });
    expect(readRamp({} as Element)).toEqual({
      positive: LIGHT_RAMP.positive,
      negative: LIGHT_RAMP.negative,
      zero: [0, 0, 0],
    });
  });
});
