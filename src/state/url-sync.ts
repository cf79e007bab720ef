/** Asks every island's writer to write its pending state now (before a link is copied). */
const FLUSH_EVENT = 'neuron-lab:flush-url';

/** Writes every island's pending state into the address bar at once. */
export function flushUrlWrites(): void {
  dispatchEvent(new Event(FLUSH_EVENT));
}

/** Quiet time after the last change before the address bar is rewritten. */
export const URL_WRITE_DELAY_MS = 250;

/**
 * Writes an island's state into the address bar with history.replaceState, once the reader
 * pauses for URL_WRITE_DELAY_MS (the last state wins), and at once when the page is hidden.
 * Not once per frame: browsers ignore replaceState past about 100 calls in 10 seconds, which
 * a dragged slider would reach. Each island makes its own writer; the URL is the shared state.
 * With a `signal` (the island's lifecycle), the writer flushes and removes its listeners when
 * the signal aborts.
 */
export function createUrlWriter(
  signal?: AbortSignal,
): (write: (params: URLSearchParams) => void) => void {
  let pending: ((params: URLSearchParams) => void) | undefined;
  let timer: number | undefined;
  const flush = () => {
    window.clearTimeout(timer);
    if (!pending) return;
    const url = new URL(location.href);
    pending(url.searchParams);
    pending = undefined;
    if (url.href !== location.href) history.replaceState(history.state, '', url);
  };
  addEventListener('pagehide', flush, { signal });
  addEventListener(FLUSH_EVENT, flush, { signal });
  // An island leaving the page (its signal aborts) writes what it has pending, then stops.
  signal?.addEventListener('abort', flush, { once: true });
  return (write) => {
    if (signal?.aborted) return;
    pending = write;
    window.clearTimeout(timer);
    timer = window.setTimeout(flush, URL_WRITE_DELAY_MS);
  };
}

/** The visible notice for a corrected link: a sentence naming each correction, as text. */
export function correctionNotice(corrections: readonly string[]): string {
  return `This link had values this demo could not use, so they were corrected: ${corrections.join('; ')}.`;
}
