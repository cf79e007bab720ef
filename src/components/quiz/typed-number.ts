/**
 * Reading a number the way a person types it, and writing one the way a person reads it.
 *
 * Accepted (value in brackets):
 * - a true minus (U+2212), a hyphen or an en dash: "−3", "-3", "–3" (−3); a leading "+";
 * - a decimal point: "0.5", ".5", "5." ; an exponent: "1e3" (1000);
 * - thousands separators, a comma or a space (also a no-break or thin space) followed by groups
 *   of exactly three digits, the first group 1 to 3 digits and not starting with 0:
 *   "13,002", "13 002", "1,234.5";
 * - a simple fraction, a / b: "1/2" (0.5), "−3/4";
 * - a trailing unit word or words, which are ignored: "784 neurons", "23 numbers";
 * - a trailing "%" (or "percent", "per cent"): "94.5%" is 94.5 per hundred, see `inUnit`.
 *
 * Anything that could be read two ways is never guessed: "1,5" or "0,75" (a decimal comma),
 * "1,23,456" (other groupings), "1.234,5", "2 million", "1 1/2" come back `unclear`
 * with a message asking the reader to write it another way.
 */
import { MINUS } from '~/render/format';

/** What a typed answer says: a number (maybe with "%"), or a request to write it another way. */
export type Reading =
  { kind: 'number'; value: number; percent: boolean } | { kind: 'unclear'; message: string };

/** Their examples avoid every shipped answer (0.5, 1.5, 13,002 …), so they hint at none. */
export const MESSAGES = {
  empty: 'Type a number first, such as 2.25 or −7.',
  notANumber: 'Type a number, such as 2.25 or −7.',
  decimalComma:
    'Write decimals with a point, like 2.25 (a comma only separates thousands, as in 12,345).',
  grouping: 'Group thousands in threes, like 12,345, or leave the separators out: 12345.',
  scale: 'Write the whole number in digits, like 2,000,000.',
  mixed: 'Write it as a decimal or a simple fraction, like 2.25 or 9/4.',
  zeroDenominator: 'A fraction cannot have 0 below the line.',
} as const;

