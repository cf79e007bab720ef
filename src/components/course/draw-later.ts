/**
 * A lesson drawn as the reader reaches it.
 *
 * A lesson is about 3,500 layout objects (display formulas, tables, demos). Laid out all at
 * once while the page loads, they made layout tasks of 250–340 ms on a slow phone (4× CPU),
 * the last point of Lighthouse's performance score. So, on screens, with JavaScript on and
 * where the browser can keep a focus ring whole (`overflow-clip-margin`), CSS gives each block
 * of the lesson body `content-visibility: auto` (LessonLayout.astro): the browser lays out a
 * block only as it comes near the view, and keeps its height once drawn. A reader scrolling
 * sees no difference.
 *
 * A jump is different: the browser would place its target among blocks of estimated height,
 * which then grow as they are drawn and push the target away. So the whole lesson is drawn
 * ({@link DRAWN_CLASS} on `<html>` turns the rule off for good) before any jump:
 * - a page opened at a place: a `#section` in the address, a reload, Back or Forward (an
 *   inline script in the lesson's head, before the first layout: {@link opensAtAPlace});
 * - a click on a link within the page (contents, "Skip to content"), before the browser
 *   follows it, and a `hashchange` made any other way ({@link drawBeforeJumps});
 * - present mode, which measures its slides and returns to a scroll position
 *   ({@link drawWholeLessonInPlace}).
 * Print draws everything too (CSS).
 *
 * The teachers page does the same with its eight lesson plans (src/pages/teachers.astro). It has
 * no module of its own, so its head script ({@link drawAtOnceScript} with `hashJumpsToo`) also
 * draws it whole on the first change of fragment, and scrolls to the target again.
 */

/** The class on `<html>` once every block of the lesson is drawn for good. */
export const DRAWN_CLASS = 'lesson-drawn';

/** The parts of an address that decide whether following it stays on this page. */
export interface Place {
  readonly pathname: string;
  readonly search: string;
  readonly hash: string;
}

/**
 * True when following `link` from `here` only moves within the page: same path and query, and
 * a fragment. (A link to `?read.w=2#demo` loads the page again, which draws it whole at once.)
 */
export function isJumpInPage(link: Place, here: Place): boolean {
  return link.hash.length > 1 && link.pathname === here.pathname && link.search === here.search;
}

/**
 * True when a page opens at a place rather than at its top: a fragment in its address, or a
 * reload or a Back/Forward, where the browser puts back the reader's scroll position.
 * `navigationType` is the Navigation Timing type ('navigate', 'reload', 'back_forward',
 * 'prerender').
 */
export function opensAtAPlace(hash: string, navigationType: string | undefined): boolean {
  return hash.length > 1 || navigationType === 'reload' || navigationType === 'back_forward';
}

/** The element a `#fragment` names, or null (also for a fragment that is not valid %-encoding). */
function fragmentTarget(hash: string): HTMLElement | null {
  try {
    return document.getElementById(decodeURIComponent(hash.slice(1)));
  } catch {
    return null;
  }
}

/** Draws every block of the lesson now; later calls do nothing. */
export function drawWholeLesson(): void {
  document.documentElement.classList.add(DRAWN_CLASS);
}

/**
 * Draws the whole lesson and keeps in view what the reader sees: the first block of `article`
 * that reaches below the top of the view stays at the same height on the screen, however
 * much the blocks above it grow.
 */
export function drawWholeLessonInPlace(article: Element): void {
  if (document.documentElement.classList.contains(DRAWN_CLASS)) return;
  const anchor = [...article.children].find((block) => block.getBoundingClientRect().bottom > 0);
  const before = anchor?.getBoundingClientRect().top ?? 0;
  drawWholeLesson();
  if (anchor) scrollBy(0, anchor.getBoundingClientRect().top - before);
}

/**
 * Draws the whole lesson before the first jump within the page: a click on a link to a
 * fragment of this page (an unmodified click, so not one that opens another tab), or a
 * `hashchange` made another way, after which the target is scrolled to again. Either one
 * removes both listeners.
 */
export function drawBeforeJumps(): void {
  if (document.documentElement.classList.contains(DRAWN_CLASS)) return;
  const controller = new AbortController();
  const { signal } = controller;
  document.addEventListener(
    'click',
    (event) => {
      if (event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey) return;
      const link = (event.target as Element | null)?.closest?.('a[href]');
      if (!(link instanceof HTMLAnchorElement) || !isJumpInPage(link, location)) return;
      if (link.target && link.target !== '_self') return;
      drawWholeLesson(); // before the browser follows the link
      controller.abort();
    },
    { capture: true, signal },
  );
  addEventListener(
    'hashchange',
    () => {
      drawWholeLesson();
      controller.abort();
      fragmentTarget(location.hash)?.scrollIntoView();
    },
    { signal },
  );
}

/**
 * The inline script for a page's `<head>`, run before its first layout: a page opened at a
 * place ({@link opensAtAPlace}) is drawn whole at once, so the browser puts the reader at the
 * real place. A lesson's module then draws it whole before a jump within the page
 * ({@link drawBeforeJumps}); a long page with no module of its own (the teachers page) passes
 * `hashJumpsToo`, and the script itself draws the page whole on the first change of fragment
 * and scrolls to its target again.
 */
export function drawAtOnceScript({ hashJumpsToo = false } = {}): string {
  const drawn = JSON.stringify(DRAWN_CLASS);
  const atOnce =
    `if((${opensAtAPlace.toString()})(location.hash,` +
    `(performance.getEntriesByType('navigation')[0]||{}).type))` +
    `document.documentElement.classList.add(${drawn});`;
  if (!hashJumpsToo) return atOnce;
  const onJump =
    `addEventListener('hashchange',function(){` +
    `document.documentElement.classList.add(${drawn});` +
    `var t=null;try{t=document.getElementById(decodeURIComponent(location.hash.slice(1)))}catch(e){}` +
    `if(t)t.scrollIntoView()},{once:true});`;
  return atOnce + onJump;
}
