/**
 * The link a teacher hands out from the share panel: the page's address with every demo's
 * state as it is now, island `id`'s locks and hidden controls as chosen, and, if asked,
 * `present=<id>` so the link opens that demo alone in present mode. The hash names the demo.
 */
import { writeControlLocks, type ControlLocks } from './control-locks';

/** present-url.ts's PRESENT_KEY, written out: importing it would split a chunk off lesson pages. */
const PRESENT_KEY = 'present';

export function shareLink(href: string, id: string, locks: ControlLocks, present: boolean): string {
  const url = new URL(href);
  writeControlLocks(url.searchParams, id, locks);
  url.searchParams.delete(PRESENT_KEY);
  if (present) url.searchParams.set(PRESENT_KEY, id);
  url.hash = id;
  return url.href;
}
