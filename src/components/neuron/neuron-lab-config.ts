/**
 * NeuronLab's configuration: its props validated into a plain object (at build time), passed
 * to the browser in a data attribute, and the URL schema derived from it.
 */
import { ACTIVATION_NAMES, type ActivationName } from '~/core/activations.ts';
import {
  choiceProp,
  numberListProp,
  numberProp,
  PropError,
  textProp,
  type PropSite,
} from '~/components/props';
import type { Schema } from '~/state/url-state';
import { neuronGoalProp, type NeuronGoal } from '~/components/challenge/neuron-goal';
import { GOAL_SHAPE, oneOf, optional, pair, type Shape } from '~/components/island/config-shape';

/** The parts of the neuron a reader can control. */
export const CONTROL_GROUPS = ['inputs', 'weights', 'bias', 'activation'] as const;
export type ControlGroup = (typeof CONTROL_GROUPS)[number];

export type Range = [min: number, max: number];

/** Everything the island needs, JSON-safe. */
export interface NeuronLabConfig {
  id: string;
  /** Initial x_1 … x_n, w_1 … w_n, b and f: also what Reset returns to. */
  inputs: number[];
  weights: number[];
  bias: number;
  activation: ActivationName;
  /** Slider ranges. */
  inputRange: Range;
  weightRange: Range;
  biasRange: Range;
  /** Slider step for the weights and the bias. */
  step: number;
  /** Slider step for the inputs (1 makes them on/off switches). */
  inputStep: number;
  /** Which groups have controls, and which of those are shown but cannot move. */
  show: ControlGroup[];
  lock: ControlGroup[];
  /** The z range of the activation plot. */
  zRange: Range;
  /**
   * What the lab's plot has across: "z", or one input "x1" … "xn", plotting a = f(w·x + b)
   * against that input with the others held, so moving b slides the curve sideways.
   */
  plotAgainst: string;
  /** The range of that input on the plot (default: the input sliders' range). */
  xRange: Range;
  caption?: string;
  /** A goal the lab checks (challenge/neuron-goal.ts). */
  goal?: NeuronGoal;
}

/** What the island checks in data-config before using it (config-shape.ts). */
export const NEURON_LAB_SHAPE: Shape = {
  id: 'string',
  inputs: ['number'],
  weights: ['number'],
  bias: 'number',
  activation: oneOf(...ACTIVATION_NAMES),
  inputRange: pair('number'),
  weightRange: pair('number'),
  biasRange: pair('number'),
  step: 'number',
  inputStep: 'number',
  show: [oneOf(...CONTROL_GROUPS)],
  lock: [oneOf(...CONTROL_GROUPS)],
  zRange: pair('number'),
  plotAgainst: 'string',
  xRange: pair('number'),
  caption: optional('string'),
  goal: GOAL_SHAPE,
};

/** The props a lesson may give (all optional). */
export interface NeuronLabProps {
  id?: string;
  inputs?: number[];
  weights?: number[];
  bias?: number;
  activation?: ActivationName;
  inputRange?: Range;
  weightRange?: Range;
  biasRange?: Range;
  step?: number;
  inputStep?: number;
  show?: ControlGroup[];
  lock?: ControlGroup[];
  zRange?: Range;
  plotAgainst?: string;
  xRange?: Range;
  caption?: string;
  /** { text, when, solution, done? }: see challenge/neuron-goal.ts. */
  goal?: unknown;
}

const LIMIT = 1000;

function rangeProp(site: PropSite, prop: string, value: unknown, fallback: Range): Range {
  if (value === undefined) return fallback;
  const [min, max] = numberListProp(site, prop, value, {
    minLength: 2,
    maxLength: 2,
    min: -LIMIT,
    max: LIMIT,
  });
  if (!(min! < max!)) throw new PropError(site, prop, '[min, max] with min < max', value);
  return [min!, max!];
}

function groupsProp(site: PropSite, prop: string, value: unknown, fallback: ControlGroup[]) {
  if (value === undefined) return fallback;
  if (!Array.isArray(value)) {
    throw new PropError(site, prop, `a list drawn from ${CONTROL_GROUPS.join(', ')}`, value);
  }
  return value.map((v) => choiceProp(site, prop, v, CONTROL_GROUPS));
}

function within(site: PropSite, prop: string, values: number[], [min, max]: Range): void {
  if (values.some((v) => v < min || v > max)) {
    throw new PropError(site, prop, `values within its range [${min}, ${max}]`, values);
  }
}

/** "z" (the default) or an input of this neuron, "x1" … "xn". */
function plotAgainstProp(site: PropSite, value: unknown, inputs: number): string {
  if (value === undefined) return 'z';
  const index = typeof value === 'string' && /^x[1-8]$/.test(value) ? Number(value.slice(1)) : 0;
  if (value !== 'z' && !(index >= 1 && index <= inputs)) {
    throw new PropError(site, 'plotAgainst', `"z" or an input, "x1" … "x${inputs}"`, value);
  }
  return value as string;
}

