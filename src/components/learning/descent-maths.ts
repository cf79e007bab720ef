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

/** One step of gradient descent: (w, b) ← (w, b) − η (∂C/∂w, ∂C/∂b). */
export function descentStep(w: number, b: number, rate: number, examples = EXAMPLES) {
  const { dw, db } = descentState(w, b, examples);
  return { w: w - rate * dw, b: b - rate * db };
}

/** C as a function of w with b held fixed, sampled for the landscape picture. */
export function costAlongW(
  b: number,
  [wMin, wMax]: [number, number],
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
export const LANDSCAPE = { width: 320, height: 180, pad: 28, cMax: 0.5 } as const;

/**
 * SVG geometry of C(w) for fixed b over [wMin, wMax], the current point, and the tangent
 * there (slope ∂C/∂w): what "downhill" means, drawn.
 */
export function landscape(w: number, b: number, range: [number, number]) {
  const { width, height, pad, cMax } = LANDSCAPE;
  const sx = (v: number) => pad + ((v - range[0]) / (range[1] - range[0])) * (width - 2 * pad);
  const sy = (c: number) => height - pad - (Math.min(c, cMax) / cMax) * (height - 2 * pad);
  const curve = costAlongW(b, range)
    .map((p, i) => `${i ? 'L' : 'M'}${sx(p.w).toFixed(1)},${sy(p.c).toFixed(1)}`)
    .join('');
  const { cost, dw } = descentState(w, b);
  const half = (range[1] - range[0]) / 8;
  return {
    curve,
    point: { x: sx(w), y: sy(cost) },
    tangent: {
      x1: sx(w - half),
      y1: sy(cost - dw * half),
      x2: sx(w + half),
      y2: sy(cost + dw * half),
    },
    axis: { x1: pad, x2: width - pad, y: height - pad },
  };
}
