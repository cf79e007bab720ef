/**
 * Goals for a NeuronLab, checked on its neuron (inputs x, weights w, bias b, function f):
 *
 *   { z: 0 }                              z = w·x + b is exactly 0
 *   { a: { below: 0 }, activation: 'tanh' } a tanh neuron with a negative activation
 *   { inputs: [1, 1, 1], z: 0, nonzeroWeights: true }
 *   { weights: [0.5, 1, -3], bias: 2 }    these weights and this bias, exactly
 *   { gate: 'and' }                       over every 0/1 input pattern, a ≥ 0.5 exactly when
 *                                         all inputs are 1 (or: 'or', 'nand', 'nor')
 *
 * Every condition given must hold. A solution sets some of the lab's props, { inputs,
 * weights, bias, activation }, on top of its start, and only what the reader can move.
 */
import { ACTIVATION_NAMES, getActivation, type ActivationName } from '~/core/activations.ts';
import {
  choiceProp,
  numberListProp,
  numberProp,
  PropError,
  type PropSite,
} from '~/components/props';
import type { NeuronLabConfig } from '~/components/neuron/neuron-lab-config';
import { goalProp, type Goal } from './goal';
import { isRecord, meets, onlyKeys, targetProp, type Target } from './targets';

export const GATES = ['and', 'or', 'nand', 'nor'] as const;
export type Gate = (typeof GATES)[number];

export interface NeuronWhen {
  z?: Target;
  a?: Target;
  activation?: ActivationName;
  inputs?: Target[];
  weights?: Target[];
  bias?: Target;
  nonzeroWeights?: true;
  gate?: Gate;
}

export interface NeuronSolution {
  inputs?: number[];
  weights?: number[];
  bias?: number;
  activation?: ActivationName;
}

/** The neuron a goal is checked on. */
export interface NeuronNow {
  inputs: readonly number[];
  weights: readonly number[];
  bias: number;
  activation: ActivationName;
}

export type NeuronGoal = Goal<NeuronWhen, NeuronSolution>;

const sumOf = (n: NeuronNow, inputs: readonly number[]) =>
  inputs.reduce((s, x, i) => s + n.weights[i]! * x, n.bias);

/** Whether the gate's truth table holds: a ≥ 0.5 on exactly the gate's rows. */
function isGate(n: NeuronNow, gate: Gate): boolean {
  const f = getActivation(n.activation);
  const count = n.inputs.length;
  for (let row = 0; row < 2 ** count; row++) {
    const x = Array.from({ length: count }, (_, i) => (row >> i) & 1);
    const on = x.filter((v) => v === 1).length;
    const want = { and: on === count, or: on > 0, nand: on < count, nor: on === 0 }[gate];
    if (f.output(sumOf(n, x)) >= 0.5 !== want) return false;
  }
  return true;
}

const all = (values: readonly number[], targets: Target[] | undefined) =>
  !targets || targets.every((t, i) => meets(values[i]!, t));

/** Whether the neuron meets every condition of `when`. */
export function neuronGoalMet(when: NeuronWhen, n: NeuronNow): boolean {
  const z = sumOf(n, n.inputs);
  return (
    (when.z === undefined || meets(z, when.z)) &&
    (when.a === undefined || meets(getActivation(n.activation).output(z), when.a)) &&
    (when.activation === undefined || n.activation === when.activation) &&
    all(n.inputs, when.inputs) &&
    all(n.weights, when.weights) &&
    (when.bias === undefined || meets(n.bias, when.bias)) &&
    (!when.nonzeroWeights || n.weights.every((w) => w !== 0)) &&
    (when.gate === undefined || isGate(n, when.gate))
  );
}

/** The lab's start with a solution applied. */
export function withSolution(config: NeuronLabConfig, s: NeuronSolution): NeuronNow {
  return {
    inputs: s.inputs ?? config.inputs,
    weights: s.weights ?? config.weights,
    bias: s.bias ?? config.bias,
    activation: s.activation ?? config.activation,
  };
}

