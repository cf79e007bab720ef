/**
 * Turns a drawing kept as vector strokes into the 784 network inputs, the way MNIST digits
 * were made: the strokes are scaled (aspect ratio kept) so their ink fits a 20 × 20 box, drawn
 * with a pen of fixed width in that box with anti-aliased edges, and the picture is moved so
 * its centre of mass sits at the centre (14, 14) of the 28 × 28 frame.
 *
 * Because the pen width is fixed in the 20 × 20 box, not on the pad, the result does not
 * depend on how big the reader draws: a 3 drawn in a quarter of the pad and one drawn across
 * all of it give (almost) the same input. Plain TypeScript, no DOM: used by the pad island and
 * by the unit tests alike.
 */
import { centreOfMass } from './prepare.ts';
import { SIDE } from './picture.ts';

/** A point of a stroke, in any units (the pad uses its 280 × 280 drawing space). */
export interface Point {
  x: number;
  y: number;
}

/** One pen-down-to-pen-up stroke: the pointer positions in order (one point is a dot). */
export type Stroke = readonly Point[];

/** Side of the frame the network reads, in pixels. */
const FRAME = SIDE;
/** Side of the box the ink is scaled into, as in MNIST. */
const BOX = 20;

/**
 * Pen width in pixels of the 28 × 28 frame. MNIST strokes are about 2–3 pixels wide (a 1 is
 * typically 2–3 pixels across, and a digit's ink adds up to 80–150 pixels' worth); 2.4 was
 * the best of 1.6–3.2 on the synthetic drawings of scripts/bench-digits.mjs.
 */
export const PEN_WIDTH = 2.4;

/**
 * Width of the soft edge, in pixels: ink falls from 1 to 0 linearly over this distance across
 * the pen's outline (anti-aliasing; 1 is the exact area coverage of a straight edge).
 */
export const PEN_SOFTNESS = 1.2;

/** Squared distance from (px, py) to the segment a–b (a point when a = b). */
function distanceSquared(px: number, py: number, a: Point, b: Point): number {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const length2 = dx * dx + dy * dy;
  let t = length2 > 0 ? ((px - a.x) * dx + (py - a.y) * dy) / length2 : 0;
  t = Math.min(1, Math.max(0, t));
  const ex = a.x + t * dx - px;
  const ey = a.y + t * dy - py;
  return ex * ex + ey * ey;
}

/**
 * Paints `strokes` (already in frame pixels) into a 28 × 28 image: each pixel's ink is
 * clamp((r − d) / softness + ½, 0, 1), d the distance from the pixel's centre to the nearest
 * stroke segment and r = PEN_WIDTH / 2.
 */
function paint(strokes: readonly Stroke[]): Float64Array {
  const out = new Float64Array(FRAME * FRAME);
  const reach = PEN_WIDTH / 2 + PEN_SOFTNESS / 2;
  for (const stroke of strokes) {
    // n points make n − 1 segments; a single point is one segment of length 0 (a dot).
    for (let k = 0; k < Math.max(1, stroke.length - 1); k++) {
      const a = stroke[k]!;
      const b = stroke[Math.min(k + 1, stroke.length - 1)]!;
      // Only the pixels near this segment can get ink from it.
      const y0 = Math.max(0, Math.floor(Math.min(a.y, b.y) - reach));
      const y1 = Math.min(FRAME - 1, Math.ceil(Math.max(a.y, b.y) + reach));
      const x0 = Math.max(0, Math.floor(Math.min(a.x, b.x) - reach));
      const x1 = Math.min(FRAME - 1, Math.ceil(Math.max(a.x, b.x) + reach));
      for (let y = y0; y <= y1; y++) {
        for (let x = x0; x <= x1; x++) {
          const d = Math.sqrt(distanceSquared(x + 0.5, y + 0.5, a, b));
          const ink = (PEN_WIDTH / 2 - d) / PEN_SOFTNESS + 0.5;
          if (ink > out[y * FRAME + x]!) out[y * FRAME + x] = Math.min(1, ink);
        }
      }
    }
  }
  return out;
}

/** The strokes with every point mapped by p ↦ (p − from)·scale + to. */
function place(strokes: readonly Stroke[], from: Point, scale: number, to: Point): Stroke[] {
  return strokes.map((s) =>
    s.map((p) => ({ x: (p.x - from.x) * scale + to.x, y: (p.y - from.y) * scale + to.y })),
  );
}

/**
 * The 784 network inputs (row by row, values in [0, 1]) for a drawing given as strokes in any
 * units. The centre lines are scaled so that their larger side is 20 − PEN_WIDTH pixels, so
 * the ink with the pen's width is 20 pixels; a drawing with no extent (one dot) becomes a dot.
 * Points that are not finite numbers are ignored; no strokes give 784 zeros.
 */
export function strokesToInput(strokes: readonly Stroke[]): Float64Array {
  const clean = strokes
    .map((s) => s.filter((p) => Number.isFinite(p.x) && Number.isFinite(p.y)))
    .filter((s) => s.length > 0);
  if (clean.length === 0) return new Float64Array(FRAME * FRAME);
  let [minX, maxX, minY, maxY] = [Infinity, -Infinity, Infinity, -Infinity];
  for (const p of clean.flat()) {
    [minX, maxX] = [Math.min(minX, p.x), Math.max(maxX, p.x)];
    [minY, maxY] = [Math.min(minY, p.y), Math.max(maxY, p.y)];
  }
  const extent = Math.max(maxX - minX, maxY - minY);
  // A drawing so small that the scale overflows (an extent of 5e-324: 17.6 / 5e-324 = ∞,
  // and 0 · ∞ is NaN) is a dot, like one with no extent at all.
  const stretch = (BOX - PEN_WIDTH) / extent;
  const scale = extent > 0 && Number.isFinite(stretch) ? stretch : 0;
  const boxCentre = { x: (minX + maxX) / 2, y: (minY + maxY) / 2 };
  const centre = { x: FRAME / 2, y: FRAME / 2 };
  // First paint with the box centred, then move by whatever puts the centre of mass at (14, 14).
  const first = paint(place(clean, boxCentre, scale, centre));
  const mass = centreOfMass(first, FRAME);
  return paint(
    place(clean, boxCentre, scale, { x: 2 * centre.x - mass.x, y: 2 * centre.y - mass.y }),
  );
}
