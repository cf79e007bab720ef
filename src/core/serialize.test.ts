import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ACTIVATION_NAMES } from './activations.ts';
import { Network } from './network.ts';
import { createRandom } from './random.ts';
import { fromDocument, parseNetwork, serialiseNetwork, toDocument } from './serialize.ts';

const small = () => {
  const net = new Network({
    sizes: [3, 2, 2],
    activations: ['tanh', 'sigmoid'],
    output: 'softmax',
  });
  return net.initialise(createRandom(1));
};

describe('network documents', () => {
  it('property: any network round-trips exactly through JSON', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 6 }), { minLength: 2, maxLength: 4 }),
        fc.constantFrom(...ACTIVATION_NAMES),
        fc.boolean(),
        fc.integer(),
        (sizes, activation, soft, seed) => {
          const net = new Network({
            sizes,
            activations: activation,
            output: soft ? 'softmax' : 'activation',
          }).initialise(createRandom(seed));
          const back = parseNetwork(serialiseNetwork(net));
          expect(back.sizes).toEqual(net.sizes);
          expect(back.softmaxOutput).toBe(net.softmaxOutput);
          back.layers.forEach((layer, l) => {
            expect(layer.activation.name).toBe(net.layers[l]!.activation.name);
            expect(layer.weights).toEqual(net.layers[l]!.weights);
            expect(layer.biases).toEqual(net.layers[l]!.biases);
          });
          const input = sizes
            .map(() => 0)
            .slice(0, 1)
            .concat(Array(sizes[0]! - 1).fill(0.5));
          expect(back.predict(input)).toEqual(net.predict(input));
        },
      ),
      { numRuns: 60 },
    );
  });

  it('stores each row of W as one neuron of the next layer', () => {
    const net = new Network({ sizes: [2, 3], activations: 'identity' });
    net.layers[0]!.weights.set([1, 2, 3, 4, 5, 6]);
    expect(toDocument(net).layers[0]!.weights).toEqual([
      [1, 2],
      [3, 4],
      [5, 6],
    ]);
  });

  it('rounds to significant digits when asked', () => {
    const net = new Network({ sizes: [1, 1], activations: 'identity' });
    net.layers[0]!.weights[0] = 0.123456789;
    expect(toDocument(net, 3).layers[0]!.weights[0]![0]).toBe(0.123);
  });

  const valid = () => JSON.parse(serialiseNetwork(small()));
  it.each([
    ['not JSON', () => '{oops', 'not valid JSON'],
    ['a list', () => '[]', 'must be an object; got a list'],
    [
      'a wrong format',
      () => ({ ...valid(), format: 'other' }),
      'format must be "neuron-lab/network"',
    ],
    [
      'an unknown version',
      () => ({ ...valid(), version: 2 }),
      'Unsupported network document version 2',
    ],
    [
      'an unknown activation',
      () => ({ ...valid(), activations: ['tanh', 'swish'] }),
      'activations[1] is "swish"',
    ],
    [
      'a bad output',
      () => ({ ...valid(), output: 'argmax' }),
      'output must be "softmax" or "activation"',
    ],
    ['a bad shape', () => ({ ...valid(), sizes: [3, 0, 2] }), 'layer 1 is 0'],
    [
      'too few layers',
      () => ({ ...valid(), layers: valid().layers.slice(1) }),
      'layers must list 2 layers; got 1',
    ],
    [
      'a missing row',
      () => {
        const d = valid();
        d.layers[0].weights.pop();
        return d;
      },
      'layers[0].weights must have 2 rows (one per neuron); got 1',
    ],
    [
      'a short row',
      () => {
        const d = valid();
        d.layers[1].weights[1].pop();
        return d;
      },
      'layers[1].weights[1] must have 2 numbers; got 1',
    ],
    [
      'a non-finite number',
      () => {
        const d = valid();
        d.layers[0].biases[1] = 'NaN';
        return d;
      },
      'layers[0].biases[1] must be a finite number; got "NaN"',
    ],
  ])('rejects %s, naming the problem', (_, make, message) => {
    const doc = make();
    const load = () => (typeof doc === 'string' ? parseNetwork(doc) : fromDocument(doc));
    expect(load).toThrow(message);
  });
});
