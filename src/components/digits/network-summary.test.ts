import { describe, expect, it } from 'vitest';
import type { LayerWeights } from '~/render/network-frame';
import { neuronName, summaryText, viewSummary } from './network-summary';

/** The same 4-2-2-1 network as the frame tests; activations given by hand. */
const layers: LayerWeights[] = [
  { inputSize: 4, outputSize: 2, weights: [1, -1, 0.5, 0, 0, 2, 0, -0.25] },
  { inputSize: 2, outputSize: 2, weights: [1, -1.2, 0.1, 3] },
  { inputSize: 2, outputSize: 1, weights: [2, -0.5] },
];
const activations = [[1, 0.5, 0, 1], [0.6, 1], [1, 0.2], [0.9]];

describe('summaryText', () => {
  it('names the top output and its strongest inputs w·a, signed, with a true minus', () => {
    // Into the output: 2·1 = 2 from neuron 1, −0.5·0.2 = −0.1 from neuron 2.
    expect(summaryText({ layer: 3, neuron: 0 }, layers, activations, true)).toBe(
      "Output 0 at 0.90 (the network's top guess); strongest signals w·a into it, from hidden layer 2: neuron 1 (+2.00), neuron 2 (\u22120.10).",
    );
  });

  it('names at most three inputs, strongest first', () => {
    // Into hidden layer 2, neuron 1: 1·0.6 = 0.6 and −1.2·1 = −1.2.
    expect(summaryText({ layer: 2, neuron: 0 }, layers, activations)).toBe(
      'Hidden layer 2, neuron 1 at 1.00; strongest signals w·a into it, from hidden layer 1: neuron 2 (\u22121.20), neuron 1 (+0.60).',
    );
  });

  it('names pixels by row and column for the first layer', () => {
    // Into hidden neuron 2: 0·1 = 0 (pixel 1), 2·0.5 = 1 (pixel 2), −0.25·1 (pixel 4).
    expect(summaryText({ layer: 1, neuron: 1 }, layers, activations)).toBe(
      'Hidden layer 1, neuron 2 at 1.00; strongest signals w·a into it, from the input: pixel row 1, column 2 (+1.00), pixel row 1, column 4 (\u22120.25), pixel row 1, column 1 (0.00).',
    );
  });

  it('says so when no pixel is inked', () => {
    const blank = [[0, 0, 0, 0], [0.3, 0.7], [1, 0.2], [0.9]];
    expect(summaryText({ layer: 1, neuron: 0 }, layers, blank)).toBe(
      'Hidden layer 1, neuron 1 at 0.30; no inked pixel reaches it, so its sum is its bias alone.',
    );
  });

  it('counts hidden neurons from 1 and outputs by digit', () => {
    expect(neuronName({ layer: 1, neuron: 0 }, 3)).toBe('Hidden layer 1, neuron 1');
    expect(neuronName({ layer: 3, neuron: 7 }, 3)).toBe('Output 7');
  });
});

describe('viewSummary', () => {
  // The same network with two outputs, so that the top one has to be found: 0.3 and 0.8.
  const two: LayerWeights[] = [
    layers[0]!,
    layers[1]!,
    { inputSize: 2, outputSize: 2, weights: [2, -0.5, 0, 1] },
  ];
  const acts = [
    [1, 0.5, 0, 1],
    [0.6, 1],
    [1, 0.2],
    [0.3, 0.8],
  ];

  it('with nothing selected, speaks of the top output (1, at 0.80), its inputs w·a by size', () => {
    // Into output 1: 0·1 = 0 from neuron 1, 1·0.2 = 0.2 from neuron 2.
    expect(viewSummary(two, acts, [1, 0.5, 0, 1])).toBe(
      "Output 1 at 0.80 (the network's top guess); strongest signals w·a into it, from hidden layer 2: neuron 2 (+0.20), neuron 1 (0.00).",
    );
  });

  it('says first that nothing is drawn when every pixel is 0', () => {
    expect(viewSummary(two, acts, [0, 0, 0, 0])).toMatch(/^Nothing drawn yet\. Output 1 at 0\.80 /);
  });

  it('speaks of the selected neuron, drawn or not, and not of a top guess', () => {
    expect(viewSummary(two, acts, [0, 0, 0, 0], { layer: 2, neuron: 0 })).toBe(
      'Hidden layer 2, neuron 1 at 1.00; strongest signals w·a into it, from hidden layer 1: neuron 2 (\u22121.20), neuron 1 (+0.60).',
    );
  });
});
