/**
 * Geometry and per-frame edge maths for the live picture of a network (the NetworkView): where
 * the input pixels sit, every connection between later layers (thickness from |w|, fixed
 * once per size), which input connections matter for the current digit (the strongest
 * contributions w·x), how bright each edge is (|w·a| against the layer's strongest), and a
 * grouping of edges into a few style buckets so one frame is a few dozen canvas strokes.
 * Pure data on typed arrays, no DOM. Positions are CSS pixels, interleaved [x0, y0, x1, y1 …].
 */
import { SIDE } from '~/digits/picture';

/** A box in CSS pixels. */
export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Line widths (CSS px) of the thickness levels: level k is used for |w| / max|w| in [k/4, (k+1)/4). */
export const LINE_WIDTHS = [0.6, 1.2, 1.9, 2.6] as const;
/** Brightness levels above the floor: level k of n has opacity FLOOR + (1 − FLOOR)·k/n. */
export const ALPHA_LEVELS = 6;
/** Opacity of an edge that carries (almost) no signal: the wiring, still there, barely. */
export const ALPHA_FLOOR = 0.12;
/** Signals up to this fraction of the layer's strongest count as none (brightness level 0). */
export const MIN_SIGNAL = 1 / 12;
/** Number of style buckets: highlight (2) × brightness (ALPHA_LEVELS + 1) × sign (2) × width. */
export const BUCKETS = 2 * (ALPHA_LEVELS + 1) * 2 * LINE_WIDTHS.length;

/**
 * Centres of the side × side pixels of a picture drawn in `rect`, row by row: pixel k is in
 * row ⌊k / side⌋ and column k mod side. Returns 2·side² numbers, interleaved x, y.
 */
export function pixelCentres(rect: Rect, side = SIDE): Float32Array {
  const out = new Float32Array(2 * side * side);
  const cw = rect.width / side;
  const ch = rect.height / side;
  for (let k = 0; k < side * side; k++) {
    out[2 * k] = rect.x + ((k % side) + 0.5) * cw;
    out[2 * k + 1] = rect.y + (Math.floor(k / side) + 0.5) * ch;
  }
  return out;
}

/** Thickness level of a weight: ⌊4·|w| / max|w|⌋, at most 3 (the largest |w| gets 3). */
export function widthLevel(w: number, maxAbs: number): number {
  if (!(maxAbs > 0)) return 0;
  const n = LINE_WIDTHS.length;
  return Math.min(n - 1, Math.floor((Math.abs(w) / maxAbs) * n));
}

/**
 * Brightness level of a signal s = w·a against the strongest |s| of its layer: 0 for none or
 * next to none (|s| / max ≤ MIN_SIGNAL), else ⌈ALPHA_LEVELS·|s| / max⌉, so the strongest
 * signal is ALPHA_LEVELS.
 */
export function alphaLevel(s: number, maxAbs: number): number {
  if (!(maxAbs > 0)) return 0;
  const t = Math.abs(s) / maxAbs;
  if (t <= MIN_SIGNAL) return 0;
  return Math.max(1, Math.min(ALPHA_LEVELS, Math.ceil(t * ALPHA_LEVELS)));
}

/** Opacity of a brightness level. */
export function alphaOf(level: number): number {
  return ALPHA_FLOOR + ((1 - ALPHA_FLOOR) * level) / ALPHA_LEVELS;
}

/** The style of one bucket: drawn in increasing key order, so bright and highlighted edges end up on top. */
export interface EdgeStyle {
  /** 1 for edges into the selected neuron. */
  highlight: 0 | 1;
  /** Brightness level 0 … ALPHA_LEVELS. */
  alpha: number;
  negative: boolean;
  /** Thickness level 0 … LINE_WIDTHS.length − 1. */
  width: number;
}

/** Bucket key of a style, 0 … BUCKETS − 1 (see `styleOf` for the inverse). */
export function styleKey(
  highlight: 0 | 1,
  alpha: number,
  negative: boolean,
  width: number,
): number {
  return (
    ((highlight * (ALPHA_LEVELS + 1) + alpha) * 2 + (negative ? 1 : 0)) * LINE_WIDTHS.length + width
  );
}

/** The style a bucket key stands for. */
export function styleOf(key: number): EdgeStyle {
  const W = LINE_WIDTHS.length;
  const width = key % W;
  const negative = Math.floor(key / W) % 2 === 1;
  const alpha = Math.floor(key / (2 * W)) % (ALPHA_LEVELS + 1);
  const highlight = Math.floor(key / (2 * W * (ALPHA_LEVELS + 1))) === 1 ? 1 : 0;
  return { highlight, alpha, negative, width };
}

/** Every connection of a dense layer, as parallel arrays (index e is one edge j → i). */
export interface DenseEdges {
  count: number;
  /** Segment ends: from neuron j of the layer before to neuron i of this layer. */
  x1: Float32Array;
  y1: Float32Array;
  x2: Float32Array;
  y2: Float32Array;
  /** j, the neuron of the layer before. */
  source: Int32Array;
  /** i, the neuron of this layer. */
  target: Int32Array;
  /** w_ij. */
  weight: Float64Array;
  /** Thickness level from |w_ij| / max|W| over the whole layer. */
  width: Uint8Array;
}

