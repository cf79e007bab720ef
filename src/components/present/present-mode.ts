/**
 * <present-mode>: shows a lesson as slides for a projector, or one demo on its own.
 *
 * The lesson's DOM is never moved or copied: each block of the article (a paragraph, a
 * heading, a demo) gets `data-present-off` unless it belongs to the current slide, and the
 * stylesheet hides those while `html.presenting` is set. So every demo keeps its state across
 * slides and after leaving. Slides come from groupSlides: the title and introduction, then one
 * per `##` section. `?present` opens the lesson as slides, `?present=<island id>` one demo;
 * leaving removes only that key from the address (the demos' state stays).
 *
 * A demo taller than the slide is zoomed down (CSS zoom at its own width, never up, never
 * below MIN_ZOOM) so its controls and its result are on screen together; refitted on every
 * slide and resize, and undone on leaving.
 *
 * Keys: →, PageDown and Space go forward, ← and PageUp back (clickers send these), as do the
 * bar's Next and Back: a slide taller than the screen (a long section) is first shown a screen
 * at a time, so a teacher clicking through never skips its end; a step forward that would
 * leave a demo cut at the bottom of the screen stops with that demo at the top instead, so each
 * demo shows whole at some press. Home/End go to the first and
 * last slide, Esc leaves, F toggles full screen. None of them act while focus is in a control
 * that uses them itself (a slider, a text field, a select, a grid of buttons), except a
 * clicker's PageDown and PageUp: a teacher who has just dragged a slider and then presses the
 * clicker means the slide, not a big step of the slider (Shift+Arrow still gives one). Only in
 * a text area, where they move the caret by a page, do they stay the field's.
 */
import { drawWholeLessonInPlace } from '~/components/course/draw-later';
import { groupSlides, readPresent, withPresent, withoutPresent } from './present-url';
import type { PresentRequest } from './present-url';

/** Roles whose widgets use arrow keys, Space or letters themselves. */
const KEY_OWNING =
  'input, select, textarea, [contenteditable=""], [contenteditable="true"], [role="slider"], [role="spinbutton"], [role="textbox"], [role="listbox"], [role="combobox"], [role="grid"], [role="radiogroup"], [role="menu"], [role="tree"], [role="tablist"]';
/** Elements that Space activates. */
const SPACE_OWNING = 'button, a[href], summary, [role="button"], [role="checkbox"]';

/** The smallest zoom a demo is fitted with: below it the text would be too small to read. */
export const MIN_ZOOM = 0.45;

/** How far one step moves a slide taller than the screen: most of a screen, keeping a few lines. */
const SCROLL_STEP = 0.85;
const FORWARD = new Set(['ArrowRight', 'PageDown', ' ']);
const BACK = new Set(['ArrowLeft', 'PageUp']);
/** What a presenter's clicker sends: always a slide, whatever has the focus (but PAGE_OWNING). */
const CLICKER = new Set(['PageDown', 'PageUp']);
/** Fields where PageDown and PageUp move the caret. */
const PAGE_OWNING = 'textarea, [contenteditable=""], [contenteditable="true"]';

class PresentMode extends HTMLElement {
  private article!: HTMLElement;
  private start?: HTMLButtonElement | null;
  private slides: HTMLElement[][] = [];
  private current = 0;
  private active = false;
  private request: PresentRequest = { kind: 'lesson' };
  private returnScroll = 0;
  private openedByLink = false;
  private readonly abort = new AbortController();

