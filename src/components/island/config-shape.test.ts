import { describe, expect, it } from 'vitest';
import { GOAL_SHAPE, oneOf, optional, pair, parseConfig, shapeProblems } from './config-shape';
import { ACTIVATION_PLOT_SHAPE, activationPlotConfig } from '../activation/plot-config';
import { SOFTMAX_SHAPE, softmaxConfig } from '../activation/softmax-config';
import { NEURON_LAB_SHAPE, neuronLabConfig } from '../neuron/neuron-lab-config';
import { TRAINING_LAB_SHAPE, trainingLabConfig } from '../training/training-lab-config';

const SHAPE = {
  id: 'string',
  weights: ['number'],
  range: pair('number'),
  f: oneOf('sigmoid', 'relu'),
  caption: optional('string'),
  on: 'boolean',
  goal: GOAL_SHAPE,
} as const;

const GOOD = { id: 'lab', weights: [1, -2.5], range: [-1, 1], f: 'relu', on: true };

describe('shapeProblems', () => {
  it('accepts a config that fits, with or without the optional fields, and extra fields', () => {
    expect(shapeProblems(GOOD, SHAPE)).toEqual([]);
    expect(shapeProblems({ ...GOOD, caption: 'c', extra: 1 }, SHAPE)).toEqual([]);
    const goal = { text: 't', done: 'd', when: { z: 1 }, solution: { bias: 2 } };
    expect(shapeProblems({ ...GOOD, goal }, SHAPE)).toEqual([]);
  });

  it('names every field that does not fit, with its path', () => {
    const bad = {
      weights: [1, 'two', null],
      range: [0],
      f: 'tanh',
      caption: 3,
      on: 'yes',
      goal: { text: 't', done: 'd', when: [], solution: {} },
    };
    expect(shapeProblems(bad, SHAPE)).toEqual([
      'config.id is missing',
      'config.weights[1] must be a number, not a string',
      'config.weights[2] must be a number, not null',
      'config.range must be a pair [min, max], not a list',
      'config.f must be one of "sigmoid", "relu"',
      'config.caption must be a string, not a number',
      'config.on must be a boolean, not a string',
      'config.goal.when must be an object, not a list',
    ]);
  });

  it('refuses non-finite numbers and non-objects at the top', () => {
    expect(shapeProblems({ ...GOOD, weights: [Infinity] }, SHAPE)).toEqual([
      'config.weights[0] must be a number, not Infinity',
    ]);
    expect(shapeProblems([GOOD], SHAPE)).toEqual(['config must be an object, not a list']);
    expect(shapeProblems(null, SHAPE)).toEqual(['config must be an object, not null']);
  });
});

describe('parseConfig', () => {
  it('gives the config when it fits', () => {
    expect(parseConfig(JSON.stringify(GOOD), SHAPE)).toEqual({ config: GOOD, problems: [] });
  });

  it('says what is wrong with a missing, unreadable or ill-fitting config', () => {
    expect(parseConfig(undefined, SHAPE).problems).toEqual(['data-config is missing']);
    expect(parseConfig('{"id": "lab",', SHAPE).problems).toEqual(['data-config is not valid JSON']);
    const r = parseConfig(JSON.stringify({ ...GOOD, id: 7 }), SHAPE);
    expect(r).toEqual({
      config: undefined,
      problems: ['config.id must be a string, not a number'],
    });
  });
});

describe('each island accepts the config its build step makes', () => {
  const site = { component: 'Test', lessonSource: 'content/lessons/test.mdx' };

  it('NeuronLab', () => {
    const plain = neuronLabConfig(site as never, 'lab', { inputs: [1, 0], weights: [2, -1] });
    expect(shapeProblems(JSON.parse(JSON.stringify(plain)), NEURON_LAB_SHAPE)).toEqual([]);
  });

  it('SoftmaxView', () => {
    const config = softmaxConfig(site as never, 'soft', { logits: [1, 2, 3] });
    expect(shapeProblems(JSON.parse(JSON.stringify(config)), SOFTMAX_SHAPE)).toEqual([]);
  });

  it('TrainingLab', () => {
    const config = trainingLabConfig(site as never, 'learn', {}, '/models/x.bin.gz');
    expect(shapeProblems(JSON.parse(JSON.stringify(config)), TRAINING_LAB_SHAPE)).toEqual([]);
  });

  it('ActivationPlot, against z and against an input', () => {
    for (const props of [
      { functions: ['sigmoid', 'relu'] },
      { against: 'x1', inputs: [1], weights: [2], bias: -1, follow: 'lab' },
    ]) {
      const config = activationPlotConfig(site as never, 'p', props as never);
      expect(shapeProblems(JSON.parse(JSON.stringify(config)), ACTIVATION_PLOT_SHAPE)).toEqual([]);
    }
  });
});
