import { describe, expect, it, vi } from 'vitest';
import { BuiltAssetError, builtNetwork, builtSamples, unlessUnusable } from './built-assets.server';

describe('the shipped digit files at build time', () => {
  it('reads the 784-16-16-10 network and the sample digits from public/', () => {
    expect(builtNetwork().sizes).toEqual([784, 16, 16, 10]);
    const samples = builtSamples();
    expect(samples.length).toBeGreaterThan(0);
    expect(samples[0]!.pixels).toHaveLength(784);
  });

  it('names a missing file, and leaves it to the browser (with a warning)', () => {
    expect(() => builtNetwork('models/none.json')).toThrow(BuiltAssetError);
    expect(() => builtNetwork('models/none.json')).toThrow(/^public\/models\/none\.json: /);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(unlessUnusable(() => builtNetwork('models/none.json').sizes)).toBeUndefined();
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('public/models/none.json'));
    warn.mockRestore();
  });

  it('does not hide any other error: a bug still fails the build', () => {
    expect(() =>
      unlessUnusable(() => {
        throw new TypeError('a bug');
      }),
    ).toThrow('a bug');
  });
});
