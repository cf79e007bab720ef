/**
 * Shows a link's locks and hidden controls in an island's markup. A control is the element
 * marked `data-control="<name>"` (a SliderField, a select with its label, a group of
 * buttons) whose nearest island (`[data-config]`) is `root`, so a plot inside a lab keeps
 * its own. Locked: every input, select and button in it is disabled and its label (`[data-control-label]`,
 * else its first label, else itself) gets a lock mark, an inline SVG with the visually hidden word "locked", so the control's name
 * says it ("Weight w1 locked"). Hidden: the `hidden` attribute, which takes it out of the
 * page and out of the accessibility tree.
 *
 * Call it after the island has enabled its controls; the island must also refuse changes to
 * locked names in its own code paths (a Step button, Reset), see isFree.
 */
import type { ControlLocks } from '~/state/control-locks';

/**
 * The lock mark: a padlock outline in currentColor (a constant: no link text goes into it)
 * and the word "locked" for readers.
 */
const LOCK_MARK =
  ' <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true" focusable="false" fill="none" stroke="currentColor" stroke-width="1.6"><path d="M5 7V5a3 3 0 0 1 6 0v2"/><rect x="2.5" y="7" width="11" height="8" rx="1.5"/></svg><span class="visually-hidden"> locked</span>';

function lockMark(): HTMLElement {
  const mark = document.createElement('span');
  mark.className = 'link-lock';
  mark.dataset.linkLock = '';
  mark.innerHTML = LOCK_MARK;
  return mark;
}

/** The island's own controls, by name. */
export function controlsOf(root: Element): Map<string, HTMLElement> {
  const controls = new Map<string, HTMLElement>();
  for (const el of root.querySelectorAll<HTMLElement>('[data-control]')) {
    if (el.parentElement?.closest('[data-config]') === root) controls.set(el.dataset.control!, el);
  }
  return controls;
}

/** Disables and marks the locked controls, hides the hidden ones. */
export function applyControlLocks(root: Element, locks: ControlLocks): void {
  for (const [name, el] of controlsOf(root)) {
    if (locks.hide.includes(name)) {
      el.hidden = true;
      el.dataset.linkHidden = '';
      continue;
    }
    if (!locks.lock.includes(name)) continue;
    el.dataset.linkLocked = '';
    for (const input of el.querySelectorAll<
      HTMLInputElement | HTMLSelectElement | HTMLButtonElement
    >('input, select, button')) {
      input.disabled = true;
      // A name given by aria-label does not read the label's mark, so it says it too.
      const named = input.getAttribute('aria-label');
      if (named && !named.endsWith(', locked'))
        input.setAttribute('aria-label', `${named}, locked`);
    }
    const label = el.querySelector('[data-control-label]') ?? el.querySelector('label') ?? el;
    if (!label.querySelector('[data-link-lock]')) label.append(lockMark());
  }
}
