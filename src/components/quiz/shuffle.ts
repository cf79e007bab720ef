/**
 * The order a question's choices are shown in: a Fisher–Yates shuffle driven by a small PRNG
 * (mulberry32) seeded with a hash (FNV-1a) of the prompt. The same prompt always gives the same
 * order, so the built HTML is stable, and where the right answer sits says nothing about it.
 */

/** FNV-1a, 32 bits, over the UTF-16 code units of `text`. */
export function hashText(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** mulberry32: a seeded generator of numbers in [0, 1). */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * The display order of `count` choices for `prompt`: order[k] is the authored index of the
 * choice shown k-th. A permutation of 0 … count − 1.
 */
export function choiceOrder(prompt: string, count: number): number[] {
  const random = mulberry32(hashText(prompt));
  const order = Array.from({ length: count }, (_, i) => i);
  for (let i = count - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  return order;
}
