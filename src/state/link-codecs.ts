/**
 * Compact, URL-safe encodings for the demo state that is not a few numbers: a drawing on the
 * digit pad (vector strokes) and a weight picture (784 weights). Both are bytes in base64url
 * (RFC 4648 §5, no padding), so they go into a link unescaped.
 *
 * Strokes: points in whole pad pixels (the 280 × 280 drawing space), each stroke's first
 * point absolute and the rest as differences, every number a zigzag varint. A drawn digit
 * of a few strokes takes 100–400 characters.
 *
 * Weights: each w ∈ [−1, 1] rounded to a multiple of 1/WEIGHT_STEPS; a run of zeros is one
 * byte, any other value one byte. A painted picture takes tens of characters; a trained
 * neuron's picture about a thousand.
 *
 * Decoders never throw: they return `undefined` for anything that is not a value their
 * encoder could have written, so a damaged or hostile link is corrected, not obeyed.
 */
import type { Point } from '~/digits/strokes';
import { PIXELS } from '~/digits/picture';

/** Weights are kept (and linked) as multiples of 1/WEIGHT_STEPS. */
export const WEIGHT_STEPS = 16;
/** The pad's drawing space is 280 × 280; points may stray this far outside it. */
const POINT_LIMIT = 1000;
/** At most this many strokes and points in a linked drawing. */
export const MAX_STROKES = 64;
export const MAX_POINTS = 2000;

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const INDEX = new Map([...ALPHABET].map((c, i) => [c, i]));

/** Bytes → base64url without padding. */
export function toBase64Url(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const n = (bytes[i]! << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    const chars = Math.min(4, Math.ceil(((bytes.length - i) * 8) / 6));
    for (let k = 0; k < chars; k++) out += ALPHABET[(n >> (18 - 6 * k)) & 63];
  }
  return out;
}

/** base64url without padding → bytes; undefined for any other character or a bad length. */
export function fromBase64Url(text: string): Uint8Array | undefined {
  if (text.length % 4 === 1) return undefined;
  const bytes = new Uint8Array(Math.floor((text.length * 6) / 8));
  let bits = 0;
  let value = 0;
  let j = 0;
  for (const c of text) {
    const v = INDEX.get(c);
    if (v === undefined) return undefined;
    value = (value << 6) | v;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      bytes[j++] = (value >> bits) & 255;
    }
  }
  // The leftover bits must be zero, as an encoder writes them.
  if ((value & ((1 << bits) - 1)) !== 0) return undefined;
  return bytes;
}

/** Appends n (an integer) as a zigzag varint: 0, −1, 1, −2 … → 0, 1, 2, 3 … in 7-bit groups. */
function pushVarint(out: number[], n: number): void {
  let z = n >= 0 ? 2 * n : -2 * n - 1;
  while (z >= 128) {
    out.push((z & 127) | 128);
    z = Math.floor(z / 128);
  }
  out.push(z);
}

/** Reads zigzag varints from bytes; `next()` is undefined past the end or on an overlong one. */
function varintReader(bytes: Uint8Array) {
  let at = 0;
  return {
    next(): number | undefined {
      let z = 0;
      let scale = 1;
      for (let k = 0; k < 4; k++) {
        if (at >= bytes.length) return undefined;
        const b = bytes[at++]!;
        z += (b & 127) * scale;
        if (b < 128) return z % 2 === 0 ? z / 2 : -(z + 1) / 2;
        scale *= 128;
      }
      return undefined;
    },
    get done() {
      return at === bytes.length;
    },
  };
}

/** A point rounded to whole pad pixels, as the pad keeps its points (so links are exact). */
export function roundPoint(p: Point): Point {
  const r = (v: number) => Math.max(-POINT_LIMIT, Math.min(POINT_LIMIT, Math.round(v)));
  return { x: r(p.x), y: r(p.y) };
}

/** Strokes (points already whole pixels, see roundPoint) → base64url. */
export function encodeStrokes(strokes: readonly (readonly Point[])[]): string {
  const out: number[] = [];
  pushVarint(out, strokes.length);
  for (const stroke of strokes) {
    pushVarint(out, stroke.length);
    let last = { x: 0, y: 0 };
    for (const p of stroke) {
      pushVarint(out, p.x - last.x);
      pushVarint(out, p.y - last.y);
      last = p;
    }
  }
  return toBase64Url(Uint8Array.from(out));
}

/** base64url → strokes; undefined unless it is exactly what encodeStrokes writes. */
export function decodeStrokes(text: string): Point[][] | undefined {
  const bytes = fromBase64Url(text);
  if (!bytes) return undefined;
  const read = varintReader(bytes);
  const count = read.next();
  if (count === undefined || count < 1 || count > MAX_STROKES) return undefined;
  const strokes: Point[][] = [];
  let total = 0;
  for (let s = 0; s < count; s++) {
    const n = read.next();
    if (n === undefined || n < 1 || (total += n) > MAX_POINTS) return undefined;
    const stroke: Point[] = [];
    let x = 0;
    let y = 0;
    for (let k = 0; k < n; k++) {
      const dx = read.next();
      const dy = read.next();
      if (dx === undefined || dy === undefined) return undefined;
      x += dx;
      y += dy;
      if (Math.abs(x) > POINT_LIMIT || Math.abs(y) > POINT_LIMIT) return undefined;
      stroke.push({ x, y });
    }
    strokes.push(stroke);
  }
  return read.done ? strokes : undefined;
}

