/**
 * <progress-panel>: the home page's "Your progress". Reads the progress this browser keeps
 * (progress-store.ts), marks each lesson card (an element `[data-progress-mark="<slug>"]`),
 * links to where the reader left off, and moves progress between devices: a code to copy, a
 * file to save, a code or file to import (added to what is here), and Forget with a
 * confirmation. Config: `data-course`, the course as JSON (CourseEntry[]); `data-base`, the
 * site's base path. Every message is text in a polite live region.
 */
import {
  lessonStatus,
  mergeProgress,
  validateProgress,
  type CourseLesson,
  type Progress,
} from '~/state/progress';
import { decodeProgress, encodeProgress } from '~/state/progress-code';
import { openProgressStore, type ProgressStore } from '~/state/progress-store';
import { describeProgress, storageNote, type CourseEntry } from './progress-text';

const FILE_NAME = 'neuron-lab-progress.json';
/** A progress file is a few hundred bytes; anything far larger is not one. */
const MAX_FILE = 64 * 1024;

class ProgressPanelElement extends HTMLElement {
  private controller?: AbortController;
  private store?: ProgressStore;
  private course: CourseEntry[] = [];

  connectedCallback(): void {
    this.controller?.abort();
    this.controller = new AbortController();
    const { signal } = this.controller;
    this.querySelector('[data-no-script]')?.remove();
    try {
      this.course = JSON.parse(this.dataset.course ?? '[]') as CourseEntry[];
    } catch {
      // The page's course list is damaged: say so, and offer no tools that cannot work.
      this.el('[data-summary]').textContent =
        'Your progress cannot be shown: this page’s list of lessons is damaged. Reload the page.';
      this.el('[data-tools]').hidden = true;
      return;
    }
    this.store = openProgressStore(() => window.localStorage);
    const on = (selector: string, type: string, handler: (event: Event) => void) =>
      this.el(selector).addEventListener(type, handler, { signal });

    on('[data-copy]', 'click', () => void this.copy());
    on('[data-download]', 'click', () => this.download());
    on('[data-import-form]', 'submit', (event) => {
      event.preventDefault();
      this.importText(this.el<HTMLInputElement>('[data-import-code]').value, 'code');
    });
    on('[data-import-file]', 'change', () => void this.importFile());
    on('[data-forget]', 'click', () => this.confirmForget(true));
    on('[data-forget-no]', 'click', () => this.confirmForget(false));
    on('[data-forget-yes]', 'click', () => this.forget());
    // Another tab's progress, or this page shown again from the back-forward cache.
    window.addEventListener('storage', () => this.render(), { signal });
    window.addEventListener('pageshow', () => this.render(), { signal });
    this.render();
  }

  disconnectedCallback(): void {
    this.controller?.abort();
  }

  private el<T extends HTMLElement = HTMLElement>(selector: string): T {
    return this.querySelector<T>(selector)!;
  }

  private lessons(): CourseLesson[] {
    return this.course.map(({ slug, questions }) => ({ slug, questions }));
  }

  /** Writes the summary, the continue link, the storage note, the code and every card's mark. */
  private render(): void {
    const progress = this.store!.read();
    const text = describeProgress(progress, this.course);
    this.el('[data-summary]').textContent = text.summary;
    const note = this.el('[data-storage-note]');
    note.textContent = storageNote(this.store!.status());
    note.hidden = note.textContent === '';
    const line = this.el('[data-continue-line]');
    const link = this.el<HTMLAnchorElement>('[data-continue]');
    line.hidden = !text.continue;
    if (text.continue) {
      link.textContent = text.continue.label;
      link.href = `${this.dataset.base ?? '/'}${text.continue.path}`;
    }
    this.el<HTMLInputElement>('[data-code]').value = encodeProgress(progress, this.lessons());
    for (const entry of this.course) {
      const mark = document.querySelector<HTMLElement>(`[data-progress-mark="${entry.slug}"]`);
      if (!mark) continue;
      const status = lessonStatus(progress, entry);
      mark.dataset.state = status.finished ? 'finished' : status.opened ? 'opened' : '';
      mark.textContent = text.marks.get(entry.slug) ?? '';
    }
  }