  connectedCallback(): void {
    const article = document.querySelector<HTMLElement>(this.dataset.article ?? 'article');
    if (!article) return;
    this.article = article;
    const signal = this.abort.signal;
    this.start = document.querySelector<HTMLButtonElement>('[data-present-start]');
    if (this.start) {
      this.start.removeAttribute('data-pending');
      const present = () => {
        this.openedByLink = false;
        this.enter({ kind: 'lesson' }, 0);
      };
      this.start.addEventListener('click', present, { signal });
    }
    const on = (selector: string, action: () => void) =>
      this.querySelector(selector)?.addEventListener('click', action, { signal });
    on('[data-prev]', () => this.step(-1));
    on('[data-next]', () => this.step(1));
    on('[data-exit]', () => this.leave());
    on('[data-fullscreen]', () => void this.toggleFullscreen());
    const fullscreen = this.querySelector<HTMLButtonElement>('[data-fullscreen]');
    if (fullscreen) fullscreen.hidden = !this.canFullscreen();
    document.addEventListener('keydown', (e) => this.onKey(e), { signal });
    // Before the focused control sees them (capture), so a slider cannot take them.
    document.addEventListener('keydown', (e) => this.onClicker(e), { signal, capture: true });
    document.addEventListener('fullscreenchange', () => this.showFullscreen(), { signal });
    addEventListener('resize', () => this.active && this.fitDemos(), { signal });
    // A slide scrolled by wheel or touch changes what Back and Next can still show.
    this.article.addEventListener('scroll', () => this.active && this.showButtons(), {
      signal,
      passive: true,
    });
    const request = readPresent(new URLSearchParams(location.search));
    if (request) {
      this.openedByLink = true;
      this.enter(request, request.kind === 'lesson' && request.slide ? request.slide - 1 : 0);
    }
  }

  disconnectedCallback(): void {
    this.abort.abort();
    this.start?.setAttribute('data-pending', '');
    this.resizes?.disconnect();
  }

  /** The lesson's blocks as slides; a named demo makes one slide of the block holding it. */
  private slidesFor(request: PresentRequest): HTMLElement[][] | undefined {
    const blocks = [...this.article.children] as HTMLElement[];
    if (request.kind === 'demo') {
      const demo = document.getElementById(request.id)?.closest('.demo');
      const block = blocks.find((b) => demo && b.contains(demo));
      return block ? [[block]] : undefined;
    }
    return groupSlides(
      blocks,
      (b) => b.tagName === 'H2',
      (b) => b.matches('nav, .no-present'),
    );
  }

  private enter(request: PresentRequest, slide: number): void {
    let slides = this.slidesFor(request);
    let missing = '';
    if (!slides) {
      missing = `There is no demo named “${request.kind === 'demo' ? request.id : ''}” on this page, so the whole lesson is shown. `;
      request = { kind: 'lesson' };
      slides = this.slidesFor(request)!;
    }
    if (slides.length === 0) return;
    if (slide >= slides.length) {
      missing += `This lesson has ${slides.length} slides, not ${slide + 1}, so the last is shown. `;
      slide = slides.length - 1;
    }
    this.request = request;
    this.slides = slides;
    if (!this.active) {
      // Slides are measured to fit the screen, and the way back is a scroll position: both
      // need every block at its real height, not an estimate (course/draw-later.ts).
      drawWholeLessonInPlace(this.article);
      this.returnScroll = scrollY;
    }
    this.active = true;
    document.documentElement.classList.add('presenting');
    document.documentElement.dataset.present = request.kind;
    this.article.tabIndex = -1;
    this.querySelector<HTMLElement>('[data-bar]')!.hidden = false;
    this.go(slide, missing);
    this.article.focus({ preventScroll: true });
  }

  private go(index: number, prefix = ''): void {
    if (!this.active) return;
    this.current = Math.min(this.slides.length - 1, Math.max(0, index));
    const shown = new Set(this.slides[this.current]);
    for (const block of this.article.children as HTMLCollectionOf<HTMLElement>) {
      block.toggleAttribute('data-present-off', !shown.has(block));
      block.toggleAttribute('data-present-first', block === this.slides[this.current]![0]);
    }
    this.article.scrollTop = 0;
    const active = document.activeElement;
    if (active instanceof HTMLElement && active.closest('[data-present-off]')) {
      this.article.focus({ preventScroll: true });
    }
    const total = this.slides.length;
    // The address names the slide, so a reload or a copied link opens this one.
    const request: PresentRequest =
      this.request.kind === 'lesson' ? { kind: 'lesson', slide: this.current + 1 } : this.request;
    history.replaceState(history.state, '', withPresent(location.href, request));
    this.querySelector('[data-present-counter]')!.textContent = `${this.current + 1} / ${total}`;
    const notice = this.querySelector<HTMLElement>('[data-present-notice]')!;
    notice.textContent = prefix;
    notice.hidden = prefix === '';
    const heading = this.slides[this.current]!.find((b) =>
      /^H[12]$/.test(b.tagName),
    )?.textContent?.trim();
    const title = heading ?? this.article.querySelector('h1')?.textContent?.trim() ?? '';
    this.querySelector('[data-present-announce]')!.textContent =
      `${prefix}Slide ${this.current + 1} of ${total}${title ? `: ${title}` : ''}`;
    this.fitDemos();
    // Islands may still be laying out (a chart, a model loading): fit again once they have.
    requestAnimationFrame(() => requestAnimationFrame(() => this.active && this.fitDemos()));
  }

