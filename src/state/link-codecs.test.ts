import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  checkStrokes,
  checkWeights,
  decodeStrokes,
  decodeWeights,
  encodeStrokes,
  encodeWeights,
  fitDrawingToLink,
  fromBase64Url,
  MAX_DRAWING_CHARS,
  roundWeight,
  simplifyStroke,
  toBase64Url,
} from './link-codecs';

const coordinate = fc.integer({ min: -1000, max: 1000 });
const point = fc.record({ x: coordinate, y: coordinate });
const strokes = fc.array(fc.array(point, { minLength: 1, maxLength: 60 }), {
  minLength: 1,
  maxLength: 8,
});

describe('base64url', () => {
  it('agrees with Node’s own base64url, both ways', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        const text = toBase64Url(bytes);
        expect(text).toBe(Buffer.from(bytes).toString('base64url'));
        expect(fromBase64Url(text)).toEqual(bytes);
      }),
    );
  });

  it('refuses characters outside the alphabet, impossible lengths and non-zero spare bits', () => {
    for (const bad of ['a', 'ab+c', 'ab/c', 'ab=c', 'ab c', 'AB', 'AAB', '%41AA']) {
      const decoded = fromBase64Url(bad);
      // 'AB' and 'AAB' have spare bits set ('B' = 1); 'a' has an impossible length.
      expect(decoded, bad).toBeUndefined();
    }
    expect(fromBase64Url('AA')).toEqual(new Uint8Array([0]));
  });
});

describe('strokes in a link', () => {
  it('come back exactly as they went in', () => {
    fc.assert(
      fc.property(strokes, (s) => {
        expect(decodeStrokes(encodeStrokes(s))).toEqual(s);
      }),
    );
  });

  it('keep a drawn digit short: a 2 of 3 strokes with 150 points is under 450 characters', () => {
    // A curve drawn with small pointer steps, as a reader's pointer moves (1–6 px per event).
    const two = [
      Array.from({ length: 70 }, (_, k) => ({
        x: Math.round(140 + 60 * Math.cos(Math.PI * (1 - k / 60))),
        y: Math.round(90 - 50 * Math.sin(Math.PI * (1 - k / 60))),
      })),
      Array.from({ length: 50 }, (_, k) => ({ x: 200 - k * 2, y: 100 + k * 3 })),
      Array.from({ length: 30 }, (_, k) => ({ x: 100 + k * 4, y: 250 })),
    ];
    const text = encodeStrokes(two);
    expect(text.length).toBeLessThan(450);
    expect(decodeStrokes(text)).toEqual(two);
  });

  it('refuse damaged or hostile text without throwing', () => {
    const good = encodeStrokes([[{ x: 10, y: 20 }, { x: 12, y: 25 }]]);
    const hostile = [
      '',
      'x',
      '<script>',
      good.slice(0, -1),
      `${good}AA`,
      toBase64Url(new Uint8Array([0])), // no strokes
      toBase64Url(new Uint8Array([4, 2, 0, 0])), // says 2 strokes, holds one
      toBase64Url(new Uint8Array([255, 255, 255, 255, 1])), // an overlong number
      toBase64Url(new Uint8Array([2, 2, 0xd2, 0x0f, 0, 0])), // a point 1,001 px away
    ];
    for (const text of hostile) {
      expect(decodeStrokes(text), text).toBeUndefined();
      expect(checkStrokes(text)).toMatch(/not a drawing/);
    }
    fc.assert(
      fc.property(fc.string(), (text) => {
        const decoded = decodeStrokes(text);
        // Anything accepted re-encodes to itself: there is one spelling of each drawing.
        if (decoded) expect(encodeStrokes(decoded)).toBe(text);
      }),
    );
  });
});

describe('weights in a link', () => {
  const weight = fc
    .integer({ min: -16, max: 16 })
    .map((q) => (q === 0 ? 0 : q / 16));
  it('come back exactly, 784 of them', () => {
    fc.assert(
      fc.property(fc.array(weight, { minLength: 784, maxLength: 784 }), (w) => {
        expect(Array.from(decodeWeights(encodeWeights(w))!)).toEqual(w);
      }),
    );
  });

  it('round to sixteenths in [−1, 1], with no negative zero', () => {
    expect(roundWeight(0.34)).toBe(0.3125);
    expect(roundWeight(-2)).toBe(-1);
    expect(Object.is(roundWeight(-0.01), 0)).toBe(true);
  });

  it('keep a painted picture short and a whole trained picture under 1,100 characters', () => {
    const painted = new Float64Array(784);
    for (let y = 4; y < 12; y++) painted[y * 28 + 14] = 0.5;
    expect(encodeWeights(painted).length).toBeLessThan(40);
    const dense = Array.from({ length: 784 }, (_, k) => roundWeight(Math.sin(k) * 0.9));
    expect(encodeWeights(dense).length).toBeLessThan(1100);
  });

  it('refuse a wrong count, a zero spelled as a value, or bad characters', () => {
    expect(decodeWeights(encodeWeights(new Float64Array(783)))).toBeUndefined();
    expect(decodeWeights(encodeWeights(new Float64Array(785)))).toBeUndefined();
    expect(decodeWeights(toBase64Url(new Uint8Array([16, 255, 255, 255])))).toBeUndefined();
    expect(checkWeights('!!')).toMatch(/not a weight picture/);
  });
});

describe('a drawing too long for a link', () => {
  it('is left alone when it fits', () => {
    const short = [[{ x: 1, y: 2 }, { x: 3, y: 4 }]];
    expect(fitDrawingToLink(short)).toEqual(short);
  });

  it('is simplified until it fits, staying within a few pixels of what was drawn', () => {
    // A scribble of 3,000 points: 40 turns of a spiral, far more than any digit.
    const spiral = Array.from({ length: 3000 }, (_, k) => ({
      x: Math.round(140 + (30 + k / 40) * Math.cos(k / 12)),
      y: Math.round(140 + (30 + k / 40) * Math.sin(k / 12)),
    }));
    const fitted = fitDrawingToLink([spiral]);
    expect(encodeStrokes(fitted).length).toBeLessThanOrEqual(MAX_DRAWING_CHARS);
    // Every point drawn is near the simplified line (independent check: distance to segments).
    const kept = fitted[0]!;
    const distance = (p: { x: number; y: number }) =>
      Math.min(
        ...kept.slice(1).map((b, k) => {
          const a = kept[k]!;
          const dx = b.x - a.x;
          const dy = b.y - a.y;
          const t = Math.max(0, Math.min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / (dx * dx + dy * dy || 1)));
          return Math.hypot(a.x + t * dx - p.x, a.y + t * dy - p.y);
        }),
      );
    expect(Math.max(...spiral.map(distance))).toBeLessThan(4);
  });

  it('keeps end points and whole pixels (a subset of the points drawn)', () => {
    const line = Array.from({ length: 50 }, (_, k) => ({ x: k, y: k % 2 }));
    const simple = simplifyStroke(line, 1);
    expect(simple[0]).toEqual(line[0]);
    expect(simple.at(-1)).toEqual(line.at(-1));
    expect(simple.length).toBe(2);
    for (const p of simple) expect(line).toContainEqual(p);
  });
});
