/** SoftmaxView's configuration (validated props) and its URL schema: n, z1 … z10. */
import { numberListProp, PropError, type PropSite } from '~/components/props';
import type { Schema } from '~/state/url-state';
import { softmaxGoalProp, type SoftmaxGoal } from '~/components/challenge/softmax-goal';
import { GOAL_SHAPE, optional, pair, type Shape } from '~/components/island/config-shape';

export const MIN_LOGITS = 3;
export const MAX_LOGITS = 10;

export interface SoftmaxConfig {
  id: string;
  /** Initial logits z_1 … z_n (3 to 10); Reset returns to them. */
  logits: number[];
  /** Slider range for every logit. */
  range: [number, number];
  caption?: string;
  /** A goal the view checks (challenge/softmax-goal.ts). */
  goal?: SoftmaxGoal;
}

/** What the island checks in data-config before using it (config-shape.ts). */
export const SOFTMAX_SHAPE: Shape = {
  id: 'string',
  logits: ['number'],
  range: pair('number'),
  caption: optional('string'),
  goal: GOAL_SHAPE,
};

export function softmaxConfig(
  site: PropSite,
  id: string,
  p: { logits?: unknown; range?: unknown; caption?: unknown; goal?: unknown },
): SoftmaxConfig {
  const range = numberListProp(site, 'range', p.range ?? [-5, 5], {
    minLength: 2,
    maxLength: 2,
    min: -50,
    max: 50,
  }) as [number, number];
  if (!(range[0] < range[1]))
    throw new PropError(site, 'range', '[min, max] with min < max', p.range);
  const logits = numberListProp(site, 'logits', p.logits ?? [2, 1, 0.1], {
    minLength: MIN_LOGITS,
    maxLength: MAX_LOGITS,
    min: range[0],
    max: range[1],
  });
  const config: SoftmaxConfig = { id, logits, range };
  if (p.caption !== undefined) {
    if (typeof p.caption !== 'string' || !p.caption.trim()) {
      throw new PropError(site, 'caption', 'a non-empty string', p.caption);
    }
    config.caption = p.caption;
  }
  if (p.goal !== undefined) config.goal = softmaxGoalProp(site, p.goal, config);
  return config;
}

/** URL keys: n (how many logits) and z1 … z10 (every slot, so changing n keeps values). */
export function softmaxSchema(config: SoftmaxConfig): Schema {
  const schema: Schema = {
    n: {
      kind: 'number',
      min: MIN_LOGITS,
      max: MAX_LOGITS,
      default: config.logits.length,
      decimals: 0,
    },
  };
  for (let i = 0; i < MAX_LOGITS; i++) {
    schema[`z${i + 1}`] = {
      kind: 'number',
      min: config.range[0],
      max: config.range[1],
      default: config.logits[i] ?? 0,
    };
  }
  return schema;
}
