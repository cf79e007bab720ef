import { describe, expect, it } from 'vitest';
import type { ActivationName } from './activations.ts';
import { Backprop } from './backprop.ts';
import { cost, type CostName } from './cost.ts';
import { Network } from './network.ts';
import { createRandom } from './random.ts';

/** Relative error |a − b| / max(|a|, |b|, tiny), the usual gradient-check measure. */
function relativeError(a: number, b: number): number {
  const scale = Math.max(Math.abs(a), Math.abs(b));
  return scale < 1e-9 ? Math.abs(a - b) : Math.abs(a - b) / scale;
}

const CASES: [string, number[], ActivationName[], 'softmax' | undefined, CostName][] = [
  ['sigmoid, squared error', [4, 5, 3], ['sigmoid', 'sigmoid'], undefined, 'squared-error'],
  [
    'tanh + identity, squared error',
    [3, 6, 4, 2],
    ['tanh', 'tanh', 'identity'],
    undefined,
    'squared-error',
  ],
  [
    'leaky ReLU, softmax + cross-entropy',
    [5, 7, 4],
    ['leaky-relu', 'sigmoid'],
    'softmax',
    'cross-entropy',
  ],
  ['ReLU, softmax + squared error', [4, 6, 3], ['relu', 'identity'], 'softmax', 'squared-error'],
  [
    'sigmoid, softmax + cross-entropy',
    [6, 4, 4, 5],
    ['sigmoid', 'tanh', 'sigmoid'],
    'softmax',
    'cross-entropy',
  ],
];

describe.each(CASES)('backpropagation: %s', (_, sizes, activations, output, costName) => {
  it('matches central finite differences on every weight and bias (relative error < 1e-4)', () => {
    for (let seed = 1; seed <= 3; seed++) {
      const random = createRandom(seed);
      const net = new Network({ sizes, activations, output }).initialise(random);
      for (const layer of net.layers)
        layer.biases.forEach((_, i) => (layer.biases[i] = random.normal() * 0.5));
      // Seed 3 uses a mostly-zero input, the sparse path a digit takes.
      const input = Array.from({ length: sizes[0]! }, (_, j) =>
        seed === 3 && j % 3 !== 0 ? 0 : random.normal(),
      );
      const outputs = sizes.at(-1)!;
      const target = output
        ? Array.from({ length: outputs }, (_, i) => (i === seed % outputs ? 1 : 0))
        : Array.from({ length: outputs }, () => random.next());

      const bp = new Backprop(net, costName);
      bp.accumulate(input, target);

      const C = () => cost(costName, net.predict(input), target);
      const h = 1e-5;
      let worst = 0;
      net.layers.forEach((layer, l) => {
        for (const [params, grads] of [
          [layer.weights, bp.weightGradients[l]!],
          [layer.biases, bp.biasGradients[l]!],
        ] as const) {
          for (let k = 0; k < params.length; k++) {
            const saved = params[k]!;
            params[k] = saved + h;
            const up = C();
            params[k] = saved - h;
            const down = C();
            params[k] = saved;
            worst = Math.max(worst, relativeError(grads[k]!, (up - down) / (2 * h)));
          }
        }
      });
      expect(worst).toBeLessThan(1e-4);
    }
  });
});

describe('gradient steps', () => {
  it('a fused single-sample step equals accumulate-then-apply', () => {
    const make = () =>
      new Network({ sizes: [3, 4, 2], activations: 'sigmoid' }).initialise(createRandom(9));
    const a = make();
    const b = make();
    const input = [0.2, -0.7, 1.1];
    const target = [1, 0];
    new Backprop(a, 'squared-error').step(input, target, 0.5);
    const bp = new Backprop(b, 'squared-error');
    bp.accumulate(input, target);
    bp.apply(0.5);
    a.layers.forEach((layer, l) => {
      layer.weights.forEach((w, k) => expect(w).toBeCloseTo(b.layers[l]!.weights[k]!, 14));
      layer.biases.forEach((w, k) => expect(w).toBeCloseTo(b.layers[l]!.biases[k]!, 14));
    });
  });

  it('a small step lowers the cost', () => {
    const net = new Network({ sizes: [2, 3, 1], activations: 'tanh' }).initialise(createRandom(4));
    const bp = new Backprop(net, 'squared-error');
    const before = cost('squared-error', net.predict([0.5, -0.5]), [0.9]);
    bp.step([0.5, -0.5], [0.9], 0.05);
    expect(cost('squared-error', net.predict([0.5, -0.5]), [0.9])).toBeLessThan(before);
  });

  it('rejects cross-entropy without a softmax output, and bad targets', () => {
    const net = new Network({ sizes: [2, 2], activations: 'sigmoid' });
    expect(() => new Backprop(net, 'cross-entropy')).toThrow(
      'cross-entropy cost needs a softmax output layer',
    );
    const bp = new Backprop(net, 'squared-error');
    expect(() => bp.accumulate([1, 2], [1])).toThrow('target must have 2 values; got 1');
    expect(() => bp.accumulate([1, 2], [1, Number.NaN])).toThrow(
      'target must be finite numbers; value 1 is NaN',
    );
  });
});
