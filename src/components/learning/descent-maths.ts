/**
 * The maths of the gradient-descent demo, through the core: one sigmoid neuron a = σ(w x + b)
 * and a few examples (x, y). Cost C(w, b) = (1/n) Σ ½ (a − y)², the mean squared error of
 * the classic network; its slopes ∂C/∂w and ∂C/∂b come from the core's backpropagation.
 */
import { Backprop } from '~/core/backprop.ts';
import { cost } from '~/core/cost.ts';
import { Network } from '~/core/network.ts';

export interface Example {
  x: number;
  y: number;
}

/** "Switch on when x is large": the neuron should output 1 for x ≥ 0.6 and 0 below. */
export const EXAMPLES: readonly Example[] = [
  { x: 0, y: 0 },
  { x: 0.2, y: 0 },
  { x: 0.4, y: 0 },
  { x: 0.6, y: 1 },
  { x: 0.8, y: 1 },
  { x: 1, y: 1 },
];

export interface DescentState {
  /** What each example gives now: a and its share ½(a − y)². */
  rows: { x: number; y: number; a: number; error: number }[];
  /** C, the mean of the shares. */
  cost: number;
  /** ∂C/∂w and ∂C/∂b. */
  dw: number;
  db: number;
}

function neuron(w: number, b: number): Network {
  const net = new Network({ sizes: [1, 1], activations: 'sigmoid' });
  net.layers[0]!.weights[0] = w;
  net.layers[0]!.biases[0] = b;
  return net;
}

/** Cost, slopes and per-example numbers at (w, b). */
export function descentState(w: number, b: number, examples = EXAMPLES): DescentState {
  const net = neuron(w, b);
  const bp = new Backprop(net, 'squared-error');
  const rows = examples.map(({ x, y }) => {
    const error = bp.accumulate([x], [y]);
    return { x, y, a: net.activations[1]![0]!, error };
  });
  const n = examples.length;
  return {
    rows,
    cost: rows.reduce((s, r) => s + r.error, 0) / n,
    dw: bp.weightGradients[0]![0]! / n,
    db: bp.biasGradients[0]![0]! / n,
  };
}

/** The range of w and of b in the demo: its sliders, and where every step is clamped. */
export const PARAMETER_RANGE: readonly [number, number] = [-10, 10];

/**
 * The learning-rate slider's range when a lesson gives none: from steps so small that the
 * cost takes hundreds of them to fall, to steps so big that it goes up instead.
 */
export const RATE_RANGE: readonly [number, number] = [0.1, 100];

const clampParameter = (v: number) => Math.min(PARAMETER_RANGE[1], Math.max(PARAMETER_RANGE[0], v));

/** A parameter that one step of the rule would take past PARAMETER_RANGE, and is kept at its end. */
export interface PastEdge {
  name: 'w' | 'b';
  /** What w − η ∂C/∂w (or b − η ∂C/∂b) gives. */
  wanted: number;
  /** Where the demo keeps it: the end of PARAMETER_RANGE. */
  kept: number;
}

/**
 * One step of gradient descent as the demo takes it: (w, b) ← (w, b) − η (∂C/∂w, ∂C/∂b),
 * each then clamped to PARAMETER_RANGE; `past` lists the parameters the clamp cut short
 * ([] for none). One gradient per step.
 */
export function descentStepPast(
  w: number,
  b: number,
  rate: number,
  examples = EXAMPLES,
): { w: number; b: number; past: PastEdge[] } {
  const { dw, db } = descentState(w, b, examples);
  const wanted = { w: w - rate * dw, b: b - rate * db };
  const past = (['w', 'b'] as const)
    .map((name) => ({ name, wanted: wanted[name], kept: clampParameter(wanted[name]) }))
    .filter((p) => p.kept !== p.wanted);
  return { w: clampParameter(wanted.w), b: clampParameter(wanted.b), past };
}

/** One step of gradient descent as the demo takes it (descentStepPast without `past`). */
export function descentStep(w: number, b: number, rate: number, examples = EXAMPLES) {
  const next = descentStepPast(w, b, rate, examples);
  return { w: next.w, b: next.b };
}

/** C as a function of w with b held fixed, sampled for the landscape picture. */
export function costAlongW(
  b: number,
  [wMin, wMax]: readonly [number, number],
  count = 121,
  examples = EXAMPLES,
): { w: number; c: number }[] {
  return Array.from({ length: count }, (_, k) => {
    const w = wMin + ((wMax - wMin) * k) / (count - 1);
    const net = neuron(w, b);
    const c = examples.reduce((s, e) => s + cost('squared-error', net.predict([e.x]), [e.y]), 0);
    return { w, c: c / examples.length };
  });
}

/** Picture of the cost landscape along w: viewBox 0 0 320 180, C from 0 to 0.5. */
export const LANDSCAPE = {
  width: 320,
  height: 190,
  /** Room for the y-axis values on the left, the w values and title below. */
  left: 40,
  right: 14,
  top: 14,
  bottom: 40,
  /** The cost axis runs from 0 to cMax; a higher cost is drawn at the top edge. */
  cMax: 0.5,
} as const;

export function landscape(w: number, b: number, range: readonly [number, number]) {
  const { width, height, left, right, top, bottom, cMax } = LANDSCAPE;
  const sx = (v: number) =>
    left + ((v - range[0]) / (range[1] - range[0])) * (width - left - right);
  const sy = (c: number) => height - bottom - (Math.min(c, cMax) / cMax) * (height - top - bottom);
  const curve = costAlongW(b, range)
    .map((p, i) => `${i ? 'L' : 'M'}${sx(p.w).toFixed(1)},${sy(p.c).toFixed(1)}`)
    .join('');
  const { cost, dw } = descentState(w, b);
  const half = (range[1] - range[0]) / 8;
  // Ticks: C every 0.1 from 0 to cMax; w at five evenly spaced values across the range.
  const cTicks = Array.from({ length: Math.round(cMax / 0.1) + 1 }, (_, k) => k / 10);
  const wTicks = Array.from({ length: 5 }, (_, k) => range[0] + ((range[1] - range[0]) * k) / 4);
  return {
    curve,
    point: { x: sx(w), y: sy(cost) },
    tangent: {
      x1: sx(w - half),
      y1: sy(cost - dw * half),
      x2: sx(w + half),
      y2: sy(cost + dw * half),
    },
    axis: { x1: left, x2: width - right, y: height - bottom, yTop: top },
    cTicks: cTicks.map((c) => ({ value: c, y: sy(c) })),
    wTicks: wTicks.map((v) => ({ value: v, x: sx(v) })),
  };
}
