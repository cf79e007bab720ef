/**
 * The island kit: what every island element needs from the page, written once.
 *
 *   connectedCallback:     life = new IslandLife()
 *                          config = readIslandConfig(this, SHAPE)   (message in the island if bad)
 *                          link = bindIslandLink(this, life, { id, schema, controls })
 *   controls → state → render → link.write(state)
 *   disconnectedCallback:  life.dispose()   (every listener, observer and timer goes; the link's
 *                          pending state is written first)
 *
 * Data flows one way: the link and the controls set the state, the state is rendered and then
 * written back to the link.
 */
import { applyControlLocks } from '~/components/controls/apply-locks';
import { writeControlLocks, type ControlLocks } from '~/state/control-locks';
import { readIslandLink } from '~/state/island-link';
import { writeState, type Schema, type StateOf } from '~/state/url-state';
import { correctionNotice, createUrlWriter } from '~/state/url-sync';
import { parseConfig, type Shape } from './config-shape';

/**
 * One connection of an island to the page: everything it adds to objects outside itself
 * (window, document, media queries, observers, timers) goes through here, and `dispose`
 * removes all of it.
 */
export class IslandLife {
  private readonly controller = new AbortController();
  private readonly undo: (() => void)[] = [];

  /** Aborts on dispose: pass it to addEventListener or fetch. */
  get signal(): AbortSignal {
    return this.controller.signal;
  }

  get disposed(): boolean {
    return this.controller.signal.aborted;
  }

  /** target.addEventListener(type, listener) until dispose. */
  on<E extends Event = Event>(
    target: EventTarget,
    type: string,
    listener: (event: E) => void,
    options: AddEventListenerOptions = {},
  ): void {
    target.addEventListener(type, listener as EventListener, {
      ...options,
      signal: this.controller.signal,
    });
  }

  /** A ResizeObserver on `element`, disconnected on dispose. */
  observeSize(element: Element, callback: ResizeObserverCallback): ResizeObserver {
    const observer = new ResizeObserver(callback);
    observer.observe(element);
    this.add(() => observer.disconnect());
    return observer;
  }

  /** Anything else to undo on dispose (a worker to stop, a timer to clear, an unsubscribe). */
  add(undo: () => void): void {
    if (this.disposed) undo();
    else this.undo.push(undo);
  }

  /** Removes every listener and observer and runs every undo, last added first. */
  dispose(): void {
    if (this.disposed) return;
    this.controller.abort();
    for (const undo of this.undo.splice(0).reverse()) undo();
  }
}

/**
 * Shows a message inside the island, in its `[data-message]` element (role=alert) or, when
 * its markup has none, in one made at its top. The rest of the page is untouched.
 */
export function showIslandMessage(root: HTMLElement, text: string): HTMLElement {
  let message = root.querySelector<HTMLElement>('[data-message]');
  if (!message) {
    message = document.createElement('p');
    message.className = 'demo-notice';
    message.setAttribute('role', 'alert');
    message.dataset.message = '';
    root.prepend(message);
  }
  message.textContent = text;
  message.hidden = false;
  return message;
}

/**
 * The island's `data-config`, parsed and checked against `shape`; undefined, with a message
 * in the island naming what is wrong, when it does not fit.
 */
export function readIslandConfig<T>(root: HTMLElement, shape: Shape): T | undefined {
  const { config, problems } = parseConfig<T>(root.dataset.config, shape);
  if (config !== undefined) return config;
  const shown = problems.slice(0, 3).join('; ') + (problems.length > 3 ? '; …' : '');
  showIslandMessage(
    root,
    `This demo cannot start: its settings in the page are damaged (${shown}). Reloading the page may fix it; the rest of the page still works.`,
  );
  root.dataset.broken = '';
  console.error(`<${root.localName}> data-config:`, problems);
  return undefined;
}

/** How near the view an island that starts late starts: within half a screen of it. */
export const NEAR_VIEW = '50% 0px';

