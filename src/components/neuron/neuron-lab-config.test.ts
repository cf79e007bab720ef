import { describe, expect, it } from 'vitest';
import { neuronLabConfig, neuronLabControls } from './neuron-lab-config';

const site = { component: 'NeuronLab', lessonSource: 'content/lessons/03-bias.mdx' };

describe('NeuronLab config: what its plot is drawn against', () => {
  it('plots against z by default, over ±(reachable |z|) from 4 to 12', () => {
    const config = neuronLabConfig(site, 'n', { inputs: [1, 0.5], weights: [1, 1] });
    expect(config.plotAgainst).toBe('z');
    // Two inputs in [0, 1], weights in [−4, 4], bias in [−6, 6]: |z| ≤ 2 × 4 × 1 + 6 = 14 → 12.
    expect(config.zRange).toEqual([-12, 12]);
    const small = neuronLabConfig(site, 'n', {
      inputs: [1],
      weights: [1],
      weightRange: [-1, 1],
      biasRange: [-1, 1],
    });
    expect(small.zRange).toEqual([-4, 4]);
  });

  it('plots against an input of the neuron, over the input sliders’ range unless told', () => {
    const config = neuronLabConfig(site, 'n', {
      inputs: [1, 0],
      weights: [1, 1],
      inputRange: [-6, 6],
      plotAgainst: 'x2',
    });
    expect(config.plotAgainst).toBe('x2');
    expect(config.xRange).toEqual([-6, 6]);
    const ranged = neuronLabConfig(site, 'n', { inputs: [1], plotAgainst: 'x1', xRange: [-3, 5] });
    expect(ranged.xRange).toEqual([-3, 5]);
  });

  it.each([['x3'], ['x0'], ['w1'], ['X1'], [1]])(
    'rejects plotAgainst=%j on a two-input neuron, naming the file and the prop',
    (value) => {
      expect(() =>
        neuronLabConfig(site, 'n', { inputs: [1, 0], weights: [1, 1], plotAgainst: value as never }),
      ).toThrow(/03-bias\.mdx: <NeuronLab> prop "plotAgainst" must be "z" or an input, "x1" … "x2"/);
    },
  );

  it('rejects an xRange whose min is not below its max', () => {
    expect(() =>
      neuronLabConfig(site, 'n', { inputs: [1], plotAgainst: 'x1', xRange: [2, 2] }),
    ).toThrow(/prop "xRange" must be \[min, max\] with min < max/);
  });
});

describe('NeuronLab controls a link may lock, and what the lesson fixes', () => {
  it('lesson 3’s gate: inputs shown but fixed, weights and f not shown (so fixed too)', () => {
    const gate = neuronLabConfig(site, 'gate', {
      inputs: [1, 1],
      weights: [1, 1],
      bias: 0.5,
      activation: 'step',
      show: ['inputs', 'bias'],
      lock: ['inputs'],
    });
    expect(neuronLabControls(gate)).toEqual({
      controls: ['x1', 'x2', 'b'],
      fixed: ['x1', 'x2', 'w1', 'w2', 'f'],
    });
  });

  it('a lab with every control shown and none locked fixes nothing', () => {
    const free = neuronLabConfig(site, 'n', { inputs: [1, 0] });
    expect(neuronLabControls(free)).toEqual({
      controls: ['x1', 'x2', 'w1', 'w2', 'b', 'f'],
      fixed: [],
    });
  });
});
