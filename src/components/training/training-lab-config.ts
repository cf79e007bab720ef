/**
 * TrainingLab's configuration: its props validated into a plain object (at build time, an
 * invalid prop fails the build naming the lesson and the prop), passed to the browser in
 * data-config, the URL schema of the reader's settings, and the settings the worker gets.
 */
import { COST_NAMES, type CostName } from '~/core/cost.ts';
import {
  choiceProp,
  numberListProp,
  numberProp,
  PropError,
  textProp,
  type PropSite,
} from '~/components/props';
import type { Schema } from '~/state/url-state';
import {
  DEFAULT_SETTINGS,
  TRAINING_ACTIVATIONS,
  type TrainingActivation,
  type TrainingSettings,
} from './trainer';
import { oneOf, optional, type Shape } from '~/components/island/config-shape';

/** The learning rates η on offer. */
export const RATES = [0.01, 0.03, 0.1, 0.3, 0.5, 1, 3, 10] as const;
/** Sizes of the first hidden layer, and of the optional second one (0: none). */
export const FIRST_SIZES = [8, 16, 32, 64, 128] as const;
export const SECOND_SIZES = [0, 8, 16, 32] as const;

export const COST_LABELS: Record<CostName, string> = {
  'squared-error': 'Squared error',
  'cross-entropy': 'Softmax + cross-entropy',
};
export const ACTIVATION_LABELS: Record<TrainingActivation, string> = {
  sigmoid: 'Sigmoid σ',
  relu: 'ReLU',
};

export interface TrainingLabConfig {
  id: string;
  /** The starting settings (also what a link without settings gives). */
  learningRate: number;
  hidden: number[];
  activation: TrainingActivation;
  cost: CostName;
  seed: number;
  /** URL of the training set file (digit-train-set.bin.gz). */
  data: string;
  caption?: string;
}

/** What the island checks in data-config before using it (config-shape.ts). */
export const TRAINING_LAB_SHAPE: Shape = {
  id: 'string',
  learningRate: oneOf(...RATES),
  hidden: ['number'],
  activation: oneOf(...TRAINING_ACTIVATIONS),
  cost: oneOf(...COST_NAMES),
  seed: 'number',
  data: 'string',
  caption: optional('string'),
};

/** The props a lesson may give (all optional). */
export interface TrainingLabProps {
  id?: string;
  /** η, one of RATES (default 0.5). */
  learningRate?: number;
  /** One or two hidden layer sizes: the first from FIRST_SIZES, the second from SECOND_SIZES. */
  hidden?: number[];
  activation?: TrainingActivation;
  cost?: CostName;
  /** Seeds the first weights, the order of the digits and their shifts (default 1). */
  seed?: number;
  caption?: string;
}

const sizeChoice = (sizes: readonly number[]) => sizes.filter((n) => n > 0).join(', ');

/** Validates TrainingLab's props into its config; throws a PropError naming the bad prop. */
export function trainingLabConfig(
  site: PropSite,
  id: string,
  p: TrainingLabProps,
  data: string,
): TrainingLabConfig {
  const learningRate = numberProp(
    site,
    'learningRate',
    p.learningRate ?? DEFAULT_SETTINGS.learningRate,
  );
  if (!(RATES as readonly number[]).includes(learningRate)) {
    throw new PropError(site, 'learningRate', `one of ${RATES.join(', ')}`, p.learningRate);
  }
  const hidden = numberListProp(site, 'hidden', p.hidden ?? DEFAULT_SETTINGS.hidden, {
    minLength: 1,
    maxLength: 2,
  });
  if (!(FIRST_SIZES as readonly number[]).includes(hidden[0]!)) {
    throw new PropError(
      site,
      'hidden',
      `a first layer size from ${sizeChoice(FIRST_SIZES)}`,
      p.hidden,
    );
  }
  if (
    hidden.length === 2 &&
    (hidden[1] === 0 || !(SECOND_SIZES as readonly number[]).includes(hidden[1]!))
  ) {
    throw new PropError(
      site,
      'hidden',
      `a second layer size from ${sizeChoice(SECOND_SIZES)}`,
      p.hidden,
    );
  }
  const seed = numberProp(site, 'seed', p.seed ?? DEFAULT_SETTINGS.seed, {
    min: 0,
    max: 2 ** 31 - 1,
  });
  if (!Number.isInteger(seed)) throw new PropError(site, 'seed', 'a whole number', p.seed);
  const config: TrainingLabConfig = {
    id,
    learningRate,
    hidden: [...hidden],
    activation: choiceProp(
      site,
      'activation',
      p.activation ?? DEFAULT_SETTINGS.activation,
      TRAINING_ACTIVATIONS,
    ),
    cost: choiceProp(site, 'cost', p.cost ?? DEFAULT_SETTINGS.cost, COST_NAMES),
    seed,
    data,
  };
  if (p.caption !== undefined) config.caption = textProp(site, 'caption', p.caption);
  return config;
}

/** URL keys: rate (η), h1 and h2 (hidden sizes, h2 = 0 for none), f (activation), cost. */
export function trainingLabSchema(config: TrainingLabConfig): Schema {
  return {
    rate: { kind: 'choice', choices: RATES.map(String), default: String(config.learningRate) },
    h1: { kind: 'choice', choices: FIRST_SIZES.map(String), default: String(config.hidden[0]) },
    h2: {
      kind: 'choice',
      choices: SECOND_SIZES.map(String),
      default: String(config.hidden[1] ?? 0),
    },
    f: { kind: 'choice', choices: TRAINING_ACTIVATIONS, default: config.activation },
    cost: { kind: 'choice', choices: COST_NAMES, default: config.cost },
  };
}

/** The reader's settings by URL key (every value a string, as the selects hold them). */
export type TrainingLabState = Record<string, string>;

/** The settings the worker trains with, for a state of the schema above. */
export function settingsOf(config: TrainingLabConfig, state: TrainingLabState): TrainingSettings {
  const second = Number(state.h2);
  return {
    hidden: second > 0 ? [Number(state.h1), second] : [Number(state.h1)],
    activation: state.f as TrainingActivation,
    cost: state.cost as CostName,
    learningRate: Number(state.rate),
    batchSize: DEFAULT_SETTINGS.batchSize,
    seed: config.seed,
  };
}