/**
 * Calls `start` once: when `element` comes within NEAR_VIEW of the view, or the reader focuses
 * or presses inside it, whichever is first; never once `signal` has aborted. Islands whose
 * start fetches a model or draws a large picture (the digit demos, the plot's chart) start
 * this way, so a lesson's load runs only what is on or near its first screen.
 */
export function whenNear(element: HTMLElement, signal: AbortSignal, start: () => void): void {
  if (signal.aborted) return;
  let started = false;
  const observer = new IntersectionObserver(
    (entries) => {
      if (entries.some((e) => e.isIntersecting)) once();
    },
    { rootMargin: NEAR_VIEW },
  );
  const once = () => {
    if (started || signal.aborted) return;
    started = true;
    observer.disconnect();
    start();
  };
  signal.addEventListener('abort', () => observer.disconnect(), { once: true });
  observer.observe(element);
  element.addEventListener('focusin', once, { signal });
  element.addEventListener('pointerdown', once, { signal });
}

/**
 * An island's start that waits for the view (`whenNear`), kept across reconnections: `wait()`
 * on connect (again until it has started), `stop()` on disconnect; `started` once it ran.
 */
export class NearStart {
  started = false;
  private waiting?: AbortController;
  constructor(
    private readonly element: HTMLElement,
    private readonly start: () => void,
  ) {}

  wait(): void {
    if (this.started) return;
    this.stop();
    this.waiting = new AbortController();
    whenNear(this.element, this.waiting.signal, () => {
      this.started = true;
      this.start();
    });
  }

  stop(): void {
    this.waiting?.abort();
  }

  /** Starts at once if it has not yet (another island needs it now), and stops waiting. */
  now(): void {
    if (this.started) return;
    this.stop();
    this.started = true;
    this.start();
  }
}

/** An island's link: read once with corrections and locks, then written back as it changes. */
export interface IslandLink<S extends Schema> {
  /** The state the link gives, corrected (the lesson's values where it had none). */
  readonly state: StateOf<S>;
  readonly locks: ControlLocks;
  /** What the link had that could not be used, in words. */
  readonly corrections: readonly string[];
  /** Shows the corrections notice, or hides it for none (a Reset clears it). */
  notice(corrections: readonly string[]): void;
  /**
   * Writes `state` (and the locks) into the address bar, coalesced; `extra` may write more
   * keys of the island's own.
   */
  write(state: StateOf<S>, extra?: (params: URLSearchParams) => void): void;
  /**
   * Writes through a new connection's lifecycle from now on: for islands that wire their
   * markup once and only listen to the page again when connected again.
   */
  rebind(life: IslandLife): void;
}

/**
 * Reads the island's part of the link (state, locks, corrections), shows the notice, applies
 * the locks and hidden controls to its markup, and returns the binding. Call it after the
 * island has enabled its controls.
 */
export function bindIslandLink<S extends Schema>(
  root: HTMLElement,
  life: IslandLife,
  options: { id: string; schema: S; controls: readonly string[]; fixed?: readonly string[] },
): IslandLink<S> {
  const { id, schema } = options;
  const read = readIslandLink(new URLSearchParams(location.search), id, schema, options);
  let writeUrl = createUrlWriter(life.signal);
  const notice = (corrections: readonly string[]) => {
    const el = root.querySelector<HTMLElement>('[data-notice]');
    if (!el) return;
    el.hidden = corrections.length === 0;
    el.textContent = corrections.length ? correctionNotice(corrections) : '';
  };
  notice(read.corrections);
  applyControlLocks(root, read.locks);
  return {
    state: read.state,
    locks: read.locks,
    corrections: read.corrections,
    notice,
    write(state, extra) {
      writeUrl((params) => {
        writeState(params, id, schema, state);
        writeControlLocks(params, id, read.locks);
        extra?.(params);
      });
    },
    rebind(next) {
      writeUrl = createUrlWriter(next.signal);
    },
  };
}
