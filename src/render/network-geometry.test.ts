import { describe, expect, it } from 'vitest';
import {
  ALPHA_LEVELS,
  BUCKETS,
  FrameEdges,
  alphaLevel,
  alphaOf,
  denseEdges,
  pixelCentres,
  strongestContributions,
  styleKey,
  styleOf,
  widthLevel,
} from './network-geometry';

describe('pixelCentres', () => {
  // A 56 × 28 box at (10, 20): each pixel is 2 wide and 1 high.
  const c = pixelCentres({ x: 10, y: 20, width: 56, height: 28 });
  it.each([
    [0, 11, 20.5],
    [27, 65, 20.5],
    [28, 11, 21.5],
    [783, 65, 47.5],
  ])('pixel %i sits at (%f, %f)', (k, x, y) => {
    expect([c[2 * k], c[2 * k + 1]]).toEqual([x, y]);
  });
});

describe('widthLevel: ⌊4·|w| / max|w|⌋, capped at 3', () => {
  it.each([
    [0, 1, 0],
    [0.24, 1, 0],
    [0.25, 1, 1],
    [-0.5, 1, 2],
    [0.99, 1, 3],
    [1, 1, 3],
    [-2, 2, 3],
    [0.3, 0, 0],
  ])('w = %f, max = %f → %i', (w, max, level) => expect(widthLevel(w, max)).toBe(level));
});

describe('alphaLevel: 0 up to 1/12 of the strongest, else ⌈6·|s| / max⌉', () => {
  it.each([
    [0, 12, 0],
    [1, 12, 0],
    [1.1, 12, 1],
    [-6, 12, 3],
    [6.1, 12, 4],
    [12, 12, 6],
    [-12, 12, 6],
    [5, 0, 0],
  ])('s = %f, max = %f → %i', (s, max, level) => expect(alphaLevel(s, max)).toBe(level));

  it('maps levels to opacities from the floor 0.12 to 1', () => {
    expect(alphaOf(0)).toBeCloseTo(0.12, 12);
    expect(alphaOf(3)).toBeCloseTo(0.56, 12);
    expect(alphaOf(ALPHA_LEVELS)).toBeCloseTo(1, 12);
  });
});

describe('style buckets', () => {
  it.each([
    [0, 0, false, 0, 0],
    [0, 0, true, 0, 4],
    [0, 1, false, 0, 8],
    [1, 0, false, 0, 56],
    [1, 6, true, 3, 111],
  ] as const)('highlight %i, alpha %i, negative %s, width %i → key %i', (h, a, n, w, key) => {
    expect(styleKey(h, a, n, w)).toBe(key);
    expect(styleOf(key)).toEqual({ highlight: h, alpha: a, negative: n, width: w });
  });

  it('gives every style its own key, and decodes each key back', () => {
    const keys = new Set<number>();
    for (const h of [0, 1] as const)
      for (let a = 0; a <= ALPHA_LEVELS; a++)
        for (const n of [false, true])
          for (let w = 0; w < 4; w++) {
            const key = styleKey(h, a, n, w);
            expect(styleOf(key)).toEqual({ highlight: h, alpha: a, negative: n, width: w });
            keys.add(key);
          }
    expect(keys.size).toBe(BUCKETS);
    expect(Math.max(...keys)).toBe(BUCKETS - 1);
  });
});

describe('denseEdges', () => {
  // W = [[0.5, −2], [1, 0.1]]: row i holds the weights into neuron i.
  const edges = denseEdges(
    [0.5, -2, 1, 0.1],
    2,
    2,
    Float32Array.of(0, 0, 0, 10),
    Float32Array.of(100, 0, 100, 10),
  );
  it('lists every edge, weakest |w| first', () => {
    expect(edges.count).toBe(4);
    expect(Array.from(edges.weight)).toEqual([0.1, 0.5, 1, -2]);
    expect(Array.from(edges.source)).toEqual([1, 0, 0, 1]);
    expect(Array.from(edges.target)).toEqual([1, 0, 1, 0]);
  });
  it('runs from the source centre to the target centre', () => {
    // The last edge is w = −2, from input 2 (0, 10) to neuron 1 (100, 0).
    expect([edges.x1[3], edges.y1[3], edges.x2[3], edges.y2[3]]).toEqual([0, 10, 100, 0]);
  });
  it('gets its thickness from |w| / max|w| = |w| / 2', () => {
    expect(Array.from(edges.width)).toEqual([0, 1, 2, 3]);
  });
});

describe('strongestContributions', () => {
  // Neuron 1's weights are [1, −3, 0.5, 2, 4]; the input x = [1, 1, 0, 0.5, 0.25]:
  // contributions 1, −3, (x = 0: none), 1, 1.
  const W = [9, 9, 9, 9, 9, 1, -3, 0.5, 2, 4];
  const x = [1, 1, 0, 0.5, 0.25];
  const index = new Int32Array(5);
  const value = new Float64Array(5);

  it('keeps the k largest |w·x|, strongest first, earlier inputs first on a tie', () => {
    expect(strongestContributions(W, 5, 1, x, 2, index, value)).toBe(2);
    expect(Array.from(index.subarray(0, 2))).toEqual([1, 0]);
    expect(Array.from(value.subarray(0, 2))).toEqual([-3, 1]);
  });
  it('lists every non-zero input when k is large', () => {
    expect(strongestContributions(W, 5, 1, x, 5, index, value)).toBe(4);
    expect(Array.from(index.subarray(0, 4))).toEqual([1, 0, 3, 4]);
    expect(Array.from(value.subarray(0, 4))).toEqual([-3, 1, 1, 1]);
  });
  it('finds none in a blank input', () => {
    expect(strongestContributions(W, 5, 1, [0, 0, 0, 0, 0], 3, index, value)).toBe(0);
  });
});

describe('FrameEdges', () => {
  it('groups pushed edges by bucket, keeping push order inside a bucket', () => {
    const frame = new FrameEdges(8);
    for (const key of [5, 0, 5, 111, 0]) frame.push(key, 0, 0, 0, key);
    frame.group();
    expect(Array.from(frame.order.subarray(0, 5))).toEqual([1, 4, 0, 2, 3]);
    expect([frame.starts[0], frame.starts[1], frame.starts[5], frame.starts[6]]).toEqual([
      0, 2, 2, 4,
    ]);
    expect([frame.starts[111], frame.starts[112]]).toEqual([4, 5]);
    expect(frame.highlighted).toBe(1);
    frame.clear();
    expect([frame.count, frame.highlighted]).toEqual([0, 0]);
  });
});
