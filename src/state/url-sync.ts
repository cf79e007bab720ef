/**
 * Writes an island's state into the address bar with history.replaceState, at most once per
 * animation frame however fast a slider moves (the last state wins). Each island makes its
 * own writer; the URL itself is the only shared state.
 */
export function createUrlWriter(): (write: (params: URLSearchParams) => void) => void {
  let pending: ((params: URLSearchParams) => void) | undefined;
  return (write) => {
    const scheduled = pending !== undefined;
    pending = write;
    if (scheduled) return;
    requestAnimationFrame(() => {
      const url = new URL(location.href);
      pending!(url.searchParams);
      pending = undefined;
      history.replaceState(history.state, '', url);
    });
  };
}

/** The visible notice for a corrected link: a sentence naming each correction, as text. */
export function correctionNotice(corrections: readonly string[]): string {
  return `This link had values this demo could not use, so they were corrected: ${corrections.join('; ')}.`;
}