const SPACES = /[\s\u00a0\u2009\u202f]+/g;
/** A plain number: digits with an optional point, or a point and digits; optional exponent. */
const PLAIN = /^(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;
/** Digits grouped in threes by commas or (already normalised) single spaces, optional decimals. */
const GROUPED = /^[1-9]\d{0,2}([, ])\d{3}(\1\d{3})*(\.\d*)?$/;
const SCALE_WORDS = /^(hundreds?|thousands?|millions?|billions?|trillions?|k|m|bn|dozens?)$/i;
const PERCENT_WORDS = /^(%|percent|per ?cent)$/i;

/** Reads one unsigned number, "13,002" or "0.5"; a string message when it must be rewritten. */
function readMagnitude(text: string): number | string {
  if (PLAIN.test(text)) return Number(text);
  if (GROUPED.test(text)) return Number(text.replace(/[, ]/g, ''));
  if (/^\d+,\d+$/.test(text)) return MESSAGES.decimalComma; // "1,5", "0,750", "12,3456"
  if (/^\d+(\.\d{3})+,\d+$/.test(text)) return MESSAGES.decimalComma; // "1.234,5"
  if (/^\d+([, ]\d+)+(\.\d*)?$/.test(text)) return MESSAGES.grouping; // "1,23,456", "1,234 567"
  return MESSAGES.notANumber;
}

/** Reads a typed answer. Never throws; never guesses between two readings. */
export function readTypedNumber(typed: string): Reading {
  const text = typed.replace(SPACES, ' ').trim();
  if (text === '') return { kind: 'unclear', message: MESSAGES.empty };
  const match = /^([+\-\u2212\u2013]?)\s*([\d., /]*\d\.?(?:e[+-]?\d+)?)\s*(\D*)$/i.exec(text);
  if (!match) return { kind: 'unclear', message: MESSAGES.notANumber };
  const [, sign, body, tail] = match as unknown as [string, string, string, string];
  const words = tail.trim();
  if (SCALE_WORDS.test(words)) return { kind: 'unclear', message: MESSAGES.scale };
  const percent = PERCENT_WORDS.test(words);
  // A unit is a word of two letters or more ("neurons"); "2e" or "5 x" is not a unit.
  if (words !== '' && !percent && !/^\p{L}[\p{L}\s'’-]+$/u.test(words)) {
    return { kind: 'unclear', message: MESSAGES.notANumber };
  }
  const magnitude = readBody(body.trim());
  if (typeof magnitude === 'string') return { kind: 'unclear', message: magnitude };
  const value = sign === '' || sign === '+' ? magnitude : -magnitude;
  return { kind: 'number', value: value === 0 ? 0 : value, percent };
}

/** A number or a fraction "a / b" of two plain numbers. */
function readBody(body: string): number | string {
  const parts = body.split('/');
  if (parts.length === 1) return readMagnitude(body);
  if (parts.length > 2) return MESSAGES.notANumber;
  const [top, bottom] = parts.map((p) => p.trim()) as [string, string];
  if (/\s/.test(top)) return MESSAGES.mixed; // "1 1/2"
  if (!PLAIN.test(top) || !PLAIN.test(bottom)) return MESSAGES.notANumber;
  if (Number(bottom) === 0) return MESSAGES.zeroDenominator;
  return Number(top) / Number(bottom);
}

/**
 * The reading in the question's unit. "%" means "per hundred": when the question's unit is
 * "%", "94.5%" and "94.5" are both 94.5; otherwise "94.5%" is 0.945 (so "50%" answers σ(0) = 0.5).
 */
export function inUnit(reading: { value: number; percent: boolean }, unit?: string): number {
  return reading.percent && unit !== '%' ? reading.value / 100 : reading.value;
}

/** A number question's key, as the browser receives it. */
export interface NumberKey {
  answer: number;
  tolerance: number;
  unit?: string;
}

export type Verdict = { kind: 'right' } | { kind: 'wrong' } | { kind: 'unclear'; message: string };

/**
 * Checks a typed answer: right when |typed − answer| ≤ tolerance in the question's unit.
 * A fraction typed for a percentage question that would be right × 100 ("0.945" for 94.5 %)
 * asks for a percentage instead of being marked wrong.
 */
export function checkTypedNumber(typed: string, key: NumberKey): Verdict {
  const reading = readTypedNumber(typed);
  if (reading.kind === 'unclear') return reading;
  const value = inUnit(reading, key.unit);
  const near = (v: number) => Math.abs(v - key.answer) <= key.tolerance + 1e-9 * (1 + Math.abs(v));
  if (near(value)) return { kind: 'right' };
  if (key.unit === '%' && !reading.percent && near(value * 100)) {
    return {
      kind: 'unclear',
      message: 'The question asks for a percentage: a fraction times 100, like 50 for one half.',
    };
  }
  return { kind: 'wrong' };
}

/**
 * Writes a number as a person writes it: thousands grouped with commas from 1,000, a true minus,
 * no trailing zeros, at most 10 significant digits: 13002 → "13,002", −10 → "−10", 0.5 → "0.5".
 * With a unit: "784 neurons", "94.5%".
 */
export function formatAnswer(value: number, unit?: string): string {
  const digits = String(Math.abs(Number(value.toPrecision(10))));
  const [whole, fraction] = digits.includes('e')
    ? [digits, undefined]
    : (digits.split('.') as [string, string | undefined]);
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const number = `${value < 0 && Number(digits) !== 0 ? MINUS : ''}${grouped}${fraction ? `.${fraction}` : ''}`;
  if (!unit) return number;
  return unit === '%' ? `${number}%` : `${number} ${unit}`;
}