/** Whether decodeStrokes can use `text`: undefined if so, else why not (for the notice). */
export function checkStrokes(text: string): string | undefined {
  return decodeStrokes(text) ? undefined : 'is not a drawing this pad can read';
}

/** w rounded to the nearest multiple of 1/WEIGHT_STEPS in [−1, 1]. */
export function roundWeight(w: number): number {
  const q = Math.round(Math.max(-1, Math.min(1, w)) * WEIGHT_STEPS);
  return (q === 0 ? 0 : q) / WEIGHT_STEPS; // never −0
}

/** A value byte holds q + WEIGHT_STEPS ∈ [0, 2·WEIGHT_STEPS], q ≠ 0; above that, zero runs. */
const RUN_BASE = 2 * WEIGHT_STEPS + 1;
const MAX_RUN = 255 - RUN_BASE + 1;

/** 784 (or any number of) weights, already rounded by roundWeight → base64url. */
export function encodeWeights(weights: ArrayLike<number>): string {
  const out: number[] = [];
  let run = 0;
  const flush = () => {
    while (run > 0) {
      const n = Math.min(run, MAX_RUN);
      out.push(RUN_BASE + n - 1);
      run -= n;
    }
  };
  for (let k = 0; k < weights.length; k++) {
    const q = Math.round(roundWeight(weights[k]!) * WEIGHT_STEPS);
    if (q === 0) run++;
    else {
      flush();
      out.push(q + WEIGHT_STEPS);
    }
  }
  flush();
  return toBase64Url(Uint8Array.from(out));
}

/** base64url → exactly `length` weights; undefined for anything else. */
export function decodeWeights(text: string, length = PIXELS): Float64Array | undefined {
  const bytes = fromBase64Url(text);
  if (!bytes) return undefined;
  const weights = new Float64Array(length);
  let k = 0;
  for (const b of bytes) {
    if (b >= RUN_BASE) k += b - RUN_BASE + 1;
    else if (b === WEIGHT_STEPS)
      return undefined; // a zero is always written as a run
    else if (k < length) weights[k++] = (b - WEIGHT_STEPS) / WEIGHT_STEPS;
    else return undefined;
    if (k > length) return undefined;
  }
  return k === length ? weights : undefined;
}

/** Whether decodeWeights can use `text`: undefined if so, else why not (for the notice). */
export function checkWeights(text: string): string | undefined {
  return decodeWeights(text) ? undefined : 'is not a weight picture this demo can read';
}

/** Longest drawing a link carries; a longer one is simplified until it fits. */
export const MAX_DRAWING_CHARS = 1500;

/**
 * Ramer–Douglas–Peucker: the points of `stroke` that keep every dropped point within
 * `tolerance` (pad pixels) of the simplified line. Keeps a subset, so whole-pixel points stay
 * whole and the result is exactly what a link restores.
 */
export function simplifyStroke(stroke: readonly Point[], tolerance: number): Point[] {
  if (stroke.length <= 2) return [...stroke];
  const keep = new Uint8Array(stroke.length);
  keep[0] = keep[stroke.length - 1] = 1;
  const spans: [number, number][] = [[0, stroke.length - 1]];
  while (spans.length) {
    const [i, j] = spans.pop()!;
    const a = stroke[i]!;
    const b = stroke[j]!;
    const dx = b.x - a.x;
    const dy = b.y - a.y;
    const length = Math.hypot(dx, dy);
    let far = -1;
    let farthest = tolerance;
    for (let k = i + 1; k < j; k++) {
      const p = stroke[k]!;
      const d =
        length === 0
          ? Math.hypot(p.x - a.x, p.y - a.y)
          : Math.abs(dy * (p.x - a.x) - dx * (p.y - a.y)) / length;
      if (d > farthest) {
        farthest = d;
        far = k;
      }
    }
    if (far >= 0) {
      keep[far] = 1;
      spans.push([i, far], [far, j]);
    }
  }
  return stroke.filter((_, k) => keep[k]);
}

/**
 * The drawing itself when its link fits MAX_DRAWING_CHARS, else the same drawing simplified
 * (tolerance ½, 1, 2 … pad pixels) until it does: what the pad keeps, so a link is exact.
 */
export function fitDrawingToLink(strokes: readonly (readonly Point[])[]): Point[][] {
  let fitted = strokes.map((s) => [...s]);
  for (let tolerance = 0.5; encodeStrokes(fitted).length > MAX_DRAWING_CHARS; tolerance *= 2) {
    fitted = strokes.map((s) => simplifyStroke(s, tolerance));
    // Past 64 px nothing is left to drop but whole strokes: keep the first ones that fit.
    if (tolerance > 64) {
      while (fitted.length > 1 && encodeStrokes(fitted).length > MAX_DRAWING_CHARS) fitted.pop();
      break;
    }
  }
  return fitted;
}
