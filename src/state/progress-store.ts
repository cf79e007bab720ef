/**
 * Where a reader's progress lives: localStorage under one key, as the JSON of progress.ts.
 * Nothing here throws. When the browser will not store anything (storage turned off, a private
 * window that refuses it, a getter that throws SecurityError) or the store is full
 * (QuotaExceededError), progress is kept in memory for the page's life instead, and `status()`
 * says so, so the page can tell the reader their progress will not be saved.
 *
 * Lifecycle: open one store per page (openProgressStore); read() before showing, update() on
 * each change (it re-reads first, so two tabs add to each other's progress), clear() to forget.
 */
import { emptyProgress, validateProgress, type Progress } from './progress';

/** The localStorage key of the progress record. */
export const PROGRESS_KEY = 'neuron-lab:progress';
/** Written and removed once on opening, to learn whether writing works at all. */
const PROBE_KEY = 'neuron-lab:probe';

export interface StoreStatus {
  /** Whether progress survives a reload. */
  saved: boolean;
  /** Why not: storage refused ('blocked') or out of room ('full'). */
  problem?: 'blocked' | 'full';
  /** The stored record could not be read (damaged or from an unknown version) and was set aside. */
  damaged?: boolean;
}

export interface ProgressStore {
  /** The reader's progress: the stored record, or the one kept in memory. */
  read(): Progress;
  /** Applies `change` to the latest progress, keeps the result and returns it. */
  update(change: (progress: Progress) => Progress): Progress;
  /** Forgets all progress (removes the stored record). */
  clear(): void;
  status(): StoreStatus;
}

/**
 * Opens the store on the Storage that `area` returns (`() => window.localStorage`); a getter
 * that throws, or storage that refuses a write, leaves the store in memory.
 */
export function openProgressStore(area: () => Storage): ProgressStore {
  let storage: Storage | null = null;
  let memory = emptyProgress();
  const status: StoreStatus = { saved: false, problem: 'blocked' };

  const giveUp = (error: unknown) => {
    storage = null;
    status.saved = false;
    status.problem = isQuotaError(error) ? 'full' : 'blocked';
  };

  try {
    const candidate = area();
    candidate.setItem(PROBE_KEY, '1');
    candidate.removeItem(PROBE_KEY);
    storage = candidate;
    status.saved = true;
    delete status.problem;
  } catch (error) {
    giveUp(error);
  }

  const read = (): Progress => {
    if (!storage) return memory;
    let text: string | null;
    try {
      text = storage.getItem(PROGRESS_KEY);
    } catch (error) {
      giveUp(error);
      return memory;
    }
    if (text === null) return (memory = emptyProgress());
    const checked = validateProgress(parseJson(text));
    if (!checked.ok) {
      status.damaged = true;
      return memory;
    }
    return (memory = checked.value);
  };

  return {
    read,
    update(change) {
      memory = change(read());
      if (storage) {
        try {
          storage.setItem(PROGRESS_KEY, JSON.stringify(memory));
          delete status.damaged;
        } catch (error) {
          giveUp(error);
        }
      }
      return memory;
    },
    clear() {
      memory = emptyProgress();
      delete status.damaged;
      if (!storage) return;
      try {
        storage.removeItem(PROGRESS_KEY);
      } catch (error) {
        giveUp(error);
      }
    },
    status: () => ({ ...status }),
  };
}

/** QuotaExceededError by name (or by its legacy code 22, or Firefox's old name). */
function isQuotaError(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { name, code } = error as { name?: unknown; code?: unknown };
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED' || code === 22;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