function targets(site: PropSite, prop: string, raw: unknown, count: number): Target[] {
  if (!Array.isArray(raw) || raw.length !== count) {
    throw new PropError(site, prop, `a list of ${count} numbers or ranges, one per input`, raw);
  }
  return raw.map((t, i) => targetProp(site, `${prop}[${i}]`, t));
}

function readWhen(site: PropSite, prop: string, raw: unknown, config: NeuronLabConfig) {
  if (!isRecord(raw) || Object.keys(raw).length === 0) {
    throw new PropError(site, prop, 'an object with at least one condition', raw);
  }
  const keys = ['z', 'a', 'activation', 'inputs', 'weights', 'bias', 'nonzeroWeights', 'gate'];
  onlyKeys(site, prop, raw, keys);
  const n = config.inputs.length;
  const when: NeuronWhen = {};
  if (raw.z !== undefined) when.z = targetProp(site, `${prop}.z`, raw.z);
  if (raw.a !== undefined) when.a = targetProp(site, `${prop}.a`, raw.a);
  if (raw.bias !== undefined) when.bias = targetProp(site, `${prop}.bias`, raw.bias);
  if (raw.inputs !== undefined) when.inputs = targets(site, `${prop}.inputs`, raw.inputs, n);
  if (raw.weights !== undefined) when.weights = targets(site, `${prop}.weights`, raw.weights, n);
  if (raw.activation !== undefined) {
    when.activation = choiceProp(site, `${prop}.activation`, raw.activation, ACTIVATION_NAMES);
  }
  if (raw.nonzeroWeights !== undefined) {
    if (raw.nonzeroWeights !== true) {
      throw new PropError(site, `${prop}.nonzeroWeights`, 'true (or left out)', raw.nonzeroWeights);
    }
    when.nonzeroWeights = true;
  }
  if (raw.gate !== undefined) {
    when.gate = choiceProp(site, `${prop}.gate`, raw.gate, GATES);
    if (n < 2)
      throw new PropError(site, `${prop}.gate`, 'used on a neuron with 2 or more inputs', raw.gate);
  }
  return when;
}

function readSolution(site: PropSite, prop: string, raw: unknown, config: NeuronLabConfig) {
  if (!isRecord(raw) || Object.keys(raw).length === 0) {
    throw new PropError(site, prop, 'an object setting inputs, weights, bias or activation', raw);
  }
  onlyKeys(site, prop, raw, ['inputs', 'weights', 'bias', 'activation']);
  // A reader can only reach what the lab shows and does not lock.
  for (const key of Object.keys(raw) as (keyof NeuronSolution)[]) {
    if (!config.show.includes(key) || config.lock.includes(key)) {
      throw new PropError(
        site,
        `${prop}.${key}`,
        'a control the reader can move (shown, not locked)',
        raw[key],
      );
    }
  }
  const n = config.inputs.length;
  const list = (key: 'inputs' | 'weights', [min, max]: [number, number]) =>
    numberListProp(site, `${prop}.${key}`, raw[key], { minLength: n, maxLength: n, min, max });
  const s: NeuronSolution = {};
  if (raw.inputs !== undefined) s.inputs = list('inputs', config.inputRange);
  if (raw.weights !== undefined) s.weights = list('weights', config.weightRange);
  if (raw.bias !== undefined) {
    const [min, max] = config.biasRange;
    s.bias = numberProp(site, `${prop}.bias`, raw.bias, { min, max });
  }
  if (raw.activation !== undefined) {
    s.activation = choiceProp(site, `${prop}.activation`, raw.activation, ACTIVATION_NAMES);
  }
  return s;
}

/** A NeuronLab's `goal` prop, validated against its config (see goal.ts). */
export function neuronGoalProp(site: PropSite, raw: unknown, config: NeuronLabConfig): NeuronGoal {
  return goalProp(site, raw, {
    when: (site, prop, v) => readWhen(site, prop, v, config),
    solution: (site, prop, v) => readSolution(site, prop, v, config),
    reaches: (when, s) => neuronGoalMet(when, withSolution(config, s)),
    metAtStart: (when) => neuronGoalMet(when, withSolution(config, {})),
  });
}
