/** ActivationPlot's configuration: validated props, JSON-safe, passed to the browser. */
import { ACTIVATION_NAMES, type ActivationName } from '~/core/activations.ts';
import {
  choiceProp,
  numberListProp,
  numberProp,
  PropError,
  textProp,
  type PropSite,
} from '~/components/props';
import type { NeuronNumbers } from '~/render/plot-axis';
import { oneOf, optional, pair, type Shape } from '~/components/island/config-shape';

export interface ActivationPlotConfig {
  id: string;
  /** The activations drawn, in legend order. */
  functions: ActivationName[];
  /** The horizontal variable: 0 for z, or i (1-based) for the neuron's input x_i. */
  input: number;
  /** The plotted range of the horizontal variable (z, or x_i). */
  range: [number, number];
  /** Also draw each f′ (dashed); only against z. */
  derivatives: boolean;
  /** Against an input: the neuron's x, w and b (a followed NeuronLab's replace them live). */
  neuron?: NeuronNumbers;
  /** Id of a NeuronLab whose current state is marked on the plot. */
  follow?: string;
  /** Switch the drawn function to the followed neuron's activation (a NeuronLab's own plot). */
  trackActivation: boolean;
  caption?: string;
}

/** What the island checks in data-config before using it (config-shape.ts). */
export const ACTIVATION_PLOT_SHAPE: Shape = {
  id: 'string',
  functions: [oneOf(...ACTIVATION_NAMES)],
  input: 'number',
  range: pair('number'),
  derivatives: 'boolean',
  neuron: optional({ inputs: ['number'], weights: ['number'], bias: 'number' }),
  follow: optional('string'),
  trackActivation: 'boolean',
  caption: optional('string'),
};

export interface ActivationPlotProps {
  functions?: ActivationName[];
  /** "z" (the default) or an input, "x1" … "x8": a = f(w·x + b) against that input. */
  against?: string;
  zRange?: [number, number];
  /** The range of the input on a plot against an input (default [−4, 4]). */
  xRange?: [number, number];
  /** Against an input: the neuron's inputs (the others stay fixed), weights and bias. */
  inputs?: number[];
  weights?: number[];
  bias?: number;
  derivatives?: boolean;
  follow?: string;
  trackActivation?: boolean;
  caption?: string;
}

const AGAINST = /^(z|x[1-8])$/;

function rangeProp(site: PropSite, prop: string, value: unknown): [number, number] {
  const [min, max] = numberListProp(site, prop, value, {
    minLength: 2,
    maxLength: 2,
    min: -100,
    max: 100,
  });
  if (!(min! < max!)) throw new PropError(site, prop, '[min, max] with min < max', value);
  return [min!, max!];
}

/** The props only a plot against an input takes: rejected on a plot against z. */
const INPUT_ONLY = ['xRange', 'inputs', 'weights', 'bias'] as const;

/** x, w and b of a plot against input `index`, each checked. */
function neuronProps(site: PropSite, p: ActivationPlotProps, index: number): NeuronNumbers {
  const list = { minLength: 1, maxLength: 8, min: -1000, max: 1000 };
  const weights = numberListProp(site, 'weights', p.weights, list);
  const inputs = numberListProp(site, 'inputs', p.inputs, list);
  if (inputs.length !== weights.length) {
    throw new PropError(site, 'inputs', `one input per weight (${weights.length})`, p.inputs);
  }
  if (index > weights.length) {
    throw new PropError(
      site,
      'against',
      `an input of the neuron, x1 … x${weights.length}`,
      p.against,
    );
  }
  const bias = numberProp(site, 'bias', p.bias, { min: -1000, max: 1000 });
  return { inputs, weights, bias };
}

export function activationPlotConfig(
  site: PropSite,
  id: string,
  p: ActivationPlotProps,
): ActivationPlotConfig {
  const names = p.functions ?? ['sigmoid', 'tanh', 'relu'];
  if (!Array.isArray(names) || names.length < 1 || names.length > ACTIVATION_NAMES.length) {
    throw new PropError(
      site,
      'functions',
      `a list of 1 to ${ACTIVATION_NAMES.length} activation names`,
      names,
    );
  }
  const functions = [
    ...new Set(names.map((n) => choiceProp(site, 'functions', n, ACTIVATION_NAMES))),
  ];
  const against = p.against ?? 'z';
  if (typeof against !== 'string' || !AGAINST.test(against)) {
    throw new PropError(site, 'against', '"z" or an input "x1" … "x8"', p.against);
  }
  const input = against === 'z' ? 0 : Number(against.slice(1));
  if (p.derivatives !== undefined && typeof p.derivatives !== 'boolean') {
    throw new PropError(site, 'derivatives', 'true or false', p.derivatives);
  }
  const config: ActivationPlotConfig = {
    id,
    functions,
    input,
    range: [-6, 6],
    derivatives: p.derivatives ?? false,
    trackActivation: p.trackActivation ?? false,
  };
  if (input === 0) {
    for (const prop of INPUT_ONLY) {
      if (p[prop] !== undefined) {
        throw new PropError(site, prop, 'left out on a plot against z (use against="x1")', p[prop]);
      }
    }
    config.range = p.zRange === undefined ? [-6, 6] : rangeProp(site, 'zRange', p.zRange);
  } else {
    if (p.zRange !== undefined) {
      throw new PropError(
        site,
        'zRange',
        'left out on a plot against an input (use xRange)',
        p.zRange,
      );
    }
    if (config.derivatives) {
      throw new PropError(site, 'derivatives', 'false on a plot against an input', true);
    }
    config.range = p.xRange === undefined ? [-4, 4] : rangeProp(site, 'xRange', p.xRange);
    config.neuron = neuronProps(site, p, input);
  }
  if (p.follow !== undefined) config.follow = textProp(site, 'follow', p.follow);
  if (p.caption !== undefined) config.caption = textProp(site, 'caption', p.caption);
  return config;
}
