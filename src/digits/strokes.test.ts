import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { prepareDigit } from './prepare';
import { strokesToInput, type Point, type Stroke } from './strokes';

/** Pearson correlation of two equally long vectors. */
function correlation(a: ArrayLike<number>, b: ArrayLike<number>): number {
  const n = a.length;
  let [ma, mb] = [0, 0];
  for (let k = 0; k < n; k++) [ma, mb] = [ma + a[k]! / n, mb + b[k]! / n];
  let [ab, aa, bb] = [0, 0, 0];
  for (let k = 0; k < n; k++) {
    const [da, db] = [a[k]! - ma, b[k]! - mb];
    [ab, aa, bb] = [ab + da * db, aa + da * da, bb + db * db];
  }
  return ab / Math.sqrt(aa * bb);
}

/** A "2" and a "4" in unit coordinates (0 … 1, y down), as a reader might draw them. */
const TWO: Point[][] = [
  [
    { x: 0.1, y: 0.25 },
    { x: 0.3, y: 0.02 },
    { x: 0.65, y: 0.05 },
    { x: 0.75, y: 0.3 },
    { x: 0.5, y: 0.6 },
    { x: 0.05, y: 0.97 },
    { x: 0.85, y: 0.95 },
  ],
];
const FOUR: Point[][] = [
  [
    { x: 0.5, y: 0 },
    { x: 0.05, y: 0.65 },
    { x: 0.8, y: 0.65 },
  ],
  [
    { x: 0.6, y: 0.3 },
    { x: 0.6, y: 1 },
  ],
];

/** The shape drawn on the 280 px pad at `size` of its side, with its top left at (x, y). */
const onPad = (shape: Point[][], size: number, x: number, y: number, step = 4): Stroke[] =>
  shape.map((stroke) => {
    // Pointer events every `step` pad pixels along each segment, as a real drag gives.
    const points: Point[] = [];
    for (let k = 0; k + 1 < stroke.length; k++) {
      const [a, b] = [stroke[k]!, stroke[k + 1]!];
      const length = Math.hypot(b.x - a.x, b.y - a.y) * size * 280;
      const n = Math.max(1, Math.round(length / step));
      for (let i = 0; i < n; i++) {
        const t = i / n;
        points.push({
          x: x + (a.x + t * (b.x - a.x)) * size * 280,
          y: y + (a.y + t * (b.y - a.y)) * size * 280,
        });
      }
    }
    const last = stroke.at(-1)!;
    points.push({ x: x + last.x * size * 280, y: y + last.y * size * 280 });
    return points;
  });

describe('strokes to the 784 inputs, at any size', () => {
  it.each([
    ['a 2', TWO],
    ['a 4', FOUR],
  ])(
    '%s drawn at 25 %%, 50 %% and 90 %% of the pad gives inputs that agree (r ≥ 0.9)',
    (_n, shape) => {
      const small = strokesToInput(onPad(shape, 0.25, 150, 20));
      const medium = strokesToInput(onPad(shape, 0.5, 10, 100));
      const large = strokesToInput(onPad(shape, 0.9, 14, 14));
      expect(correlation(small, medium)).toBeGreaterThanOrEqual(0.9);
      expect(correlation(small, large)).toBeGreaterThanOrEqual(0.9);
      expect(correlation(medium, large)).toBeGreaterThanOrEqual(0.9);
    },
  );

  it('draws an MNIST-like amount of ink: a 1 is 2–3 pixels wide, a digit 60–200 pixels of ink', () => {
    const one = strokesToInput([
      [
        { x: 140, y: 30 },
        { x: 140, y: 250 },
      ],
    ]);
    const row = Array.from({ length: 28 }, (_, x) => one[14 * 28 + x]!);
    const width = row.reduce((s, v) => s + v, 0);
    expect(width).toBeGreaterThanOrEqual(2);
    expect(width).toBeLessThanOrEqual(3);
    const two = strokesToInput(onPad(TWO, 0.5, 70, 70));
    const ink = two.reduce((s, v) => s + v, 0);
    expect(ink).toBeGreaterThan(60);
    expect(ink).toBeLessThan(200);
  });

  it('puts the centre of mass at (14, 14) and the ink inside the 20 × 20 box plus a margin', () => {
    const input = strokesToInput(onPad(FOUR, 0.3, 190, 190));
    let [m, mx, my] = [0, 0, 0];
    input.forEach((v, k) => {
      m += v;
      mx += v * ((k % 28) + 0.5);
      my += v * (Math.floor(k / 28) + 0.5);
    });
    expect(mx / m).toBeCloseTo(14, 0);
    expect(my / m).toBeCloseTo(14, 0);
  });

  it('gives 784 zeros for no strokes, and a dot for a single tap', () => {
    expect(strokesToInput([]).every((v) => v === 0)).toBe(true);
    const dot = strokesToInput([[{ x: 3, y: 277 }]]);
    const ink = dot.reduce((s, v) => s + v, 0);
    expect(ink).toBeGreaterThan(0);
    expect(ink).toBeLessThan(10);
  });
});

