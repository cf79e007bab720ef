import { describe, expect, it } from 'vitest';
import { buildFrame, buildScene, type LayerWeights } from './network-frame';
import { styleOf, type EdgeStyle } from './network-geometry';

/**
 * A 4-2-2-1 network small enough to follow by hand. Pixels sit at x = 0, hidden layer 1 at
 * x = 100, hidden layer 2 at x = 200, the output at (300, 5); pixel or neuron n (from 0) of a
 * column at y = 10n.
 */
const layers: LayerWeights[] = [
  { inputSize: 4, outputSize: 2, weights: [1, -1, 0.5, 0, 0, 2, 0, -0.25] },
  { inputSize: 2, outputSize: 2, weights: [1, -1.2, 0.1, 3] },
  { inputSize: 2, outputSize: 1, weights: [2, -0.5] },
];
const column = (x: number, n: number) =>
  Float32Array.from({ length: 2 * n }, (_, k) => (k % 2 ? 5 * (k - 1) : x));
const scene = () =>
  buildScene(layers, column(0, 4), [column(100, 2), column(200, 2), Float32Array.of(300, 5)], 2);
/** a⁽⁰⁾ … a⁽³⁾, given (not computed): the frame only reads them. */
const activations = [[1, 0.5, 0, 1], [0.6, 1], [1, 0.2], [0.9]];

/** The frame's edges as "x1,y1→x2,y2" with their style, in drawing order. */
function drawn(frame: ReturnType<typeof buildFrame>): Map<string, EdgeStyle> {
  const out = new Map<string, EdgeStyle>();
  for (let p = 0; p < frame.count; p++) {
    const e = frame.order[p]!;
    out.set(`${frame.x1[e]},${frame.y1[e]}→${frame.x2[e]},${frame.y2[e]}`, styleOf(frame.key[e]!));
  }
  return out;
}
const style = (highlight: 0 | 1, alpha: number, negative: boolean, width: number) => ({
  highlight,
  alpha,
  negative,
  width,
});

describe('a frame with nothing selected', () => {
  const frame = buildFrame(scene(), activations, 2);
  const edges = drawn(frame);

  it('draws the two strongest input signals into each first-layer neuron', () => {
    // Neuron 1: w·x = 1·1, −1·0.5, (x₃ = 0), 0·1 → 1 and −0.5. Neuron 2: 0, 2·0.5 = 1, −0.25.
    // Strongest |w·x| is 1: brightness ⌈6·1⌉ = 6, ⌈6·0.5⌉ = 3, ⌈6·0.25⌉ = 2.
    // Thickness against max|w| = 2: ⌊4·1/2⌋ = 2, ⌊4·2/2⌋ → 3, ⌊4·0.25/2⌋ = 0.
    expect(edges.get('0,0→100,0')).toEqual(style(0, 6, false, 2));
    expect(edges.get('0,10→100,0')).toEqual(style(0, 3, true, 2));
    expect(edges.get('0,10→100,10')).toEqual(style(0, 6, false, 3));
    expect(edges.get('0,30→100,10')).toEqual(style(0, 2, true, 0));
  });

  it('draws later edges that carry more than 1/12 of the layer’s strongest signal', () => {
    // Layer 2: w·a = 1·0.6 = 0.6, −1.2·1, 0.1·0.6 = 0.06, 3·1 = 3; max 3.
    expect(edges.get('100,0→200,0')).toEqual(style(0, 2, false, 1)); // 0.6/3 = 0.2 → ⌈1.2⌉
    expect(edges.get('100,10→200,0')).toEqual(style(0, 3, true, 1)); // 1.2/3 = 0.4 → ⌈2.4⌉
    expect(edges.has('100,0→200,10')).toBe(false); // 0.06/3 = 0.02: next to nothing
    expect(edges.get('100,10→200,10')).toEqual(style(0, 6, false, 3));
    // Output: 2·1 = 2 and −0.5·0.2 = −0.1 (0.05 of the strongest: not drawn).
    expect(edges.get('200,0→300,5')).toEqual(style(0, 6, false, 3));
    expect(edges.has('200,10→300,5')).toBe(false);
    expect(frame.count).toBe(8);
    expect(frame.highlighted).toBe(0);
  });

  it('orders edges dim to bright, so the strongest are drawn last', () => {
    const alphas = [...edges.values()].map((s) => s.alpha);
    expect(alphas).toEqual([...alphas].sort((p, q) => p - q));
  });
});

describe('a frame with a neuron selected', () => {
  it('highlights every edge into a selected later neuron, even without signal', () => {
    const frame = buildFrame(scene(), activations, 2, { layer: 2, neuron: 1 });
    const edges = drawn(frame);
    expect(edges.get('100,0→200,10')).toEqual(style(1, 0, false, 0));
    expect(edges.get('100,10→200,10')).toEqual(style(1, 6, false, 3));
    expect([frame.count, frame.highlighted]).toEqual([9, 2]);
  });

  it('draws every inked pixel into a selected first-layer neuron', () => {
    const frame = buildFrame(scene(), activations, 2, { layer: 1, neuron: 0 });
    const edges = drawn(frame);
    // Pixel 4 (x = 1, w = 0) carries 0: level 0, drawn because it is highlighted.
    expect(edges.get('0,30→100,0')).toEqual(style(1, 0, false, 0));
    expect(edges.get('0,0→100,0')).toEqual(style(1, 6, false, 2));
    expect(edges.has('0,20→100,0')).toBe(false); // pixel 3 has no ink
    expect([frame.count, frame.highlighted]).toEqual([9, 3]);
  });
});

describe('the wiring', () => {
  it('holds every later edge once, faint (level 0), with its sign and thickness', () => {
    const wiring = scene().wiring;
    expect(wiring.count).toBe(6);
    const edges = drawn(wiring);
    expect(edges.get('100,0→200,10')).toEqual(style(0, 0, false, 0)); // |0.1| / 3
    expect(edges.get('100,10→200,0')).toEqual(style(0, 0, true, 1)); // |−1.2| / 3 → ⌊1.6⌋
    expect(edges.get('200,10→300,5')).toEqual(style(0, 0, true, 1)); // |−0.5| / 2 → ⌊1⌋
  });
});
