/**
 * Demo state in the page's URL. Each island owns the query keys `<id>.<field>`, so one link
 * restores every demo on the page: `?n1.w1=0.5&n1.b=-1&n1.f=relu`.
 *
 * Reading never throws. Unknown keys are ignored; out-of-range numbers are clamped;
 * non-numbers and unknown choices fall back to the default; a repeated key keeps its first
 * value. Each correction is reported as a short sentence, so the page can show a notice.
 */

/** A numeric field: a slider's value, with its range. */
export interface NumberField {
  kind: 'number';
  min: number;
  max: number;
  default: number;
  /** Round to this many decimals when writing the URL (default 3). */
  decimals?: number;
  /** Only whole numbers (a sample's number): another value is rounded, with a correction. */
  integer?: boolean;
}

/** A field chosen from a fixed list (an activation name, say). */
export interface ChoiceField {
  kind: 'choice';
  choices: readonly string[];
  default: string;
}

/**
 * A field holding an encoded value (a drawing, painted weights): a string that `check` accepts.
 * `check` returns undefined for a value it can use, else the reason it cannot ("is damaged").
 */
export interface TextField {
  kind: 'text';
  default: string;
  /** Longer values are refused unread (a link stays well under 2,000 characters). */
  maxLength: number;
  check: (raw: string) => string | undefined;
}

export type Field = NumberField | ChoiceField | TextField;

/** The fields an island keeps in the URL, by short key ("w1", "b", "f"). */
export type Schema = Record<string, Field>;

/** The value a field holds: a number or a choice (distributes over unions of fields). */
export type ValueOf<F> = F extends NumberField
  ? number
  : F extends ChoiceField | TextField
    ? string
    : never;

/** The values of a schema's fields. */
export type StateOf<S extends Schema> = { [K in keyof S]: ValueOf<S[K]> };

/** A plain decimal or scientific number, nothing else ("0x10", "1e", " 2" are not numbers). */
const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

/** The schema's defaults. */
export function defaults<S extends Schema>(schema: S): StateOf<S> {
  const state: Record<string, number | string> = {};
  for (const [key, field] of Object.entries(schema)) state[key] = field.default;
  return state as StateOf<S>;
}

/**
 * Reads island `id`'s state from query parameters. Returns the state (every field set) and
 * the corrections made, e.g. ['w1 was 99, above the maximum 4; set to 4'].
 */
export function readState<S extends Schema>(
  params: URLSearchParams,
  id: string,
  schema: S,
): { state: StateOf<S>; corrections: string[]; present: boolean } {
  const state = defaults(schema) as Record<string, number | string>;
  const corrections: string[] = [];
  let present = false;
  for (const [key, field] of Object.entries(schema)) {
    const values = params.getAll(`${id}.${key}`);
    if (values.length === 0) continue;
    present = true;
    if (values.length > 1)
      corrections.push(`${key} was given ${values.length} times; the first was used`);
    const raw = values[0]!;
    const shown = raw.length > 24 ? `${raw.slice(0, 24)}…` : raw;
    if (field.kind === 'text') {
      const why =
        raw.length > field.maxLength
          ? `is longer than ${field.maxLength} characters`
          : field.check(raw);
      if (why === undefined) state[key] = raw;
      else corrections.push(`${key} ${why}; ${field.default ? 'reset' : 'left out'}`);
      continue;
    }
    if (field.kind === 'choice') {
      if (field.choices.includes(raw)) state[key] = raw;
      else
        corrections.push(
          `${key} "${shown}" is not one of ${field.choices.join(', ')}; reset to ${field.default}`,
        );
      continue;
    }
    // A well-formed number too large for a double reads as ±Infinity and is clamped below.
    const value = NUMBER.test(raw.trim()) ? Number(raw.trim()) : Number.NaN;
    if (Number.isNaN(value)) {
      corrections.push(`${key} "${shown}" is not a number; reset to ${field.default}`);
    } else if (value < field.min) {
      state[key] = field.min;
      corrections.push(`${key} was ${shown}, below the minimum ${field.min}; set to ${field.min}`);
    } else if (value > field.max) {
      state[key] = field.max;
      corrections.push(`${key} was ${shown}, above the maximum ${field.max}; set to ${field.max}`);
    } else if (field.integer && !Number.isInteger(value)) {
      state[key] = Math.round(value);
      corrections.push(`${key} was ${shown}, not a whole number; set to ${Math.round(value)}`);
    } else {
      state[key] = value;
    }
  }
  return { state: state as StateOf<S>, corrections, present };
}

/**
 * Writes island `id`'s state into `params` (in place): fields at their default are removed,
 * so an untouched demo leaves the URL clean.
 */
export function writeState<S extends Schema>(
  params: URLSearchParams,
  id: string,
  schema: S,
  state: StateOf<S>,
): void {
  for (const [key, field] of Object.entries(schema)) {
    const name = `${id}.${key}`;
    const value = (state as Record<string, number | string>)[key]!;
    params.delete(name);
    if (value === field.default) continue;
    if (field.kind === 'number') {
      params.set(name, String(Number((value as number).toFixed(field.decimals ?? 3))));
    } else {
      params.set(name, String(value));
    }
  }
}

/** Clamps x into [min, max]; NaN becomes `fallback`. */
export function clamp(x: number, min: number, max: number, fallback = min): number {
  if (Number.isNaN(x)) return fallback;
  return Math.min(max, Math.max(min, x));
}
