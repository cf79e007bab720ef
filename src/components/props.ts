/**
 * Validation of component props given in MDX lessons. An invalid prop fails the build with a
 * message naming the lesson file, the component and the prop, and saying what was expected
 * and what was given. `lessonSource` is added to every MDX component by
 * scripts/remark-lesson-source.mjs.
 */

/** Where a component is used: its name and the lesson file (when used from MDX). */
export interface PropSite {
  component: string;
  lessonSource?: string | undefined;
}

export class PropError extends Error {
  constructor(site: PropSite, prop: string, expected: string, got: unknown) {
    const where = site.lessonSource ? `${site.lessonSource}: ` : '';
    super(`${where}<${site.component}> prop "${prop}" must be ${expected}; got ${describe(got)}.`);
    this.name = 'PropError';
  }
}

function describe(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number' || typeof value === 'boolean' || value == null) {
    return String(value);
  }
  try {
    return JSON.stringify(value);
  } catch {
    return typeof value;
  }
}

/** A finite number, optionally within [min, max]. */
export function numberProp(
  site: PropSite,
  prop: string,
  value: unknown,
  { min = -Infinity, max = Infinity }: { min?: number; max?: number } = {},
): number {
  const range = Number.isFinite(min) && Number.isFinite(max) ? ` between ${min} and ${max}` : '';
  if (typeof value !== 'number' || !Number.isFinite(value) || value < min || value > max) {
    throw new PropError(site, prop, `a finite number${range}`, value);
  }
  return value;
}

/** An array of finite numbers with a length in [minLength, maxLength], each within [min, max]. */
export function numberListProp(
  site: PropSite,
  prop: string,
  value: unknown,
  opts: { minLength: number; maxLength: number; min?: number; max?: number },
): number[] {
  const { minLength, maxLength, min = -Infinity, max = Infinity } = opts;
  const range = Number.isFinite(min) && Number.isFinite(max) ? ` between ${min} and ${max}` : '';
  const expected = `a list of ${minLength} to ${maxLength} finite numbers${range}`;
  if (!Array.isArray(value) || value.length < minLength || value.length > maxLength) {
    throw new PropError(site, prop, expected, value);
  }
  for (const v of value) {
    if (typeof v !== 'number' || !Number.isFinite(v) || v < min || v > max) {
      throw new PropError(site, prop, expected, value);
    }
  }
  return value as number[];
}

/** One of a fixed list of strings. */
export function choiceProp<T extends string>(
  site: PropSite,
  prop: string,
  value: unknown,
  choices: readonly T[],
): T {
  if (typeof value !== 'string' || !(choices as readonly string[]).includes(value)) {
    throw new PropError(site, prop, `one of ${choices.map((c) => `"${c}"`).join(', ')}`, value);
  }
  return value as T;
}

/** A non-empty string. */
export function textProp(site: PropSite, prop: string, value: unknown): string {
  if (typeof value !== 'string' || value.trim() === '') {
    throw new PropError(site, prop, 'a non-empty string', value);
  }
  return value;
}
