/**
 * What a goal asks of one number: exactly a value, or a range. Shared by every island's goal.
 *
 *   meets(0, 0)                          → true  (exactly 0, within 1e-9 for rounding)
 *   meets(0.6, { above: 0.5 })           → true  (strictly above)
 *   meets(10, { atMost: 10 })            → true  (10 or less)
 *   meets(-0.2, { above: -1, below: 0 }) → true  (both bounds hold)
 */
import { PropError, type PropSite } from '~/components/props';

/** A number, or bounds: `above`/`below` strict, `atLeast`/`atMost` inclusive. */
export type Target = number | { above?: number; below?: number; atLeast?: number; atMost?: number };

/** How close a number must be to an exact target: sums of slider values carry rounding. */
export const EXACT = 1e-9;

/** Whether `value` meets `target`. */
export function meets(value: number, target: Target): boolean {
  if (typeof target === 'number') return Math.abs(value - target) <= EXACT;
  const { above, below, atLeast, atMost } = target;
  return (
    (above === undefined || value > above) &&
    (below === undefined || value < below) &&
    (atLeast === undefined || value >= atLeast) &&
    (atMost === undefined || value <= atMost)
  );
}

const BOUNDS = ['above', 'below', 'atLeast', 'atMost'] as const;
const TARGET = 'a number, or an object with above, below, atLeast or atMost numbers';

/** A Target from a lesson's prop, checked; throws a PropError naming `prop` otherwise. */
export function targetProp(site: PropSite, prop: string, value: unknown): Target {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (!isRecord(value)) throw new PropError(site, prop, TARGET, value);
  const keys = Object.keys(value);
  if (keys.length === 0 || keys.some((k) => !(BOUNDS as readonly string[]).includes(k))) {
    throw new PropError(site, prop, TARGET, value);
  }
  for (const k of keys) {
    const v = value[k];
    if (typeof v !== 'number' || !Number.isFinite(v))
      throw new PropError(site, prop, TARGET, value);
  }
  return value as Target;
}

/** A plain object (not an array, not null). */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Throws a PropError for the first key of `value` not in `allowed`. */
export function onlyKeys(
  site: PropSite,
  prop: string,
  value: Record<string, unknown>,
  allowed: readonly string[],
): void {
  for (const key of Object.keys(value)) {
    if (!allowed.includes(key)) {
      throw new PropError(
        site,
        `${prop}.${key}`,
        `left out: ${prop} takes only ${allowed.join(', ')}`,
        value[key],
      );
    }
  }
}