  /** The demos of the current slide. */
  private slideDemos(): HTMLElement[] {
    return (this.slides[this.current] ?? []).flatMap((block) =>
      block.matches('.demo') ? [block] : [...block.querySelectorAll<HTMLElement>('.demo')],
    );
  }

  /**
   * Fits each demo of the slide to the slide's height: measured unzoomed (height H, width W),
   * a demo taller than the room R gets zoom z = max(MIN_ZOOM, R / H) and the width W, so that
   * it lays out as before and shows at z × its size (a percentage width would widen it).
   */
  private fitDemos(): void {
    const style = getComputedStyle(this.article);
    const room =
      this.article.clientHeight - parseFloat(style.paddingTop) - parseFloat(style.paddingBottom);
    const demos = this.slideDemos();
    for (const demo of demos) {
      demo.style.zoom = demo.style.width = '';
      const { height, width } = demo.getBoundingClientRect();
      if (room <= 0 || height <= room) continue;
      demo.style.width = `${width}px`;
      // Borders and rounding do not all scale exactly: shrink again while it still overflows.
      let zoom = room / height;
      for (let tries = 0; tries < 4; tries++) {
        zoom = Math.max(MIN_ZOOM, Math.floor(zoom * 100) / 100);
        demo.style.zoom = String(zoom);
        const shown = demo.getBoundingClientRect().height;
        if (shown <= room || zoom === MIN_ZOOM) break;
        zoom *= room / shown;
      }
    }
    // A demo that changes size later (its model loads, a panel opens) is fitted again.
    // Only a change of its unzoomed height counts, so a fit never triggers another.
    for (const demo of demos)
      this.natural.set(demo, demo.getBoundingClientRect().height / Number(demo.style.zoom || 1));
    this.resizes ??= new ResizeObserver((entries) => {
      const grown = entries.some(({ target }) => {
        const demo = target as HTMLElement;
        const natural = demo.getBoundingClientRect().height / Number(demo.style.zoom || 1);
        return Math.abs(natural - (this.natural.get(demo) ?? 0)) > 2;
      });
      if (!grown) return;
      cancelAnimationFrame(this.refit);
      this.refit = requestAnimationFrame(() => this.active && this.fitDemos());
    });
    this.resizes.disconnect();
    for (const demo of demos) this.resizes.observe(demo);
    // The slide's height is final now: whether Back and Next have more to show follows from it.
    this.showButtons();
  }

  /** Each fitted demo's height at zoom 1 when it was last fitted. */
  private readonly natural = new WeakMap<HTMLElement, number>();

  private resizes?: ResizeObserver;
  private refit = 0;

  private leave(): void {
    if (!this.active) return;
    const fromLink = this.openedByLink;
    const first = this.slides[this.current]![0]!;
    this.active = false;
    if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
    document.documentElement.classList.remove('presenting');
    delete document.documentElement.dataset.present;
    for (const block of this.article.children) {
      block.removeAttribute('data-present-off');
      block.removeAttribute('data-present-first');
    }
    this.resizes?.disconnect();
    cancelAnimationFrame(this.refit);
    for (const demo of this.article.querySelectorAll<HTMLElement>('.demo'))
      demo.style.zoom = demo.style.width = '';
    this.article.removeAttribute('tabindex');
    this.querySelector<HTMLElement>('[data-bar]')!.hidden = true;
    this.querySelector<HTMLElement>('[data-present-notice]')!.hidden = true;
    this.querySelector('[data-present-announce]')!.textContent = 'Left present mode';
    history.replaceState(history.state, '', withoutPresent(location.href));
    // Back where the reader was; a lesson opened presenting returns to the slide it was on.
    if (fromLink && this.current > 0) first.scrollIntoView({ block: 'start' });
    else scrollTo(0, this.returnScroll);
    this.start?.focus({ preventScroll: true });
  }

