import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { Network } from '~/core/network.ts';
import { serialiseNetwork } from '~/core/serialize.ts';
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

  it('names a network of another shape, with the shape the demos need and the one it has', () => {
    // Outside the project (a path from public/ with ..), so nothing can be left in a build.
    const dir = mkdtempSync(path.join(tmpdir(), 'neuron-lab-shape-'));
    try {
      const file = path.join(dir, 'small.json');
      writeFileSync(
        file,
        serialiseNetwork(new Network({ sizes: [784, 8, 10], activations: 'sigmoid' })),
      );
      const inPublic = path.relative(path.join(process.cwd(), 'public'), file);
      expect(() => builtNetwork(inPublic)).toThrow(BuiltAssetError);
      expect(() => builtNetwork(inPublic)).toThrow(
        `public/${inPublic}: The trained network has the wrong shape: this demo needs [784, 16, 16, 10], the file has [784, 8, 10].`,
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('does not hide any other error: a bug still fails the build', () => {
    expect(() =>
      unlessUnusable(() => {
        throw new TypeError('a bug');
      }),
    ).toThrow('a bug');
  });
});
