/**
 * Registers the service worker that makes the site work offline (scripts/service-worker.mjs
 * builds it) and tells the reader when a new version is waiting, so they can reload into it.
 *
 * Nothing here throws: where service workers are unavailable (an old browser, a private
 * window that refuses them, a browser set to block them, an insecure origin) the site simply
 * works online, as it would without this file.
 */

/** A service worker as this module uses it (the real ServiceWorker, or a test's stand-in). */
export interface WorkerLike extends EventTarget {
  readonly state: ServiceWorkerState;
  postMessage(message: unknown): void;
}

/** A registration as this module uses it. */
export interface RegistrationLike extends EventTarget {
  readonly installing: WorkerLike | null;
  readonly waiting: WorkerLike | null;
}

/** The message the generated worker answers by taking over (Workbox's generateSW). */
export const SKIP_WAITING = { type: 'SKIP_WAITING' } as const;

/** The worker's script and scope for a site served under `base` ("/" or "/neuron-lab/"). */
export function workerLocation(base: string): { script: string; scope: string } {
  const scope = base.endsWith('/') ? base : `${base}/`;
  return { script: `${scope}sw.js`, scope };
}

/**
 * Calls `onWaiting` with each new version of the worker once it has installed and is waiting
 * behind the one that controls this page: one found waiting or installing already, and any
 * found later.
 * A first install (no worker controls the page yet: `isControlled` false) is not an update
 * and is not reported. Returns a function that stops watching.
 */
export function watchForUpdates(
  registration: RegistrationLike,
  isControlled: () => boolean,
  onWaiting: (worker: WorkerLike) => void,
): () => void {
  const reported = new WeakSet<WorkerLike>();
  const report = (worker: WorkerLike | null) => {
    if (!worker || worker.state !== 'installed' || !isControlled() || reported.has(worker)) return;
    reported.add(worker);
    onWaiting(worker);
  };
  const watched: { worker: WorkerLike; listener: () => void }[] = [];
  const watchInstalling = () => {
    const worker = registration.installing;
    if (!worker) return;
    const listener = () => report(worker);
    worker.addEventListener('statechange', listener);
    watched.push({ worker, listener });
  };
  report(registration.waiting);
  // One already installing (its updatefound came before this page asked), and any later one.
  watchInstalling();
  registration.addEventListener('updatefound', watchInstalling);
  return () => {
    registration.removeEventListener('updatefound', watchInstalling);
    for (const { worker, listener } of watched) worker.removeEventListener('statechange', listener);
  };
}

/**
 * What Reload does with the waiting worker: asks it to take over, then the page reloads when
 * it controls the page ('controllerchange'). A worker that has already taken over (another
 * tab's Reload) only needs the page reloaded. Returns whether to wait for controllerchange.
 */
export function takeOver(worker: WorkerLike): 'wait' | 'reload' {
  if (worker.state === 'installed') {
    worker.postMessage(SKIP_WAITING);
    return 'wait';
  }
  return 'reload';
}

/**
 * Shows the notice in `region` (a role="status" element) from its <template>: the message,
 * Reload and Not now. Reload takes the waiting worker over and reloads; Not now empties the
 * region, so nothing covers the page.
 */
function showNotice(
  region: HTMLElement,
  template: HTMLTemplateElement,
  worker: WorkerLike,
  reloadOnTakeOver: () => void,
) {
  region.replaceChildren(template.content.cloneNode(true));
  region.querySelector('[data-update-reload]')?.addEventListener('click', (event) => {
    (event.currentTarget as HTMLButtonElement).disabled = true;
    if (takeOver(worker) === 'reload') location.reload();
    else reloadOnTakeOver();
  });
  region.querySelector('[data-update-dismiss]')?.addEventListener('click', () => {
    region.replaceChildren();
    // The pressed button is gone: focus goes to the page's content, where the reader was.
    document.getElementById('main')?.focus({ preventScroll: true });
  });
}

/**
 * Registers the worker under `base` and wires the update notice in `region`. Resolves once
 * registered or refused; never rejects.
 */
export async function startOffline(
  base: string,
  region: HTMLElement,
  template: HTMLTemplateElement,
): Promise<void> {
  const container = 'serviceWorker' in navigator ? navigator.serviceWorker : undefined;
  if (!container) return;
  const { script, scope } = workerLocation(base);
  let registration: ServiceWorkerRegistration | undefined;
  try {
    registration = await container.register(script, { scope });
  } catch {
    return; // Refused (blocked, private window, insecure origin): the site works online.
  }
  // A browser set to block workers may answer with no registration at all.
  if (!registration) return;
  // Set once the reader pressed Reload: the new worker taking over then reloads the page.
  // A first visit's worker claiming the page (also a controllerchange) does not.
  let reloadWhenControlled = false;
  container.addEventListener('controllerchange', () => {
    if (reloadWhenControlled) location.reload();
  });
  watchForUpdates(
    registration,
    () => container.controller !== null,
    (worker) =>
      showNotice(region, template, worker, () => {
        reloadWhenControlled = true;
      }),
  );
}