  /**
   * One step forward (+1) or back (−1), as a clicker or the bar's buttons ask: a slide taller
   * than the screen is shown a screen at a time first (SCROLL_STEP of the room, so the last
   * lines stay in view), then the next or previous slide opens at its top.
   */
  private step(direction: 1 | -1): void {
    const box = this.article;
    const room = box.clientHeight;
    const left = direction > 0 ? box.scrollHeight - room - box.scrollTop : box.scrollTop;
    if (left > 1) {
      const cut = direction > 0 ? this.cutDemoTop() : undefined;
      box.scrollTop += direction * Math.min(left, cut ?? Math.round(SCROLL_STEP * room));
      this.showButtons();
    } else this.go(this.current + direction);
  }

  /**
   * How far down the view a demo starts that the bottom of the view cuts off: forward then
   * stops with that demo at the top, so the demo, fitted to the screen, shows whole at once
   * (with text above it on the slide, a screen's step would show its top, then its bottom).
   */
  private cutDemoTop(): number | undefined {
    const view = this.article.getBoundingClientRect();
    for (const demo of this.slideDemos()) {
      const { top, bottom } = demo.getBoundingClientRect();
      if (top - view.top > 1 && top < view.bottom && bottom > view.bottom + 1) {
        return Math.round(top - view.top);
      }
    }
    return undefined;
  }

  /** Back and Next are enabled while there is a slide, or more of this one, that way. */
  private showButtons(): void {
    const box = this.article;
    const more = box.scrollHeight - box.clientHeight - box.scrollTop > 1;
    this.querySelector<HTMLButtonElement>('[data-prev]')!.disabled =
      this.current === 0 && box.scrollTop <= 1;
    this.querySelector<HTMLButtonElement>('[data-next]')!.disabled =
      this.current === this.slides.length - 1 && !more;
  }

  /** PageDown and PageUp step the slides even from a slider or a menu (see the keys above). */
  private onClicker(e: KeyboardEvent): void {
    if (!this.active || !CLICKER.has(e.key) || e.altKey || e.ctrlKey || e.metaKey) return;
    const target = e.target instanceof Element ? e.target : null;
    if (target?.closest(PAGE_OWNING) || target?.closest('dialog[open]')) return;
    e.preventDefault();
    e.stopPropagation();
    this.step(e.key === 'PageDown' ? 1 : -1);
  }

  private onKey(e: KeyboardEvent): void {
    if (!this.active || e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey) return;
    const target = e.target instanceof Element ? e.target : null;
    if (e.key === 'Escape') {
      e.preventDefault();
      this.leave();
      return;
    }
    if (target?.closest(KEY_OWNING)) return;
    if (e.key === ' ' && target?.closest(SPACE_OWNING)) return;
    let next: number | undefined;
    if (FORWARD.has(e.key) || BACK.has(e.key)) {
      e.preventDefault();
      this.step(FORWARD.has(e.key) ? 1 : -1);
      return;
    }
    if (e.key === 'Home') next = 0;
    else if (e.key === 'End') next = this.slides.length - 1;
    else if (e.key === 'f' || e.key === 'F') {
      e.preventDefault();
      void this.toggleFullscreen();
      return;
    }
    if (next === undefined) return;
    e.preventDefault();
    this.go(next);
  }

  private canFullscreen(): boolean {
    return document.fullscreenEnabled === true && 'requestFullscreen' in document.documentElement;
  }

  private async toggleFullscreen(): Promise<void> {
    if (!this.canFullscreen()) return;
    try {
      if (document.fullscreenElement) await document.exitFullscreen();
      else await document.documentElement.requestFullscreen();
    } catch {
      // Refused (no user gesture, or a policy): the slides work the same in a window.
    }
  }

  private showFullscreen(): void {
    const button = this.querySelector<HTMLButtonElement>('[data-fullscreen]');
    button?.setAttribute('aria-pressed', String(document.fullscreenElement !== null));
  }
}

if (!customElements.get('present-mode')) customElements.define('present-mode', PresentMode);