/** Any point on the 280 × 280 pad, edges and corners included (and just past them). */
const padPoint = fc.record({
  x: fc.oneof(fc.double({ min: -2, max: 282, noNaN: true }), fc.constantFrom(0, 279.5, 280)),
  y: fc.oneof(fc.double({ min: -2, max: 282, noNaN: true }), fc.constantFrom(0, 279.5, 280)),
});
const drawing = fc.array(fc.array(padPoint, { minLength: 1, maxLength: 12 }), {
  minLength: 1,
  maxLength: 4,
});

describe('any drawing gives a usable input (property)', () => {
  it('a drawing too small to scale (fast-check counterexample, seed 1398941321) is a dot', () => {
    const tiny = strokesToInput([
      [
        { x: 0, y: 0 },
        { x: 0, y: 5e-324 },
      ],
    ]);
    const dot = strokesToInput([[{ x: 0, y: 0 }]]);
    expect(Array.from(tiny)).toEqual(Array.from(dot));
    expect(tiny.some((v) => v > 0)).toBe(true);
  });

  it('strokes anywhere on the pad give 784 finite inputs in [0, 1], not all 0', () => {
    fc.assert(
      fc.property(drawing, (strokes) => {
        const input = strokesToInput(strokes);
        expect(input).toHaveLength(784);
        expect(input.every((v) => Number.isFinite(v) && v >= 0 && v <= 1)).toBe(true);
        expect(input.some((v) => v > 0)).toBe(true);
      }),
      { numRuns: 400 },
    );
  });

  it('a raster whose ink touches any edge or corner gives 784 finite inputs in [0, 1]', () => {
    // Rectangles of ink anywhere on a 280 × 280 image, including flush with its edges: the
    // bottom edge once made resampleRegion read row 280 and the input NaN.
    const edgeRect = fc
      .record({ x0: fc.integer({ min: 0, max: 279 }), y0: fc.integer({ min: 0, max: 279 }) })
      .chain(({ x0, y0 }) =>
        fc.record({
          x0: fc.constant(x0),
          y0: fc.constant(y0),
          x1: fc.integer({ min: x0 + 1, max: 280 }),
          y1: fc.integer({ min: y0 + 1, max: 280 }),
        }),
      );
    fc.assert(
      fc.property(fc.array(edgeRect, { minLength: 1, maxLength: 3 }), (rects) => {
        const pixels = new Float64Array(280 * 280);
        for (const r of rects) {
          for (let y = r.y0; y < r.y1; y++)
            for (let x = r.x0; x < r.x1; x++) pixels[y * 280 + x] = 1;
        }
        const input = prepareDigit({ width: 280, height: 280, pixels });
        expect(input.every((v) => Number.isFinite(v) && v >= 0 && v <= 1)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
