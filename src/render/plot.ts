/**
 * The maths of an activation plot, shared by the static SVG (build time) and the chart.js
 * island (browser): which curves, over which range of the horizontal variable h (z itself, or
 * an input x_i: see plot-axis.ts), with which y range and ticks.
 */
import { getActivation, type ActivationName } from '~/core/activations.ts';
import { formatNumber } from './format';
import { switchPoint, Z_AXIS, zAt, type PlotAxis } from './plot-axis';

/** One plotted curve: f or f' of an activation, sampled over the plot's range of h. */
export interface Curve {
  name: ActivationName;
  derivative: boolean;
  /** "σ(z)" or "σ′(z)". */
  label: string;
  /** CSS custom property holding the curve's colour, e.g. "--series-sigmoid" (global.css). */
  colorVar: string;
  /** x: the horizontal variable h (z, or an input x_i); y: f(z(h)) or f′(z(h)). */
  points: { x: number; y: number }[];
}

/** The label of f or f′ at z, e.g. "tanh(z)" or "σ′(z)". */
export function curveLabel(name: ActivationName, derivative: boolean): string {
  const symbol = getActivation(name).symbol;
  return `${symbol}${derivative ? '′' : ''}(z)`;
}

/**
 * Samples f(z(h)) (or f′) at `count` evenly spaced h in [hMin, hMax]; the step's jump is kept
 * sharp. On the z axis (the default) z(h) = h.
 */
export function sampleCurve(
  name: ActivationName,
  derivative: boolean,
  hMin: number,
  hMax: number,
  count = 161,
  axis: PlotAxis = Z_AXIS,
): Curve {
  const f = getActivation(name);
  const g = derivative ? f.der : f.output;
  const points: { x: number; y: number }[] = [];
  for (let k = 0; k < count; k++) {
    const x = hMin + ((hMax - hMin) * k) / (count - 1);
    points.push({ x, y: g(zAt(axis, x)) });
  }
  const jump = switchPoint(axis);
  if (name === 'step' && !derivative && jump !== undefined && jump > hMin && jump < hMax) {
    // Two points at the jump draw it as a vertical edge instead of a slope.
    // A sample exactly at the jump has f(0) = 1, which belongs to the side where a = 1.
    const rising = axis.slope > 0;
    const i = points.findIndex((p) => (rising ? p.x >= jump : p.x > jump));
    points.splice(i, 0, { x: jump, y: rising ? 0 : 1 }, { x: jump, y: rising ? 1 : 0 });
  }
  return {
    name,
    derivative,
    label: curveLabel(name, derivative),
    colorVar: `--series-${name}`,
    points,
  };
}

/** The curves for a plot: each function, then (optionally) each derivative. */
export function plotCurves(
  names: readonly ActivationName[],
  derivatives: boolean,
  hMin: number,
  hMax: number,
  axis: PlotAxis = Z_AXIS,
): Curve[] {
  const curves = names.map((n) => sampleCurve(n, false, hMin, hMax, 161, axis));
  if (derivatives) curves.push(...names.map((n) => sampleCurve(n, true, hMin, hMax, 161, axis)));
  return curves;
}

/**
 * The plot's y range: every curve, always including 0 and 1, padded a little. When bounded
 * curves (sigmoid, tanh, step, any slope) share the plot with an unbounded one (ReLU, leaky
 * ReLU, identity), the unbounded one may stretch the range by at most half the bounded
 * curves' span each way and runs off the edge beyond it, so it cannot squash the S-curves
 * into a strip: sigmoid, tanh and ReLU over z ∈ [−5, 5] get y ∈ [−1, 2] (padded), not [−1, 5].
 */
export function yExtent(curves: readonly Curve[]): [number, number] {
  const extent = (list: readonly Curve[]): [number, number] => {
    let [lo, hi] = [0, 1];
    for (const c of list) {
      for (const p of c.points) {
        if (p.y < lo) lo = p.y;
        if (p.y > hi) hi = p.y;
      }
    }
    return [lo, hi];
  };
  const unbounded = (c: Curve) =>
    !c.derivative && getActivation(c.name).bounds.some((b) => !Number.isFinite(b));
  let [lo, hi] = extent(curves);
  const bounded = curves.filter((c) => !unbounded(c));
  if (bounded.length > 0 && bounded.length < curves.length) {
    const [blo, bhi] = extent(bounded);
    const reach = (bhi - blo) / 2;
    [lo, hi] = [Math.max(lo, blo - reach), Math.min(hi, bhi + reach)];
  }
  const pad = (hi - lo) * 0.06;
  return [lo - pad, hi + pad];
}

/** "Nice" tick values (steps of 1, 2 or 5 × 10ⁿ) covering [min, max], about `count` of them. */
export function niceTicks(min: number, max: number, count = 6): number[] {
  const raw = (max - min) / Math.max(1, count - 1);
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw) ?? 10 * power;
  const ticks: number[] = [];
  for (let t = Math.ceil(min / step) * step; t <= max + step * 1e-9; t += step) {
    ticks.push(Math.abs(t) < step * 1e-9 ? 0 : Number(t.toPrecision(12)));
  }
  return ticks;
}

/** A tick label: as many decimals as the tick step needs, and a true minus sign. */
export function tickLabel(value: number, step: number): string {
  const decimals = Math.max(0, Math.min(6, -Math.floor(Math.log10(Math.abs(step)) + 1e-9)));
  return formatNumber(value, decimals);
}

/**
 * The plot's readout at h, e.g. "At z = 1.000: σ(z) = 0.731, σ′(z) = 0.197", or on an input
 * plot "At x₁ = 0.500: z = 1.000, σ(z) = 0.731". Values use 3 decimals (as a NeuronLab shows
 * z and a, so the two readouts agree digit for digit) and a true minus sign.
 */
export function readout(
  names: readonly ActivationName[],
  derivatives: boolean,
  h: number,
  axis: PlotAxis = Z_AXIS,
): string {
  const z = zAt(axis, h);
  const parts = names.map((n) => {
    const f = getActivation(n);
    const value = `${curveLabel(n, false)} = ${formatNumber(f.output(z))}`;
    return derivatives ? `${value}, ${curveLabel(n, true)} = ${formatNumber(f.der(z))}` : value;
  });
  const at = `At ${axis.symbol} = ${formatNumber(h)}: `;
  return axis.symbol === 'z'
    ? at + parts.join('; ')
    : `${at}z = ${formatNumber(z)}, ${parts.join('; ')}`;
}

/**
 * A readout cut where a line may break: after each "; " or ", " between values, so that
 * "σ′(z) = 0.225" never splits (a browser may otherwise break between ′ and "(").
 * Joined by spaces, the pieces are the readout: readoutPieces(r).join(' ') === r.
 */
export function readoutPieces(text: string): string[] {
  return text.split(/(?<=[;,]) /);
}
