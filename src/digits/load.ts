/**
 * Loading the trained network and the sample digits in the browser, with messages a reader
 * can understand when something is wrong (missing file, damaged file, wrong shape).
 */
import type { Network } from '~/core/network.ts';
import { parseNetwork } from '~/core/serialize.ts';
import { decodeSamples } from './samples.ts';
import { PIXELS } from './picture.ts';

/**
 * What a digit island may do with the network it shares with the other digit islands on the
 * page: read its shape and weights, and ask for predictions, which come back as copies. Not
 * `forward`, whose result is the network's own buffers, overwritten by the next island's call.
 */
export type SharedNetwork = Pick<
  Network,
  'sizes' | 'layers' | 'inputSize' | 'outputSize' | 'predict' | 'predictLayers'
>;

/** The shape the digit demos need. */
export const DIGIT_SHAPE = [PIXELS, 16, 16, 10] as const;

/** `network`, if its layer sizes are DIGIT_SHAPE; else an Error with a reader-facing message. */
export function checkDigitShape<N extends Pick<Network, 'sizes'>>(network: N): N {
  if (network.sizes.join() !== DIGIT_SHAPE.join()) {
    throw new Error(
      `The trained network has the wrong shape: this demo needs [${DIGIT_SHAPE.join(', ')}], the file has [${network.sizes.join(', ')}].`,
    );
  }
  return network;
}

/** The response for `url`, or an Error with a reader-facing message naming `what`. */
export async function fetchOk(url: string, what: string): Promise<Response> {
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
  return checkDigitShape(network);
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

/** Loads in flight or done, by file pair: the digit islands on one page share one download. */
const assets = new Map<
  string,
  Promise<{ network: SharedNetwork; samples: ReturnType<typeof decodeSamples> }>
>();

/**
 * The network and the sample digits, downloaded and checked once per page however many digit
 * islands ask (they only read them; every forward pass copies what it keeps). A failed load
 * is forgotten, so the next call (a reader's "Try again") downloads afresh.
 */
export function loadDigitAssets(files: {
  model: string;
  samples: string;
}): Promise<{ network: SharedNetwork; samples: ReturnType<typeof decodeSamples> }> {
  const key = `${files.model}\n${files.samples}`;
  let pending = assets.get(key);
  if (!pending) {
    pending = Promise.all([loadDigitModel(files.model), loadDigitSamples(files.samples)]).then(
      ([network, samples]) => ({ network, samples }),
    );
    pending.catch(() => assets.delete(key));
    assets.set(key, pending);
  }
  return pending;
}

/**
 * Shows a loading failure in an island's [data-message] element, as text, with a "Try again"
 * button when `retry` is given: pressing it hides the message and calls `retry` (which shows
 * the message again if the download fails again).
 */
export function showLoadError(
  root: Element,
  error: unknown,
  consequence: string,
  retry?: () => void,
): void {
  const message = root.querySelector<HTMLElement>('[data-message]')!;
  message.textContent = `${(error as Error).message} ${consequence}; the rest of the page still works.`;
  if (retry) {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'retry';
    button.textContent = 'Try again';
    button.addEventListener('click', () => {
      message.hidden = true;
      message.textContent = '';
      retry();
    });
    message.append(' ', button);
  }
  message.hidden = false;
}