/**
 * All n_out × n_in edges of a layer whose row-major weights are W[i·n_in + j], between the
 * centres `from` (n_in points) and `to` (n_out points), sorted by |w| ascending so that the
 * strongest connections are drawn last (on top). Computed once per size.
 */
export function denseEdges(
  weights: ArrayLike<number>,
  inputSize: number,
  outputSize: number,
  from: Float32Array,
  to: Float32Array,
): DenseEdges {
  const n = inputSize * outputSize;
  const order = Array.from({ length: n }, (_, e) => e).sort(
    (p, q) => Math.abs(weights[p]!) - Math.abs(weights[q]!) || p - q,
  );
  let maxAbs = 0;
  for (let e = 0; e < n; e++) maxAbs = Math.max(maxAbs, Math.abs(weights[e]!));
  const edges: DenseEdges = {
    count: n,
    x1: new Float32Array(n),
    y1: new Float32Array(n),
    x2: new Float32Array(n),
    y2: new Float32Array(n),
    source: new Int32Array(n),
    target: new Int32Array(n),
    weight: new Float64Array(n),
    width: new Uint8Array(n),
  };
  order.forEach((flat, e) => {
    const i = Math.floor(flat / inputSize);
    const j = flat % inputSize;
    edges.x1[e] = from[2 * j]!;
    edges.y1[e] = from[2 * j + 1]!;
    edges.x2[e] = to[2 * i]!;
    edges.y2[e] = to[2 * i + 1]!;
    edges.source[e] = j;
    edges.target[e] = i;
    edges.weight[e] = weights[flat]!;
    edges.width[e] = widthLevel(weights[flat]!, maxAbs);
  });
  return edges;
}

/**
 * The up to `k` largest contributions |w_ij · x_j| into neuron i, from the non-zero inputs only
 * (a zero input carries nothing). Writes j to `index` and w_ij·x_j to `value`, strongest first;
 * returns how many were written. `index` and `value` need room for k. Allocates nothing.
 */
export function strongestContributions(
  weights: ArrayLike<number>,
  inputSize: number,
  neuron: number,
  input: ArrayLike<number>,
  k: number,
  index: Int32Array,
  value: Float64Array,
): number {
  const row = neuron * inputSize;
  let count = 0;
  for (let j = 0; j < inputSize; j++) {
    const x = input[j]!;
    if (x === 0) continue;
    const c = weights[row + j]! * x;
    const size = Math.abs(c);
    if (count === k && size <= Math.abs(value[k - 1]!)) continue;
    // Insertion into the sorted top k: shift weaker ones down one place.
    let p = count < k ? count++ : k - 1;
    while (p > 0 && Math.abs(value[p - 1]!) < size) {
      value[p] = value[p - 1]!;
      index[p] = index[p - 1]!;
      p--;
    }
    value[p] = c;
    index[p] = j;
  }
  return count;
}

/**
 * The segments one frame strokes, grouped by style bucket. Filled edge by edge with `push`,
 * then `group` orders them by bucket with a counting sort: edges of bucket b are
 * order[starts[b]] … order[starts[b + 1] − 1]. Buffers are allocated once, for `capacity` edges.
 */
export class FrameEdges {
  readonly x1: Float32Array;
  readonly y1: Float32Array;
  readonly x2: Float32Array;
  readonly y2: Float32Array;
  readonly key: Uint16Array;
  readonly order: Int32Array;
  readonly starts = new Int32Array(BUCKETS + 1);
  count = 0;
  /** Edges with highlight 1 (into the selected neuron). */
  highlighted = 0;

  constructor(readonly capacity: number) {
    this.x1 = new Float32Array(capacity);
    this.y1 = new Float32Array(capacity);
    this.x2 = new Float32Array(capacity);
    this.y2 = new Float32Array(capacity);
    this.key = new Uint16Array(capacity);
    this.order = new Int32Array(capacity);
  }

  clear(): void {
    this.count = 0;
    this.highlighted = 0;
  }

  push(x1: number, y1: number, x2: number, y2: number, key: number): void {
    const e = this.count++;
    this.x1[e] = x1;
    this.y1[e] = y1;
    this.x2[e] = x2;
    this.y2[e] = y2;
    this.key[e] = key;
    if (key >= BUCKETS / 2) this.highlighted++;
  }

  /** Orders the pushed edges by bucket, keeping push order within a bucket. */
  group(): void {
    const starts = this.starts;
    starts.fill(0);
    for (let e = 0; e < this.count; e++) starts[this.key[e]! + 1]!++;
    for (let b = 0; b < BUCKETS; b++) starts[b + 1]! += starts[b]!;
    // Reuse `starts` as write cursors, then shift back.
    for (let e = 0; e < this.count; e++) this.order[starts[this.key[e]!]!++] = e;
    for (let b = BUCKETS; b > 0; b--) starts[b] = starts[b - 1]!;
    starts[0] = 0;
  }
}
