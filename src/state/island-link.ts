/**
 * An island's whole link: its state (url-state.ts) with what the lesson fixes kept, and its
 * locks (control-locks.ts). Its own module, so that code needing only the locks (a pad's
 * lazy lock code, the share panel) does not pull in the state reader.
 */
import { readControlLocks, withoutFixed, type ControlLocks } from './control-locks';
import { readState, type Schema, type StateOf } from './url-state';

/**
 * Everything an island reads from the link: its state (readState, with the `fixed` fields at
 * the lesson's values), its locks, and every correction, in that order.
 */
export function readIslandLink<S extends Schema>(
  params: URLSearchParams,
  id: string,
  schema: S,
  controls: { controls: readonly string[]; fixed?: readonly string[] },
): { state: StateOf<S>; locks: ControlLocks; corrections: string[]; present: boolean } {
  const pinned = withoutFixed(params, id, controls.fixed ?? []);
  const read = readState(pinned.params, id, schema);
  const { locks, corrections } = readControlLocks(params, id, controls.controls);
  return {
    state: read.state,
    locks,
    corrections: [...pinned.corrections, ...read.corrections, ...corrections],
    present: read.present,
  };
}
