/**
 * An independent oracle for the demos: activation formulas written out from their textbook
 * definitions (not imported from the core), and the site's number format.
 */
export const ORACLE: Record<string, (z: number) => number> = {
  identity: (z) => z,
  step: (z) => (z >= 0 ? 1 : 0),
  sigmoid: (z) => 1 / (1 + Math.exp(-z)),
  tanh: (z) => (Math.exp(z) - Math.exp(-z)) / (Math.exp(z) + Math.exp(-z)),
  relu: (z) => Math.max(0, z),
  'leaky-relu': (z) => (z > 0 ? z : 0.01 * z),
};

/**
 * "−0.457" style: fixed decimals, true minus sign, no negative zero; rounded as by hand, half
 * away from zero on the value's decimal digits (−0.1525 → "−0.153", whichever side of it the
 * binary sum landed). The digits: the value's 12 significant ones, as a string.
 */
export function shown(value: number, decimals = 3): string {
  const [digits, exponent] = Math.abs(value).toExponential(11).split('e') as [string, string];
  // Shift the decimal point by string, then round the one digit after the kept ones.
  const mantissa = digits.replace('.', '');
  const point = Number(exponent) + 1 + decimals; // digits before the rounding point
  const kept = point <= 0 ? '0' : mantissa.slice(0, point).padEnd(point, '0');
  const next = point < 0 ? 0 : Number(mantissa[point] ?? '0');
  const units = BigInt(kept) + (next >= 5 ? 1n : 0n);
  const rounded = (value < 0 ? -1 : 1) * (Number(units) / 10 ** decimals);
  const text = rounded.toFixed(decimals);
  if (Number(text) === 0) return text.replace('-', '');
  return text.replace('-', '\u2212');
}
