/**
 * Colours for pictures of numbers: a grey ramp for pixels and activations, and a diverging,
 * colour-blind-safe blue–orange ramp for signed values such as weights (blue positive,
 * orange negative, pale near zero). Pure functions returning [r, g, b] bytes.
 */
export type RGB = [number, number, number];

const BLUE: RGB = [33, 102, 172]; // #2166ac
const ORANGE: RGB = [179, 88, 6]; // #b35806
const PALE: RGB = [247, 247, 247];

const mix = (a: RGB, b: RGB, t: number): RGB => [
  Math.round(a[0] + (b[0] - a[0]) * t),
  Math.round(a[1] + (b[1] - a[1]) * t),
  Math.round(a[2] + (b[2] - a[2]) * t),
];

/** A signed value v scaled by `max` (|v| ≥ max is full colour). */
export function diverging(v: number, max: number): RGB {
  const t = max > 0 ? Math.max(-1, Math.min(1, v / max)) : 0;
  return t >= 0 ? mix(PALE, BLUE, t) : mix(PALE, ORANGE, -t);
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
  const image = ctx.createImageData(28, 28);
  for (let k = 0; k < 784; k++) {
    const [r, g, b] = color(values[k]!);
    image.data[4 * k] = r;
    image.data[4 * k + 1] = g;
    image.data[4 * k + 2] = b;
    image.data[4 * k + 3] = 255;
  }
  ctx.putImageData(image, 0, 0);
}
