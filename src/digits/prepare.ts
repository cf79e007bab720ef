/**
 * Prepares a drawing the way MNIST digits were prepared, so the network sees what it was
 * trained on: the ink's bounding box is scaled (keeping its aspect ratio) to fit a 20 × 20
 * box, then placed in the 28 × 28 frame so that its centre of mass sits at the centre.
 *
 * Images are Float64Arrays of grey values, row by row: 0 = no ink (black background),
 * 1 = full ink (white), as in MNIST.
 */
import { PIXELS, SIDE } from './picture.ts';

/** A grey image: `width × height` values, row by row. */
export interface GreyImage {
  width: number;
  height: number;
  pixels: Float64Array;
}

/** Ink below this counts as empty when finding the bounding box. */
const INK = 0.05;

/** The smallest box holding every pixel with ink, or null for an empty image. */
export function inkBounds(
  image: GreyImage,
): { x0: number; y0: number; x1: number; y1: number } | null {
  const { width, height, pixels } = image;
  let x0 = width;
  let y0 = height;
  let x1 = -1;
  let y1 = -1;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      if (pixels[y * width + x]! > INK) {
        if (x < x0) x0 = x;
        if (x > x1) x1 = x;
        if (y < y0) y0 = y;
        if (y > y1) y1 = y;
      }
    }
  }
  return x1 < 0 ? null : { x0, y0, x1: x1 + 1, y1: y1 + 1 };
}

/**
 * Area-averaging resample of the region [x0, x1) × [y0, y1) of `image` to outW × outH:
 * each output pixel is the mean of the source area it covers (partial pixels weighted).
 *
 * Cell k spans [x0 + k·(x1 − x0)/outW, x0 + (k + 1)·(x1 − x0)/outW): both edges are computed
 * from the region, not by adding a step k times, so the last edge is exactly x1 (adding up a
 * rounded step could overshoot to 280.000…1 and read a row past the image). Reads are also
 * clamped to the image, so a region reaching past it counts the outside as no ink.
 */
export function resampleRegion(
  image: GreyImage,
  region: { x0: number; y0: number; x1: number; y1: number },
  outW: number,
  outH: number,
): Float64Array {
  const out = new Float64Array(outW * outH);
  const { width, height, pixels } = image;
  const edge = (from: number, to: number, k: number, n: number) =>
    k === n ? to : from + ((to - from) * k) / n;
  const area = ((region.x1 - region.x0) / outW) * ((region.y1 - region.y0) / outH);
  for (let oy = 0; oy < outH; oy++) {
    const top = edge(region.y0, region.y1, oy, outH);
    const bottom = edge(region.y0, region.y1, oy + 1, outH);
    const yStart = Math.max(0, Math.floor(top));
    const yEnd = Math.min(height, Math.ceil(bottom));
    for (let ox = 0; ox < outW; ox++) {
      const left = edge(region.x0, region.x1, ox, outW);
      const right = edge(region.x0, region.x1, ox + 1, outW);
      const xStart = Math.max(0, Math.floor(left));
      const xEnd = Math.min(width, Math.ceil(right));
      let sum = 0;
      for (let y = yStart; y < yEnd; y++) {
        const wy = Math.min(bottom, y + 1) - Math.max(top, y);
        for (let x = xStart; x < xEnd; x++) {
          const wx = Math.min(right, x + 1) - Math.max(left, x);
          sum += wx * wy * pixels[y * width + x]!;
        }
      }
      out[oy * outW + ox] = sum / area;
    }
  }
  return out;
}

/** Centre of mass (x, y) of an image's ink, in pixel units (pixel centres at +0.5). */
export function centreOfMass(pixels: ArrayLike<number>, width: number): { x: number; y: number } {
  let total = 0;
  let mx = 0;
  let my = 0;
  for (let k = 0; k < pixels.length; k++) {
    const v = pixels[k]!;
    total += v;
    mx += v * ((k % width) + 0.5);
    my += v * (Math.floor(k / width) + 0.5);
  }
  return total > 0
    ? { x: mx / total, y: my / total }
    : { x: width / 2, y: pixels.length / width / 2 };
}

/**
 * The 784 network inputs for a drawing of any size: scaled into 20 × 20, centred by mass in
 * 28 × 28, values clamped to [0, 1]. An empty drawing gives 784 zeros.
 */
export function prepareDigit(image: GreyImage): Float64Array {
  const frame = new Float64Array(PIXELS);
  const box = inkBounds(image);
  if (!box) return frame;
  const w = box.x1 - box.x0;
  const h = box.y1 - box.y0;
  const scale = 20 / Math.max(w, h);
  const outW = Math.max(1, Math.round(w * scale));
  const outH = Math.max(1, Math.round(h * scale));
  const small = resampleRegion(image, box, outW, outH);
  const com = centreOfMass(small, outW);
  // Shift so the centre of mass lands on the frame's centre (14, 14), to whole pixels.
  const left = Math.round(SIDE / 2 - com.x);
  const top = Math.round(SIDE / 2 - com.y);
  for (let y = 0; y < outH; y++) {
    const fy = y + top;
    if (fy < 0 || fy >= SIDE) continue;
    for (let x = 0; x < outW; x++) {
      const fx = x + left;
      if (fx >= 0 && fx < SIDE)
        frame[fy * SIDE + fx] = Math.min(1, Math.max(0, small[y * outW + x]!));
    }
  }
  return frame;
}
