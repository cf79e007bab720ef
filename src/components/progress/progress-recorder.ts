/**
 * <progress-recorder data-lesson="bias">: on a lesson page, marks the lesson opened, records
 * each right answer its quizzes announce (QUIZ_ANSWERED), and the `##` section the reader
 * stopped in, for "Continue where you left off".
 * Storage that refuses or is full only means nothing is kept (progress-store.ts never throws).
 */
import { onQuizAnswered } from '../events';
import { answeredRight, visit, type Section } from '~/state/progress';
import { openProgressStore } from '~/state/progress-store';

/** A heading counts as being read once its top is above this fraction of the viewport. */
const READING_LINE = 0.4;
/** Scrolling that stops for this long means the reader is reading there. */
const PAUSE_MS = 800;

class ProgressRecorderElement extends HTMLElement {
  private controller?: AbortController;

  connectedCallback(): void {
    const slug = this.dataset.lesson;
    if (!slug) return;
    this.controller?.abort();
    this.controller = new AbortController();
    const { signal } = this.controller;
    const store = openProgressStore(() => window.localStorage);
    store.update((p) => visit(p, slug));
    onQuizAnswered(({ question, result }) => {
      if (result === 'right') store.update((p) => answeredRight(p, slug, question));
    }, signal);
    // The section is the one the reader last stopped scrolling in (a pause of PAUSE_MS), or is
    // in when they leave; scrolling back to the top to leave does not forget it.
    const record = () => {
      // Present mode hides sections as slides, so where the reader is says nothing there.
      if (new URLSearchParams(location.search).has('present')) return;
      const section = currentSection(this.closest('main') ?? document);
      if (section) store.update((p) => visit(p, slug, section));
    };
    let timer: ReturnType<typeof setTimeout> | undefined;
    const settle = () => {
      clearTimeout(timer);
      timer = setTimeout(record, PAUSE_MS);
    };
    signal.addEventListener('abort', () => clearTimeout(timer));
    window.addEventListener('scroll', settle, { passive: true, signal });
    window.addEventListener('pagehide', record, { signal });
    document.addEventListener(
      'visibilitychange',
      () => {
        if (document.visibilityState === 'hidden') record();
      },
      { signal },
    );
  }

  disconnectedCallback(): void {
    this.controller?.abort();
  }
}

/** The last `##` heading of the lesson's text that the reader has scrolled to, if any. */
function currentSection(root: ParentNode): Section | undefined {
  const line = window.innerHeight * READING_LINE;
  let found: Section | undefined;
  for (const h of root.querySelectorAll<HTMLElement>('article > h2[id]')) {
    if (h.getClientRects().length === 0) continue;
    if (h.getBoundingClientRect().top > line) break;
    const title = (h.textContent ?? '').trim().slice(0, 200);
    if (title) found = { id: h.id.slice(0, 200), title };
  }
  return found;
}

if (!customElements.get('progress-recorder'))
  customElements.define('progress-recorder', ProgressRecorderElement);
