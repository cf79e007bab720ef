import { describe, expect, it } from 'vitest';
import { activationPlotConfig, type ActivationPlotProps } from './plot-config';

const site = { component: 'ActivationPlot', lessonSource: 'content/lessons/03-bias.mdx' };
const input: ActivationPlotProps = {
  functions: ['sigmoid'],
  against: 'x1',
  inputs: [0.5],
  weights: [2],
  bias: -1,
};

describe('ActivationPlot props', () => {
  it('plots against z by default, over [−6, 6]', () => {
    const c = activationPlotConfig(site, 'p', {});
    expect(c.input).toBe(0);
    expect(c.range).toEqual([-6, 6]);
    expect(c.neuron).toBeUndefined();
  });

  it('plots against an input with the neuron’s numbers and an x range', () => {
    const c = activationPlotConfig(site, 'p', { ...input, xRange: [-3, 3] });
    expect(c.input).toBe(1);
    expect(c.range).toEqual([-3, 3]);
    expect(c.neuron).toEqual({ inputs: [0.5], weights: [2], bias: -1 });
    expect(activationPlotConfig(site, 'p', input).range).toEqual([-4, 4]);
  });

  it.each([
    ['against', { ...input, against: 'y' }, /"z" or an input "x1" … "x8"; got "y"/],
    ['against', { ...input, against: 'x2' }, /an input of the neuron, x1 … x1; got "x2"/],
    ['weights', { ...input, weights: undefined }, /a list of 1 to 8 finite numbers/],
    ['inputs', { ...input, inputs: [1, 2] }, /one input per weight \(1\)/],
    ['bias', { ...input, bias: 'high' }, /a finite number between -1000 and 1000; got "high"/],
    ['xRange', { ...input, xRange: [2, 1] }, /\[min, max\] with min < max/],
    ['zRange', { ...input, zRange: [-1, 1] }, /left out on a plot against an input/],
    ['derivatives', { ...input, derivatives: true }, /false on a plot against an input/],
    ['xRange', { xRange: [-1, 1] }, /left out on a plot against z/],
    ['bias', { bias: 1 }, /left out on a plot against z/],
  ])('an invalid %s fails, naming the lesson and the prop', (prop, props, detail) => {
    const call = () => activationPlotConfig(site, 'p', props as ActivationPlotProps);
    expect(call).toThrow(`content/lessons/03-bias.mdx: <ActivationPlot> prop "${prop}" must be`);
    expect(call).toThrow(detail);
  });
});
