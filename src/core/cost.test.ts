import { describe, expect, it } from 'vitest';
import { softmax } from './activations.ts';
import { softmaxCrossEntropyDelta } from './backprop.ts';
import { COST_NAMES, cost, crossEntropy, getCost, squaredError, type CostName } from './cost.ts';
import * as core from './index.ts';
import { Network } from './network.ts';

/** Central difference of C in a_i. */
function slope(name: CostName, a: number[], y: number[], i: number, h = 1e-6): number {
  const up = a.slice();
  const down = a.slice();
  up[i]! += h;
  down[i]! -= h;
  return (cost(name, up, y) - cost(name, down, y)) / (2 * h);
}

describe('cost objects', () => {
  it('squared error: ½ Σ (a − y)², worked by hand', () => {
    // ½ ((0.8 − 1)² + (0.3 − 0)²) = ½ (0.04 + 0.09) = 0.065
    expect(squaredError.value([0.8, 0.3], [1, 0])).toBeCloseTo(0.065, 12);
    expect(squaredError.derivative([0.8, 0.3], [1, 0], [0, 0])).toEqual([
      expect.closeTo(-0.2, 12),
      expect.closeTo(0.3, 12),
    ]);
  });

  it('cross-entropy: −Σ y ln a, worked by hand', () => {
    // −ln 0.7 = 0.356674943938732…
    expect(crossEntropy.value([0.2, 0.7, 0.1], [0, 1, 0])).toBeCloseTo(0.356674943938732, 12);
    const d = crossEntropy.derivative([0.2, 0.7, 0.1], [0, 1, 0], new Float64Array(3));
    expect(Array.from(d)).toEqual([0, expect.closeTo(-1 / 0.7, 12), 0]);
  });

  it.each(COST_NAMES)('%s: the derivative matches central differences', (name) => {
    const a = [0.15, 0.55, 0.3];
    for (const y of [
      [0, 1, 0],
      [0.2, 0.5, 0.3],
    ]) {
      const d = getCost(name).derivative(a, y, new Float64Array(3));
      a.forEach((_, i) => expect(d[i]).toBeCloseTo(slope(name, a, y, i), 6));
    }
  });

  it('a saturated probability gives a large finite cost and slope, not Infinity', () => {
    expect(Number.isFinite(crossEntropy.value([0, 1], [1, 0]))).toBe(true);
    expect(crossEntropy.value([0, 1], [1, 0])).toBeGreaterThan(690);
    const d = crossEntropy.derivative([0, 1], [1, 0], [0, 0]);
    expect(d.every(Number.isFinite)).toBe(true);
  });

  it('getCost names the allowed costs for an unknown name', () => {
    expect(() => getCost('hinge' as CostName)).toThrow(
      'cost must be one of "squared-error", "cross-entropy"; got "hinge"',
    );
    expect(() => getCost('toString' as CostName)).toThrow('got "toString"');
  });

  it('the softmax + cross-entropy shortcut a − y equals the long way through the Jacobian', () => {
    const z = [1.2, -0.4, 2.5, 0.1];
    const a = softmax.output(z);
    const y = [0, 0, 1, 0];
    const longWay = softmax.backward(a, crossEntropy.derivative(a, y, new Float64Array(4)));
    const shortcut = softmaxCrossEntropyDelta(a, y, new Float64Array(4));
    shortcut.forEach((d, j) => expect(d).toBeCloseTo(longWay[j]!, 12));
    // and both are ∂C/∂z by finite differences of C(softmax(z))
    z.forEach((_, j) => {
      const h = 1e-6;
      const up = z.slice();
      const down = z.slice();
      up[j]! += h;
      down[j]! -= h;
      const fd =
        (crossEntropy.value(softmax.output(up), y) - crossEntropy.value(softmax.output(down), y)) /
        (2 * h);
      expect(shortcut[j]).toBeCloseTo(fd, 6);
    });
  });
});

describe('the network API islands use', () => {
  const net = new Network({ sizes: [3, 2, 2], activations: 'sigmoid' });
  net.layers[0]!.weights.set([1, 0, 0, 0, 1, 0]);
  net.layers[1]!.weights.set([1, 0, 0, 1]);

  it('predictLayers returns copies: changing one changes nothing else', () => {
    const first = net.predictLayers([1, 2, 3]);
    expect(first.map((a) => a.length)).toEqual([3, 2, 2]);
    const kept = Array.from(first[2]!);
    first[2]!.fill(99);
    first[0]!.fill(99);
    const second = net.predictLayers([1, 2, 3]);
    expect(Array.from(second[2]!)).toEqual(kept);
    expect(Array.from(second[0]!)).toEqual([1, 2, 3]);
    // σ(σ(1)) for output 1: σ(1) = 0.7310585786, σ(0.7310585786) = 0.6750375273
    expect(second[2]![0]).toBeCloseTo(0.6750375273, 9);
    net.predict([0, 0, 0]);
    expect(Array.from(second[2]!)).toEqual(kept);
  });

  it('predict returns a copy that a later pass does not overwrite', () => {
    const a = net.predict([1, 2, 3]);
    const before = Array.from(a);
    net.predict([5, 5, 5]);
    expect(Array.from(a)).toEqual(before);
  });

  it('the sparse fast path is not part of the public core', () => {
    expect('lastInputSupport' in core).toBe(false);
    expect(Object.keys(net)).not.toContain('nonZeroInputs');
    expect(Object.keys(net)).not.toContain('nonZeroInputCount');
  });
});
