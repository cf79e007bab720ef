/**
 * The horizontal variable of an activation plot. Either z itself, or one input x_i of a neuron
 * with its other inputs, its weights and its bias held fixed, so that
 *   z(h) = slope · h + offset,  slope = w_i,  offset = b + Σ_{j≠i} w_j x_j,
 * and the plotted curve is a = f(z(h)). On an input plot, changing b shifts the curve sideways
 * (its switch point z = 0 sits at h = −offset / slope) and a larger |w_i| makes it steeper.
 */
import { cleanSum } from '~/core/decimal.ts';
import { bindOperators, formatNumber } from './format';

export interface PlotAxis {
  /** The variable's symbol as shown, "z" or "x₁". */
  symbol: string;
  /** z = slope · h + offset. */
  slope: number;
  offset: number;
}

/** A neuron's numbers as a plot needs them: x_1 … x_n, w_1 … w_n and b. */
export interface NeuronNumbers {
  inputs: readonly number[];
  weights: readonly number[];
  bias: number;
}

/** The plot against z: z(h) = h. */
export const Z_AXIS: PlotAxis = { symbol: 'z', slope: 1, offset: 0 };

const SUBSCRIPTS = '₀₁₂₃₄₅₆₇₈₉';

/** "x" with a subscript index, e.g. subscripted('x', 12) → "x₁₂". */
export function subscripted(symbol: string, index: number): string {
  return symbol + [...String(index)].map((d) => SUBSCRIPTS[Number(d)]).join('');
}

/** The axis for input `index` (1-based) of a neuron: slope w_i, offset b + Σ_{j≠i} w_j x_j. */
export function inputAxis(neuron: NeuronNumbers, index: number): PlotAxis {
  const i = index - 1;
  let offset = neuron.bias;
  neuron.weights.forEach((w, j) => {
    if (j !== i) offset += w * neuron.inputs[j]!;
  });
  return { symbol: subscripted('x', index), slope: neuron.weights[i]!, offset: cleanSum(offset) };
}

/** z at h on this axis, rounded like the neuron's own z (core/decimal.ts). */
export function zAt(axis: PlotAxis, h: number): number {
  return cleanSum(axis.slope * h + axis.offset);
}

/** Where z = 0 (the sigmoid is half on, the step jumps): h = −offset / slope; none if slope = 0. */
export function switchPoint(axis: PlotAxis): number | undefined {
  return axis.slope === 0 ? undefined : -axis.offset / axis.slope;
}

/** The axis title under the plot: "weighted sum z" or "input x₁". */
export function axisTitle(axis: PlotAxis): string {
  return axis.symbol === 'z' ? 'weighted sum z' : `input ${axis.symbol}`;
}

/**
 * The held values of an input plot, e.g. "z = w₁x₁ + w₂x₂ + b with w₁ = 2.00, x₂ = 0.30 (fixed),
 * w₂ = −1.00, b = −0.50".
 */
export function inputAxisText(neuron: NeuronNumbers, index: number): string {
  const n = neuron.weights.length;
  const terms = Array.from(
    { length: n },
    (_, j) => subscripted('w', j + 1) + subscripted('x', j + 1),
  );
  const held = neuron.weights.flatMap((w, j) => {
    const weight = `${subscripted('w', j + 1)} = ${formatNumber(w, 2)}`;
    if (j === index - 1) return [weight];
    return [weight, `${subscripted('x', j + 1)} = ${formatNumber(neuron.inputs[j]!, 2)} (fixed)`];
  });
  held.push(`b = ${formatNumber(neuron.bias, 2)}`);
  return bindOperators(`z = ${[...terms, 'b'].join(' + ')} with ${held.join(', ')}`);
}

/**
 * Where the curve switches on a plot against an input, as the legend says it: "z = 0 at
 * x₁ = 0.500", "… (off the plot)" outside [hMin, hMax], or why there is no such place.
 */
export function switchText(axis: PlotAxis, range: readonly [number, number]): string {
  const at = switchPoint(axis);
  if (at === undefined) {
    return `z does not change with ${axis.symbol} (its weight is 0): the curve is flat`;
  }
  const off = at < range[0] || at > range[1] ? ' (off the plot)' : '';
  return `z = 0 at ${axis.symbol} = ${formatNumber(at)}${off}`;
}
