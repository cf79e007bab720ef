/**
 * Locked and hidden controls in the link, per island and per control:
 *   `?n1._lock=w1,b&n1._hide=f`
 * `_lock` shows a control disabled, with a lock mark and the value the link (or the lesson)
 * gives it; `_hide` leaves it out of the page. Control names are the island's state keys
 * ("w1", "b", "f"), plus a few named actions (DescentLab's "step"), listed by each island.
 *
 * Props win over links: what a lesson fixes (NeuronLab's `lock`, or a group it does not
 * show) keeps the lesson's value; a link that tries to change it is corrected with a notice.
 *
 * Reading never throws. Unknown names, repeated names, a repeated key or an overlong list
 * are corrected, each with a short sentence for the island's notice.
 */

/** Which of an island's controls a link locks and hides (names, in the island's order). */
export interface ControlLocks {
  lock: string[];
  hide: string[];
}

/** The two query keys, after the island's id and a dot. */
export const LOCK_KEYS = { lock: '_lock', hide: '_hide' } as const;

/** Longer lists are refused unread: every island's names fit in far less. */
export const MAX_LIST_LENGTH = 400;

/** Names are shown in a notice at most this long, and at most this many of them. */
const SHOWN_NAME = 16;
const SHOWN_NAMES = 4;

/** No locks and nothing hidden. */
export function noLocks(): ControlLocks {
  return { lock: [], hide: [] };
}

const quote = (name: string) =>
  `"${name.length > SHOWN_NAME ? `${name.slice(0, SHOWN_NAME)}…` : name}"`;

function nameList(names: string[]): string {
  const shown = names.slice(0, SHOWN_NAMES).map(quote).join(', ');
  return names.length > SHOWN_NAMES ? `${shown} and ${names.length - SHOWN_NAMES} more` : shown;
}

/** Reads one comma-separated list of names, keeping known ones once, in the island's order. */
function readList(
  params: URLSearchParams,
  key: string,
  controls: readonly string[],
  corrections: string[],
): string[] {
  const values = params.getAll(key);
  if (values.length === 0) return [];
  const label = key.slice(key.lastIndexOf('.') + 1);
  if (values.length > 1)
    corrections.push(`${label} was given ${values.length} times; the first was used`);
  const raw = values[0]!;
  if (raw.length > MAX_LIST_LENGTH) {
    corrections.push(`${label} is longer than ${MAX_LIST_LENGTH} characters; ignored`);
    return [];
  }
  const named = raw
    .split(',')
    .map((name) => name.trim())
    .filter((name) => name !== '');
  const unknown = [...new Set(named.filter((name) => !controls.includes(name)))];
  if (unknown.length > 0)
    corrections.push(
      `${label} names ${nameList(unknown)}, which this demo does not have; left out`,
    );
  const repeated = [
    ...new Set(named.filter((name, i) => controls.includes(name) && named.indexOf(name) !== i)),
  ];
  if (repeated.length > 0)
    corrections.push(`${label} names ${nameList(repeated)} more than once; once is enough`);
  return controls.filter((name) => named.includes(name));
}

/**
 * Reads island `id`'s `_lock` and `_hide` lists. `controls` are the names this island has
 * (in its own order, which the result keeps).
 */
export function readControlLocks(
  params: URLSearchParams,
  id: string,
  controls: readonly string[],
): { locks: ControlLocks; corrections: string[] } {
  const corrections: string[] = [];
  const lock = readList(params, `${id}.${LOCK_KEYS.lock}`, controls, corrections);
  const hide = readList(params, `${id}.${LOCK_KEYS.hide}`, controls, corrections);
  return { locks: { lock, hide }, corrections };
}

/** Writes island `id`'s lists into `params` (in place); an empty list leaves no key. */
export function writeControlLocks(params: URLSearchParams, id: string, locks: ControlLocks): void {
  for (const which of ['lock', 'hide'] as const) {
    const key = `${id}.${LOCK_KEYS[which]}`;
    params.delete(key);
    if (locks[which].length > 0) params.set(key, locks[which].join(','));
  }
}

/**
 * Props win: returns a copy of `params` without island `id`'s keys for the `fixed` fields
 * (so the island reads the lesson's values for them) and a correction for each one the link
 * tried to set.
 */
export function withoutFixed(
  params: URLSearchParams,
  id: string,
  fixed: readonly string[],
): { params: URLSearchParams; corrections: string[] } {
  const copy = new URLSearchParams(params);
  const tried = fixed.filter((key) => copy.has(`${id}.${key}`));
  for (const key of tried) copy.delete(`${id}.${key}`);
  const corrections = tried.map(
    (key) =>
      `${key} is fixed by this lesson, so the link cannot change it; kept as the lesson set it`,
  );
  return { params: copy, corrections };
}

/** Whether a reader may change control `name`: neither locked nor hidden by the link. */
export function isFree(locks: ControlLocks, name: string): boolean {
  return !locks.lock.includes(name) && !locks.hide.includes(name);
}

/**
 * Reset for a demo with locks: every field back to its default except the locked and
 * hidden ones, which keep the value the link gave them.
 */
export function resetFree<T extends Record<string, number | string>>(
  state: T,
  defaults: T,
  locks: ControlLocks,
): T {
  const next = { ...defaults };
  for (const key of Object.keys(state)) {
    if (!isFree(locks, key)) (next as Record<string, number | string>)[key] = state[key]!;
  }
  return next;
}