/** Validates NeuronLab's props into its config; throws a PropError naming the bad prop. */
export function neuronLabConfig(site: PropSite, id: string, p: NeuronLabProps): NeuronLabConfig {
  const inputs = numberListProp(site, 'inputs', p.inputs ?? [1, 0.5], {
    minLength: 1,
    maxLength: 8,
    min: -LIMIT,
    max: LIMIT,
  });
  const weights = numberListProp(site, 'weights', p.weights ?? inputs.map(() => 1), {
    minLength: 1,
    maxLength: 8,
    min: -LIMIT,
    max: LIMIT,
  });
  if (weights.length !== inputs.length) {
    throw new PropError(site, 'weights', `one weight per input (${inputs.length})`, weights);
  }
  const inputRange = rangeProp(site, 'inputRange', p.inputRange, [0, 1]);
  const weightRange = rangeProp(site, 'weightRange', p.weightRange, [-4, 4]);
  const biasRange = rangeProp(site, 'biasRange', p.biasRange, [-6, 6]);
  within(site, 'inputs', inputs, inputRange);
  within(site, 'weights', weights, weightRange);
  const bias = numberProp(site, 'bias', p.bias ?? 0, { min: biasRange[0], max: biasRange[1] });
  const step = numberProp(site, 'step', p.step ?? 0.01, { min: 0.001, max: 10 });
  const inputStep = numberProp(site, 'inputStep', p.inputStep ?? step, { min: 0.001, max: 10 });
  // The plot spans the largest |z| the sliders can reach, from 4 up to 12 either side.
  const largest = (r: Range) => Math.max(Math.abs(r[0]), Math.abs(r[1]));
  const reach = inputs.length * largest(weightRange) * largest(inputRange) + largest(biasRange);
  const wide = Math.min(Math.max(Math.ceil(reach), 4), 12);
  const config: NeuronLabConfig = {
    id,
    inputs,
    weights,
    bias,
    activation: choiceProp(site, 'activation', p.activation ?? 'sigmoid', ACTIVATION_NAMES),
    inputRange,
    weightRange,
    biasRange,
    step,
    inputStep,
    show: groupsProp(site, 'show', p.show, [...CONTROL_GROUPS]),
    lock: groupsProp(site, 'lock', p.lock, []),
    zRange: rangeProp(site, 'zRange', p.zRange, [-wide, wide]),
    plotAgainst: plotAgainstProp(site, p.plotAgainst, inputs.length),
    xRange: rangeProp(site, 'xRange', p.xRange, inputRange),
  };
  if (p.caption !== undefined) config.caption = textProp(site, 'caption', p.caption);
  if (p.goal !== undefined) config.goal = neuronGoalProp(site, p.goal, config);
  return config;
}

/** URL keys: x1…xn, w1…wn, b, f. */
export function neuronLabSchema(config: NeuronLabConfig): Schema {
  const schema: Schema = {};
  config.inputs.forEach((x, i) => {
    const [min, max] = config.inputRange;
    schema[`x${i + 1}`] = { kind: 'number', min, max, default: x };
  });
  config.weights.forEach((w, i) => {
    const [min, max] = config.weightRange;
    schema[`w${i + 1}`] = { kind: 'number', min, max, default: w };
  });
  schema.b = {
    kind: 'number',
    min: config.biasRange[0],
    max: config.biasRange[1],
    default: config.bias,
  };
  schema.f = { kind: 'choice', choices: ACTIVATION_NAMES, default: config.activation };
  return schema;
}

/** Values by URL key: numbers for x_i, w_i and b, the activation name for f. */
export type NeuronLabState = Record<string, number | string>;

/** The neuron in a state: x, w, b and f as the core takes them. */
export function neuronOf(config: NeuronLabConfig, state: NeuronLabState) {
  const n = config.inputs.length;
  return {
    inputs: Array.from({ length: n }, (_, i) => state[`x${i + 1}`] as number),
    weights: Array.from({ length: n }, (_, i) => state[`w${i + 1}`] as number),
    bias: state.b as number,
    activation: state.f as ActivationName,
  };
}

/**
 * Whether the neuron has a bias worth writing in its sum: one the reader can move, or a fixed
 * one that is not 0. A neuron shown with no bias control and b = 0 sums its inputs only.
 */
export function hasBias(config: Pick<NeuronLabConfig, 'show' | 'bias'>): boolean {
  return config.show.includes('bias') || config.bias !== 0;
}

/** The URL keys of one control group: x1…xn, w1…wn, b or f. */
function groupKeys(config: NeuronLabConfig, group: ControlGroup): string[] {
  const n = config.inputs.length;
  if (group === 'inputs') return Array.from({ length: n }, (_, i) => `x${i + 1}`);
  if (group === 'weights') return Array.from({ length: n }, (_, i) => `w${i + 1}`);
  return [group === 'bias' ? 'b' : 'f'];
}

/**
 * The controls a link may lock or hide (those the lesson shows, in the page's order), and
 * the fields the lesson fixes, which a link cannot change: its locked groups and the groups
 * it does not show (the reader cannot see or move them either).
 */
export function neuronLabControls(config: NeuronLabConfig): {
  controls: string[];
  fixed: string[];
} {
  const controls: string[] = [];
  const fixed: string[] = [];
  for (const group of CONTROL_GROUPS) {
    const keys = groupKeys(config, group);
    if (config.show.includes(group)) controls.push(...keys);
    if (config.lock.includes(group) || !config.show.includes(group)) fixed.push(...keys);
  }
  return { controls, fixed };
}
