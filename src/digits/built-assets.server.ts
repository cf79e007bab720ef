/**
 * Build time only (an Astro component's frontmatter, in Node; `.server` so that no browser
 * module imports it): the shipped trained network and sample digits read from public/. The
 * digit islands' markup uses them to carry the state a demo starts in (the weight painter's
 * bias, the network view's sentence), so a demo does not change size or numbers when it starts
 * in the browser. Each file is parsed once per build, and again if it changes (`astro dev`
 * after a retraining).
 */
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Network } from '~/core/network.ts';
import { parseNetwork } from '~/core/serialize.ts';
import { checkDigitShape } from './load.ts';
import { decodeSamples } from './samples.ts';

const DEFAULT_MODEL = 'models/digits.json';
const SAMPLES = 'models/digit-samples.bin';

/** A shipped file that is missing, damaged or of the wrong shape; the message names it. */
export class BuiltAssetError extends Error {}

const cache = new Map<string, { changed: number; value: unknown }>();

/** `parse` of public/`file`, cached while the file is unchanged; BuiltAssetError if unusable. */
function readPublic<T>(file: string, parse: (bytes: Buffer) => T): T {
  const full = path.join(process.cwd(), 'public', file);
  try {
    const changed = statSync(full).mtimeMs;
    const hit = cache.get(full);
    if (hit?.changed === changed) return hit.value as T;
    const value = parse(readFileSync(full));
    cache.set(full, { changed, value });
    return value;
  } catch (error) {
    throw new BuiltAssetError(`public/${file}: ${(error as Error).message}`);
  }
}

/** The 784-16-16-10 network at `model` (a path inside public/, already checked by `digitFiles`). */
export function builtNetwork(model: string = DEFAULT_MODEL): Network {
  return readPublic(model, (bytes) => checkDigitShape(parseNetwork(bytes.toString('utf8'))));
}

/** The sample digits the demos offer, in their order (sample k + 1 is entry k). */
export function builtSamples(): ReturnType<typeof decodeSamples> {
  return readPublic(SAMPLES, decodeSamples);
}

/**
 * `read()`, or undefined (with a warning in the build's log) when a shipped file it reads is
 * unusable: the page then carries less from the build, and the island, which reads the files
 * again in the browser, says in its demo what is wrong. Any other error still fails the build.
 */
export function unlessUnusable<T>(read: () => T): T | undefined {
  try {
    return read();
  } catch (error) {
    if (!(error instanceof BuiltAssetError)) throw error;
    console.warn(
      `[neuron-lab] ${error.message.replace(/\.$/, '')}; the page leaves this to the browser.`,
    );
    return undefined;
  }
}
