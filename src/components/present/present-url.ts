/**
 * Present mode in the page's address. `?present` (empty, or any value that is neither a slide
 * number nor an island id) presents the whole lesson as slides from the first;
 * `?present=4` from slide 4 (the address follows the slide shown, so a reload or a copied
 * link opens the same slide); `?present=<island id>` presents that one demo
 * (`?present=gate`). The other query keys (the demos' state) are never touched.
 */

/**
 * What a link asks for: the lesson as slides (from slide `slide`, counted from 1, when the
 * link names one), or one demo by its island id.
 */
export type PresentRequest = { kind: 'lesson'; slide?: number } | { kind: 'demo'; id: string };

/** The query key that turns present mode on. */
export const PRESENT_KEY = 'present';

/** Island ids are short, lowercase and start with a letter (see island-id.ts). */
const ISLAND_ID = /^[a-z][a-z0-9-]{0,31}$/;
/** A slide number as a link writes it: a whole number from 1, at most four digits. */
const SLIDE = /^[1-9]\d{0,3}$/;

/** Reads the request from the query, or undefined when the link does not ask to present. */
export function readPresent(params: URLSearchParams): PresentRequest | undefined {
  if (!params.has(PRESENT_KEY)) return undefined;
  const value = params.get(PRESENT_KEY)!.trim();
  if (SLIDE.test(value)) return { kind: 'lesson', slide: Number(value) };
  return ISLAND_ID.test(value) ? { kind: 'demo', id: value } : { kind: 'lesson' };
}

/**
 * The address with present mode on, as `request` says (a lesson's slide 1 is a bare
 * `?present`), and every other key kept in order.
 */
export function withPresent(href: string, request: PresentRequest): string {
  const url = new URL(href);
  const value =
    request.kind === 'demo'
      ? request.id
      : request.slide && request.slide > 1
        ? String(request.slide)
        : '';
  url.searchParams.set(PRESENT_KEY, value);
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
