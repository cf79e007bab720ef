/**
 * The maths of an activation plot, shared by the static SVG (build time) and the chart.js
 * island (browser): which curves, over which z range, with which y range and ticks.
 */
import { getActivation, type ActivationName } from '~/core/activations.ts';
import { formatNumber } from './format';

/** One plotted curve: f or f' of an activation, sampled over the z range. */
export interface Curve {
  name: ActivationName;
  derivative: boolean;
  /** "σ(z)" or "σ′(z)". */
  label: string;
  /** CSS custom property holding the curve's colour, e.g. "--series-sigmoid" (global.css). */
  colorVar: string;
  points: { z: number; y: number }[];
}

/** The label of f or f′ at z, e.g. "tanh(z)" or "σ′(z)". */
export function curveLabel(name: ActivationName, derivative: boolean): string {
  const symbol = getActivation(name).symbol;
  return `${symbol}${derivative ? '′' : ''}(z)`;
}

/** Samples f (or f′) at `count` evenly spaced z in [zMin, zMax]; the step's jump is kept sharp. */
export function sampleCurve(
  name: ActivationName,
  derivative: boolean,
  zMin: number,
  zMax: number,
  count = 161,
): Curve {
  const f = getActivation(name);
  const g = derivative ? f.der : f.output;
  const points: { z: number; y: number }[] = [];
  for (let k = 0; k < count; k++) {
    const z = zMin + ((zMax - zMin) * k) / (count - 1);
    points.push({ z, y: g(z) });
  }
  if (name === 'step' && !derivative && zMin < 0 && zMax > 0) {
    // Two points at z = 0 draw the jump as a vertical edge instead of a slope.
    const i = points.findIndex((p) => p.z >= 0);
    points.splice(i, 0, { z: 0, y: 0 }, { z: 0, y: 1 });
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
  zMin: number,
  zMax: number,
): Curve[] {
  const curves = names.map((n) => sampleCurve(n, false, zMin, zMax));
  if (derivatives) curves.push(...names.map((n) => sampleCurve(n, true, zMin, zMax)));
  return curves;
}

/** A y range that shows every curve, always including 0 and 1, padded a little. */
export function yExtent(curves: readonly Curve[]): [number, number] {
  let lo = 0;
  let hi = 1;
  for (const c of curves) {
    for (const p of c.points) {
      if (p.y < lo) lo = p.y;
      if (p.y > hi) hi = p.y;
    }
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

/**
 * The plot's readout at z, e.g. "At z = 1.00: σ(z) = 0.731, σ′(z) = 0.197". Values use
 * 3 decimals and a true minus sign.
 */
export function readout(names: readonly ActivationName[], derivatives: boolean, z: number): string {
  const parts = names.map((n) => {
    const f = getActivation(n);
    const value = `${curveLabel(n, false)} = ${formatNumber(f.output(z))}`;
    return derivatives ? `${value}, ${curveLabel(n, true)} = ${formatNumber(f.der(z))}` : value;
  });
  return `At z = ${formatNumber(z, 2)}: ${parts.join('; ')}`;
}
