/**
 * Loading the trained network and the sample digits in the browser, with messages a reader
 * can understand when something is wrong (missing file, damaged file, wrong shape).
 */
import type { Network } from '~/core/network.ts';
import { parseNetwork } from '~/core/serialize.ts';
import { decodeSamples } from './samples';

/** The shape the digit demos need. */
export const DIGIT_SHAPE = [784, 16, 16, 10] as const;

async function fetchOk(url: string, what: string): Promise<Response> {
  let response: Response;
  try {
    response = await fetch(url);
  } catch {
    throw new Error(
      `The ${what} could not be downloaded (${url}). Check the connection and reload.`,
    );
  }
  if (!response.ok) throw new Error(`The ${what} is missing (HTTP ${response.status} for ${url}).`);
  return response;
}

/** The digit network at `url`; throws an Error with a reader-facing message. */
export async function loadDigitModel(url: string): Promise<Network> {
  const text = await (await fetchOk(url, 'trained network')).text();
  let network: Network;
  try {
    network = parseNetwork(text);
  } catch (error) {
    throw new Error(`The trained network file is damaged: ${(error as Error).message}.`);
  }
  if (network.sizes.join() !== DIGIT_SHAPE.join()) {
    throw new Error(
      `The trained network has the wrong shape: this demo needs [${DIGIT_SHAPE.join(', ')}], the file has [${network.sizes.join(', ')}].`,
    );
  }
  return network;
}

/** The sample digits at `url`; throws an Error with a reader-facing message. */
export async function loadDigitSamples(url: string) {
  const bytes = await (await fetchOk(url, 'sample digits file')).arrayBuffer();
  try {
    return decodeSamples(bytes);
  } catch (error) {
    throw new Error(`The sample digits file is damaged: ${(error as Error).message}.`);
  }
}
