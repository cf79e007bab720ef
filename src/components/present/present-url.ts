/**
 * Present mode in the page's address. `?present` (empty, or any value that is not an island
 * id) presents the whole lesson as slides; `?present=<island id>` presents that one demo
 * (`?present=gate`). The other query keys (the demos' state) are never touched.
 */

/** What a link asks for: the lesson as slides, or one demo by its island id. */
export type PresentRequest = { kind: 'lesson' } | { kind: 'demo'; id: string };

/** The query key that turns present mode on. */
export const PRESENT_KEY = 'present';

/** Island ids are short, lowercase and start with a letter (see island-id.ts). */
const ISLAND_ID = /^[a-z][a-z0-9-]{0,31}$/;

/** Reads the request from the query, or undefined when the link does not ask to present. */
export function readPresent(params: URLSearchParams): PresentRequest | undefined {
  if (!params.has(PRESENT_KEY)) return undefined;
  const value = params.get(PRESENT_KEY)!.trim();
  return ISLAND_ID.test(value) ? { kind: 'demo', id: value } : { kind: 'lesson' };
}

/** The address with present mode on, as `request` says, and every other key kept in order. */
export function withPresent(href: string, request: PresentRequest): string {
  const url = new URL(href);
  url.searchParams.set(PRESENT_KEY, request.kind === 'demo' ? request.id : '');
  // "?present=" reads the same as "?present" but looks broken in a shared link.
  return url.href.replace(/([?&]present)=(?=&|#|$)/, '$1');
}

/** The address without present mode, every other key (the demos' state) and the hash kept. */
export function withoutPresent(href: string): string {
  const url = new URL(href);
  url.searchParams.delete(PRESENT_KEY);
  return url.href;
}

/**
 * Splits a lesson's blocks into slides: the first slide is everything before the first
 * section heading (title, objectives, introduction), then one slide per section, each
 * starting at its heading. Blocks for which `skip` holds (the lesson pager) belong to none.
 */
export function groupSlides<T>(
  blocks: readonly T[],
  startsSection: (block: T) => boolean,
  skip: (block: T) => boolean = () => false,
): T[][] {
  const slides: T[][] = [];
  for (const block of blocks) {
    if (skip(block)) continue;
    if (slides.length === 0 || startsSection(block)) slides.push([]);
    slides[slides.length - 1]!.push(block);
  }
  return slides;
}
