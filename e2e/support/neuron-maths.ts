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

/** "−0.457" style: fixed decimals, true minus sign, no negative zero. */
export function shown(value: number, decimals = 3): string {
  const text = value.toFixed(decimals);
  if (Number(text) === 0) return text.replace('-', '');
  return text.replace('-', '\u2212');
}
