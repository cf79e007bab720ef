/**
 * Build time only (an Astro component's frontmatter, in Node): the shipped trained network and
 * sample digits read from public/, each parsed once per build. The digit islands' markup uses
 * them to carry the state a demo starts in (the weight painter's bias, the network view's
 * sentence), so a demo does not change size or numbers when it starts in the browser.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Network } from '~/core/network.ts';
import { parseNetwork } from '~/core/serialize.ts';
import { decodeSamples } from './samples';

const DEFAULT_MODEL = 'models/digits.json';
const SAMPLES = 'models/digit-samples.bin';

const networks = new Map<string, Network>();
let samples: ReturnType<typeof decodeSamples> | undefined;

const inPublic = (file: string) => path.join(process.cwd(), 'public', file);

/** The network at `model` (a path inside public/, already checked by `digitFiles`). */
export function builtNetwork(model: string = DEFAULT_MODEL): Network {
  let network = networks.get(model);
  if (!network) {
    network = parseNetwork(readFileSync(inPublic(model), 'utf8'));
    networks.set(model, network);
  }
  return network;
}

/** The sample digits the demos offer, in their order (sample k + 1 is entry k). */
export function builtSamples(): ReturnType<typeof decodeSamples> {
  samples ??= decodeSamples(readFileSync(inPublic(SAMPLES)));
  return samples;
}

/**
 * `read()`, or undefined when a file it reads is missing or damaged. A page then carries less
 * from the build, and the island, which reads the files again in the browser, says what is
 * wrong inside its demo, where the reader can try again.
 */
export function orUnread<T>(read: () => T): T | undefined {
  try {
    return read();
  } catch {
    return undefined;
  }
}
