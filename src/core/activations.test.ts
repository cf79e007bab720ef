import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ACTIVATION_NAMES, getActivation, LEAKY_SLOPE, softmax } from './activations.ts';

/** Oracle values worked out independently (by hand or from the textbook definitions). */
const TABLE: [string, number, number, number][] = [
  // name, z, f(z), f'(z)
  ['identity', -2.5, -2.5, 1],
  ['identity', 3, 3, 1],
  ['step', -0.001, 0, 0],
  ['step', 0, 1, 0],
  ['step', 4, 1, 0],
  ['sigmoid', 0, 0.5, 0.25],
  ['sigmoid', 2, 0.8807970779778823, 0.10499358540350662],
  ['sigmoid', -2, 0.11920292202211755, 0.10499358540350662],
  ['tanh', 0, 0, 1],
  ['tanh', 1, 0.7615941559557649, 0.41997434161402614],
  ['tanh', -0.5, -0.46211715726000974, 0.7864477329659274],
  ['relu', -3, 0, 0],
  ['relu', 0, 0, 0],
  ['relu', 2.5, 2.5, 1],
  ['leaky-relu', -3, -3 * LEAKY_SLOPE, LEAKY_SLOPE],
  ['leaky-relu', 0, 0, LEAKY_SLOPE],
  ['leaky-relu', 2.5, 2.5, 1],
];

describe.each(TABLE)('%s at z = %d', (name, z, value, slope) => {
  const f = getActivation(name);
  it(`f(z) = ${value}`, () => expect(f.output(z)).toBeCloseTo(value, 12));
  it(`f'(z) = ${slope}`, () => expect(f.der(z)).toBeCloseTo(slope, 12));
});

describe('derivatives match central finite differences', () => {
  const h = 1e-6;
  const points = [-4, -1.3, -0.2, 0.3, 0.9, 2.2, 5];
  it.each(ACTIVATION_NAMES.filter((n) => n !== 'step'))('%s', (name) => {
    const f = getActivation(name);
    for (const z of points) {
      const numeric = (f.output(z + h) - f.output(z - h)) / (2 * h);
      expect(f.der(z)).toBeCloseTo(numeric, 6);
    }
  });
});

describe('numerical safety for |z| up to 1e308', () => {
  const extremes = [1e308, -1e308, 1e300, -1e300, 800, -800, 710, -745];
  it.each(ACTIVATION_NAMES)('%s stays finite', (name) => {
    const f = getActivation(name);
    for (const z of extremes) {
      expect(Number.isFinite(f.output(z))).toBe(true);
      expect(Number.isFinite(f.der(z))).toBe(true);
    }
  });
  it('sigmoid and tanh reach their limits', () => {
    expect(getActivation('sigmoid').output(1e308)).toBe(1);
    expect(getActivation('sigmoid').output(-1e308)).toBe(0);
    expect(getActivation('tanh').output(-1e308)).toBe(-1);
  });
  it('softmax of [1000, 1000] is [0.5, 0.5]', () => {
    expect(Array.from(softmax.output([1000, 1000]))).toEqual([0.5, 0.5]);
  });
  it('softmax of extreme logits is finite and sums to 1', () => {
    const a = softmax.output([1e308, -1e308, 0, 1e308]);
    expect(Array.from(a)).toEqual([0.5, 0, 0, 0.5]);
  });
});

describe('softmax', () => {
  it('matches the definition on small logits', () => {
    const z = [1, 2, 3];
    const e = z.map(Math.exp);
    const sum = e[0]! + e[1]! + e[2]!;
    const a = softmax.output(z);
    z.forEach((_, i) => expect(a[i]).toBeCloseTo(e[i]! / sum, 14));
  });

  it('backward matches finite differences of a weighted sum of outputs', () => {
    const z = [0.3, -1.2, 2.0, 0.1];
    const weights = [0.5, -1, 2, 0.25]; // C = Σ weights_i a_i, so dC/da = weights
    const a = softmax.output(z);
    const grad = softmax.backward(a, weights);
    const h = 1e-6;
    z.forEach((_, j) => {
      const up = [...z];
      const down = [...z];
      up[j]! += h;
      down[j]! -= h;
      const C = (v: number[]) =>
        Array.from(softmax.output(v)).reduce((s, ai, i) => s + weights[i]! * ai, 0);
      expect(grad[j]).toBeCloseTo((C(up) - C(down)) / (2 * h), 7);
    });
  });

  it('property: outputs lie in [0, 1] and sum to 1', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -1e308, max: 1e308, noNaN: true }), {
          minLength: 1,
          maxLength: 12,
        }),
        (z) => {
          const a = Array.from(softmax.output(z));
          const sum = a.reduce((s, v) => s + v, 0);
          return a.every((v) => v >= 0 && v <= 1) && Math.abs(sum - 1) < 1e-12;
        },
      ),
    );
  });
});

describe('ranges', () => {
  it.each(ACTIVATION_NAMES)('property: %s stays within its stated bounds', (name) => {
    const f = getActivation(name);
    const [lo, hi] = f.bounds;
    fc.assert(
      fc.property(fc.double({ min: -1e308, max: 1e308, noNaN: true }), (z) => {
        const a = f.output(z);
        return a >= lo && a <= hi;
      }),
    );
  });

  it('every activation carries a label, a range and a formula', () => {
    for (const name of ACTIVATION_NAMES) {
      const f = getActivation(name);
      expect(f.name).toBe(name);
      expect(f.label.length).toBeGreaterThan(0);
      expect(f.range.length).toBeGreaterThan(0);
      expect(f.tex).toMatch(/=/);
    }
  });

  it('an unknown name is rejected with the list of valid ones', () => {
    expect(() => getActivation('swish')).toThrow(
      'Unknown activation "swish": expected one of identity, step, sigmoid, tanh, relu, leaky-relu',
    );
  });
});