  private say(text: string, where = '[data-message]'): void {
    this.el(where).textContent = text;
  }

  private async copy(): Promise<void> {
    const field = this.el<HTMLInputElement>('[data-code]');
    try {
      await navigator.clipboard.writeText(field.value);
      this.say('Code copied. Paste it into “Bring it here” on the other device.');
    } catch {
      field.focus();
      field.select();
      this.say('This browser did not let the page copy: the code is selected, copy it yourself.');
    }
  }

  private download(): void {
    const progress = this.store!.read();
    const file = {
      about: 'Neuron Lab progress. Import it on the home page, under “Your progress”.',
      code: encodeProgress(progress, this.lessons()),
      progress,
    };
    const url = URL.createObjectURL(
      new Blob([JSON.stringify(file, null, 2)], { type: 'application/json' }),
    );
    const a = document.createElement('a');
    a.href = url;
    a.download = FILE_NAME;
    a.hidden = true;
    this.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
    this.say(`Saved as ${FILE_NAME} in your downloads.`);
  }

  private async importFile(): Promise<void> {
    const input = this.el<HTMLInputElement>('[data-import-file]');
    const file = input.files?.[0];
    if (!file) return;
    const text = file.size > MAX_FILE ? '' : await file.text().catch(() => '');
    input.value = '';
    if (text.trim() === '') {
      this.refuse('This file is empty, unreadable or too large to be a progress file.');
      return;
    }
    this.importText(text, 'file');
  }

  /** Imports a code, or a progress file (JSON, or a code saved as text); refuses with a reason. */
  private importText(text: string, from: 'code' | 'file'): void {
    let incoming: Progress;
    let skipped = 0;
    if (from === 'file' && text.trim().startsWith('{')) {
      let json: unknown;
      try {
        json = JSON.parse(text);
      } catch {
        return this.refuse('This file is damaged: it is not readable JSON.');
      }
      const body = (typeof json === 'object' && json !== null ? json : {}) as {
        progress?: unknown;
      };
      const checked = validateProgress(body.progress);
      if (!checked.ok)
        return this.refuse(`This is not a Neuron Lab progress file: ${checked.error}.`);
      incoming = checked.value;
    } else {
      const decoded = decodeProgress(text, this.lessons());
      if (!decoded.ok) return this.refuse(decoded.error);
      incoming = decoded.progress;
      skipped = decoded.skipped;
    }
    const merged = this.store!.update((p) => mergeProgress(p, incoming));
    const input = this.el<HTMLInputElement>('[data-import-code]');
    input.value = '';
    input.removeAttribute('aria-invalid');
    this.render();
    const { counts } = describeProgress(merged, this.course);
    const left = skipped
      ? ` It also lists ${skipped} lesson${skipped > 1 ? 's' : ''} this course does not have, left out.`
      : '';
    this.say(`Progress imported: ${counts}.${left}`, '[data-import-message]');
  }

  private refuse(error: string): void {
    this.el('[data-import-code]').setAttribute('aria-invalid', 'true');
    this.say(`Nothing was imported. ${error}`, '[data-import-message]');
  }

  private confirmForget(ask: boolean): void {
    this.el('[data-confirm]').hidden = !ask;
    this.el('[data-forget]').hidden = ask;
    this.el(ask ? '[data-forget-no]' : '[data-forget]').focus();
  }

  private forget(): void {
    this.store!.clear();
    this.confirmForget(false);
    this.render();
    this.say('Your progress is forgotten: this browser no longer remembers any lesson or answer.');
  }
}

if (!customElements.get('progress-panel'))
  customElements.define('progress-panel', ProgressPanelElement);
