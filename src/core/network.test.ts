import { describe, expect, it } from 'vitest';
import { getActivation, softmax } from './activations.ts';
import { evaluateNeuron } from './neuron.ts';
import { argmax, Network } from './network.ts';
import { createRandom } from './random.ts';

/** An independent, obvious forward pass from the textbook formula a⁽ˡ⁾ = f(W a⁽ˡ⁻¹⁾ + b). */
function naiveForward(net: Network, input: number[]): number[][] {
  const out = [input];
  net.layers.forEach((layer, l) => {
    const prev = out[l]!;
    const z = Array.from({ length: layer.outputSize }, (_, i) => {
      let s = layer.biases[i]!;
      for (let j = 0; j < layer.inputSize; j++)
        s += layer.weights[i * layer.inputSize + j]! * prev[j]!;
      return s;
    });
    const last = l === net.layers.length - 1;
    out.push(
      last && net.softmaxOutput
        ? Array.from(softmax.output(z))
        : z.map((v) => getActivation(layer.activation.name).output(v)),
    );
  });
  return out;
}

describe('evaluateNeuron', () => {
  it('returns each contribution, the weighted sum and the activation', () => {
    const r = evaluateNeuron({ weights: [0.8, -1.2], bias: 0.3, activation: 'sigmoid' }, [1, 0.5]);
    expect(r.contributions).toEqual([0.8, -0.6]);
    expect(r.z).toBeCloseTo(0.5, 14);
    expect(r.a).toBeCloseTo(1 / (1 + Math.exp(-0.5)), 14);
    expect(r.slope).toBeCloseTo(r.a * (1 - r.a), 14);
  });

  it.each([
    [[1], 'inputs must have 2 values; got 1'],
    [[1, Number.NaN], 'inputs must be finite numbers; value 1 is NaN'],
    [[Infinity, 1], 'inputs must be finite numbers; value 0 is Infinity'],
  ])('rejects inputs %j', (inputs, message) => {
    expect(() =>
      evaluateNeuron({ weights: [1, 2], bias: 0, activation: 'relu' }, inputs as number[]),
    ).toThrow(message);
  });

  it('rejects an unknown activation and a non-finite bias', () => {
    expect(() =>
      evaluateNeuron({ weights: [1], bias: 0, activation: 'nope' as 'relu' }, [1]),
    ).toThrow(/Unknown activation "nope"/);
    expect(() => evaluateNeuron({ weights: [1], bias: NaN, activation: 'relu' }, [1])).toThrow(
      'bias must be a finite number; got NaN',
    );
  });
});

describe('Network', () => {
  it('counts the 13,002 weights and biases of 784-16-16-10', () => {
    expect(new Network({ sizes: [784, 16, 16, 10], activations: 'sigmoid' }).parameterCount).toBe(
      13002,
    );
  });

  it.each([
    [[3, 5, 2], ['tanh', 'sigmoid'], undefined],
    [[7, 4, 4, 3], ['relu', 'leaky-relu', 'identity'], 'softmax'],
    [[5, 1], ['sigmoid'], undefined],
    [[9, 6, 3], ['sigmoid', 'sigmoid'], 'softmax'],
  ] as const)('forward on %j matches the textbook formula', (sizes, activations, output) => {
    const random = createRandom(7);
    const net = new Network({ sizes, activations, output }).initialise(random);
    for (const layer of net.layers)
      layer.biases.forEach((_, i) => (layer.biases[i] = random.normal()));
    for (let trial = 0; trial < 5; trial++) {
      // Odd trials use a mostly-zero input, which takes the sparse path.
      const input = Array.from({ length: sizes[0] }, (_, j) =>
        trial % 2 === 1 && j % 4 !== 0 ? 0 : random.normal() * 2,
      );
      const expected = naiveForward(net, input);
      const actual = net.forward(input);
      expected.forEach((layer, l) =>
        layer.forEach((v, i) => expect(actual[l]![i]).toBeCloseTo(v, 12)),
      );
    }
  });

  it('each row of W is one neuron of the next layer', () => {
    const net = new Network({ sizes: [2, 2], activations: 'identity' });
    net.layers[0]!.weights.set([1, 2, 3, 4]); // row 0 = [1, 2], row 1 = [3, 4]
    expect(Array.from(net.predict([10, 1]))).toEqual([12, 34]);
  });

  it('initialisation is reproducible from the seed and scaled per layer', () => {
    const make = (seed: number) =>
      new Network({ sizes: [784, 16, 10], activations: ['relu', 'sigmoid'] }).initialise(
        createRandom(seed),
      );
    expect(make(3).layers[0]!.weights).toEqual(make(3).layers[0]!.weights);
    expect(make(3).layers[0]!.weights).not.toEqual(make(4).layers[0]!.weights);
    const std = (w: Float64Array) => Math.sqrt(w.reduce((s, v) => s + v * v, 0) / w.length);
    const net = make(5);
    expect(std(net.layers[0]!.weights)).toBeCloseTo(Math.sqrt(2 / 784), 2); // He
    expect(std(net.layers[1]!.weights)).toBeCloseTo(Math.sqrt(2 / 26), 1); // Xavier
  });

  it.each([
    [{ sizes: [], activations: 'sigmoid' }, 'A network shape needs at least 2 layer sizes'],
    [{ sizes: [3], activations: 'sigmoid' }, 'A network shape needs at least 2 layer sizes'],
    [{ sizes: [3, 0], activations: 'sigmoid' }, 'layer 1 is 0'],
    [{ sizes: [3, 2.5], activations: 'sigmoid' }, 'layer 1 is 2.5'],
    [{ sizes: [3, 2, 1], activations: ['sigmoid'] }, 'needs 2 activation names'],
    [{ sizes: [3, 1], activations: 'swish' }, 'Unknown activation "swish"'],
  ])('rejects the spec %j', (spec, message) => {
    expect(() => new Network(spec as never)).toThrow(message);
  });

  it.each([
    [[1, 2], 'input must have 3 values; got 2'],
    [[1, 2, Number.NaN], 'input must be finite numbers; value 2 is NaN'],
    [[1, -Infinity, 2], 'input must be finite numbers; value 1 is -Infinity'],
  ])('forward rejects the input %j', (input, message) => {
    const net = new Network({ sizes: [3, 1], activations: 'relu' });
    expect(() => net.forward(input)).toThrow(message);
  });

  it('argmax picks the brightest output, the first on a tie', () => {
    expect(argmax([0.1, 0.7, 0.2])).toBe(1);
    expect(argmax([0.5, 0.5])).toBe(0);
  });
});
