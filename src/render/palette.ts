/**
 * Colours for pictures of numbers: a grey ramp for pixels and activations (MNIST's white ink
 * on black, in both colour schemes), and a diverging, colour-blind-safe blue–orange ramp for
 * signed values such as weights: blue positive, orange negative, fading into the page's
 * background near zero. The ramp's three colours are the page's CSS custom properties
 * `--positive`, `--negative` and `--ramp-zero` (src/styles/global.css), read by `readRamp`,
 * so canvases follow the dark scheme like the rest of the page. Pure functions returning
 * [r, g, b] bytes, apart from `readRamp` and `onSchemeChange`.
 */
import { PIXELS, SIDE } from '~/digits/picture';
export type RGB = [number, number, number];

/** The three ends of the diverging ramp. */
export interface Ramp {
  /** Full colour for v ≥ max. */
  readonly positive: RGB;
  /** Full colour for v ≤ −max. */
  readonly negative: RGB;
  /** The colour of v = 0: close to the page's background. */
  readonly zero: RGB;
}

/** The light scheme's ramp (global.css's values), used where no page styles can be read. */
export const LIGHT_RAMP: Ramp = {
  positive: [33, 102, 172], // #2166ac
  negative: [179, 88, 6], // #b35806
  zero: [247, 247, 247], // #f7f7f7
};

/**
 * An RGB triple from CSS colour text as custom properties hold it: `#rgb`, `#rrggbb`,
 * `rgb(r g b)` or `rgb(r, g, b)` (an alpha part is ignored); undefined for anything else.
 */
export function parseColour(text: string): RGB | undefined {
  const t = text.trim().toLowerCase();
  const short = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/.exec(t);
  if (short) return [1, 2, 3].map((i) => parseInt(short[i]! + short[i]!, 16)) as RGB;
  const long = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/.exec(t);
  if (long) return [1, 2, 3].map((i) => parseInt(long[i]!, 16)) as RGB;
  const fn = /^rgba?\(\s*(\d+)[\s,]+(\d+)[\s,]+(\d+)\s*(?:[,/].*)?\)$/.exec(t);
  if (fn) {
    const rgb = [1, 2, 3].map((i) => Number(fn[i]));
    if (rgb.every((c) => c <= 255)) return rgb as RGB;
  }
  return undefined;
}

/**
 * The ramp the page's styles give `element` now (light or dark scheme); any property missing
 * or unreadable falls back to the light ramp's colour.
 */
export function readRamp(element: Element): Ramp {
  const style = getComputedStyle(element);
  const read = (name: string, fallback: RGB) =>
    parseColour(style.getPropertyValue(name)) ?? fallback;
  return {
    positive: read('--positive', LIGHT_RAMP.positive),
    negative: read('--negative', LIGHT_RAMP.negative),
    zero: read('--ramp-zero', LIGHT_RAMP.zero),
  };
}

/** Calls `then` whenever the reader's light/dark preference changes; returns the unsubscribe. */
export function onSchemeChange(then: () => void): () => void {
  const query = matchMedia('(prefers-color-scheme: dark)');
  query.addEventListener('change', then);
  return () => query.removeEventListener('change', then);
}

const mix = (a: RGB, b: RGB, t: number): RGB => [
  Math.round(a[0] + (b[0] - a[0]) * t),
  Math.round(a[1] + (b[1] - a[1]) * t),
  Math.round(a[2] + (b[2] - a[2]) * t),
];

/**
 * A signed value v scaled by `max` (|v| ≥ max is full colour): t = clamp(v / max, −1, 1),
 * mixed linearly from `ramp.zero` towards `ramp.positive` (t > 0) or `ramp.negative` (t < 0).
 */
export function diverging(v: number, max: number, ramp: Ramp = LIGHT_RAMP): RGB {
  const t = max > 0 ? Math.max(-1, Math.min(1, v / max)) : 0;
  return t >= 0 ? mix(ramp.zero, ramp.positive, t) : mix(ramp.zero, ramp.negative, -t);
}

/** A value in [0, 1] as grey: 0 black, 1 white (like MNIST). */
export function grey(v: number): RGB {
  const g = Math.round(255 * Math.max(0, Math.min(1, v)));
  return [g, g, g];
}

/** CSS colour text for an RGB triple. */
export function css([r, g, b]: RGB): string {
  return `rgb(${r} ${g} ${b})`;
}

/** Paints 784 values into a 28 × 28 canvas (scale it up with CSS, image-rendering: pixelated). */
export function paintGrid(
  canvas: HTMLCanvasElement,
  values: ArrayLike<number>,
  color: (v: number) => RGB,
): void {
  const ctx = canvas.getContext('2d')!;
  const image = ctx.createImageData(SIDE, SIDE);
  for (let k = 0; k < PIXELS; k++) {
    const [r, g, b] = color(values[k]!);
    image.data[4 * k] = r;
    image.data[4 * k + 1] = g;
    image.data[4 * k + 2] = b;
    image.data[4 * k + 3] = 255;
  }
  ctx.putImageData(image, 0, 0);
}
