/**
 * <progress-recorder data-lesson="bias">: on a lesson page, marks the lesson opened, records
 * each right answer its quizzes announce (QUIZ_ANSWERED), and, when the reader leaves or hides
 * the page, the `##` section they were reading, for "Continue where you left off".
 * Storage that refuses or is full only means nothing is kept (progress-store.ts never throws).
 */
import { onQuizAnswered } from '../events';
import { answeredRight, visit, type Section } from '~/state/progress';
import { openProgressStore } from '~/state/progress-store';

/** A heading counts as being read once its top is above this fraction of the viewport. */
const READING_LINE = 0.4;

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
    const leave = () => {
      // Present mode hides sections as slides, so where the reader is says nothing there.
      if (new URLSearchParams(location.search).has('present')) return;
      store.update((p) => visit(p, slug, currentSection(this.closest('main') ?? document)));
    };
    window.addEventListener('pagehide', leave, { signal });
    document.addEventListener(
      'visibilitychange',
      () => {
        if (document.visibilityState === 'hidden') leave();
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
