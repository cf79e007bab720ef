/**
 * The text of a neuron's computation, in the lessons' notation, shared by the build-time
 * render and the live island so both always say the same thing:
 *   w1·x1 = 0.80 × 1.00 = 0.800      (a negative input in brackets: −2.00 × (−6.00) = 12.000)
 *   z = 0.800 + (−0.600) + 0.300 = 0.500
 *   a = σ(0.500) = 0.622
 */
import { getActivation, type ActivationName } from '~/core/activations.ts';
import type { NeuronResult } from '~/core/neuron.ts';
import { formatNumber } from './format';

export interface ComputationText {
  /** "0.80 × 1.00 = 0.800" for each input i (the w_i x_i products); "−2.00 × (−6.00) = 12.000". */
  terms: string[];
  /** "0.800 + (−0.600) + 0.300" (no-break space after each +): contributions and bias. */
  sum: string;
  /** z and a to 3 decimals, as shown. */
  z: string;
  a: string;
  /** The activation's symbol, "σ". */
  symbol: string;
}

/** A negative number after an operator, in brackets as a pupil writes it: "(−0.600)". */
const wrap = (text: string) => (text.startsWith('\u2212') ? `(${text})` : text);

export function computationText(
  inputs: readonly number[],
  weights: readonly number[],
  bias: number,
  activation: ActivationName,
  result: NeuronResult,
  /** Whether z's sum shows "+ b" (false for a neuron with no bias: b fixed at 0). */
  withBias = true,
): ComputationText {
  const terms = result.contributions.map(
    (c, i) =>
      `${formatNumber(weights[i]!, 2)} \u00d7 ${wrap(formatNumber(inputs[i]!, 2))} = ${formatNumber(c)}`,
  );
  const parts = [...result.contributions, ...(withBias ? [bias] : [])].map((v, i) =>
    i === 0 ? formatNumber(v) : wrap(formatNumber(v)),
  );
  return {
    terms,
    // A no-break space after each "+" keeps the sign with its term, so lines break before "+".
    sum: parts.join(' +\u00a0'),
    z: formatNumber(result.z),
    a: formatNumber(result.a),
    symbol: getActivation(activation).symbol,
  };
}
