/**
 * Number formatting for everything a reader sees: fixed decimals and a true minus sign
 * (U+2212), never "-0.00". `formatNumber(-0.4567)` → "−0.457"; `formatNumber(-0.0001, 2)` → "0.00".
 */
export const MINUS = '\u2212';

export function formatNumber(value: number, decimals = 3): string {
  if (Number.isNaN(value)) return 'NaN';
  if (!Number.isFinite(value)) return value > 0 ? '∞' : `${MINUS}∞`;
  const fixed = roundByHand(value, decimals).toFixed(decimals);
  // toFixed keeps the sign of values that round to zero ("-0.00"); a reader should see 0.00.
  if (/^-0(\.0*)?$/.test(fixed)) return fixed.slice(1);
  return fixed.startsWith('-') ? MINUS + fixed.slice(1) : fixed;
}

/**
 * `value` rounded to `decimals` places as a reader rounds by hand: its decimal digits (the
 * shortest 12 significant ones, so binary noise such as 0.15249999999999999 for 0.1525 goes),
 * then half away from zero. So −0.1525 shows as −0.153 however the sum that gave it was added
 * up; toFixed alone rounds the binary value and could give −0.152 or −0.153. Only a value
 * within noise of a tie can round either way, so any other is returned as it is (toFixed then
 * rounds it the same way by hand would): formatNumber stays cheap on a slider's update.
 */
function roundByHand(value: number, decimals: number): number {
  const scale = 10 ** decimals;
  const scaled = Math.abs(value) * scale;
  if (Math.abs(scaled - Math.floor(scaled) - 0.5) > 1e-6) return value;
  const clean = Number(value.toPrecision(12));
  const units = Math.round(Number((Math.abs(clean) * scale).toPrecision(12)));
  return (Math.sign(clean) * units) / scale;
}

/** Like formatNumber, with an explicit "+" on positive values (for signed contributions). */
export function formatSigned(value: number, decimals = 3): string {
  const text = formatNumber(value, decimals);
  return text.startsWith(MINUS) || /^0(\.0*)?$/.test(text) ? text : `+${text}`;
}

/**
 * A control's value as its number field shows it: at most 4 decimals, no trailing zeros, a
 * true minus. `fieldText(-2)` → "−2", `fieldText(0.30000000004)` → "0.3".
 */
export function fieldText(value: number): string {
  const text = String(Number(value.toFixed(4)));
  return text.startsWith('-') ? MINUS + text.slice(1) : text;
}

/**
 * A number typed into a control's field, or undefined while it is not one yet ("", "−", "0.").
 * Accepts a true minus or a hyphen, a leading "+", and a decimal point; nothing else.
 */
export function parseFieldText(text: string): number | undefined {
  const plain = text.trim().replace(/^[\u2212\u2013]/, '-');
  if (!/^[-+]?(\d+\.?\d*|\.\d+)$/.test(plain)) return undefined;
  const value = Number(plain);
  return Number.isFinite(value) ? value : undefined;
}

/**
 * Plain text with maths in it, bound so a line never ends on an operator: the space after
 * "+", "−", "×", "←" or "→" (between spaces) becomes a no-break space, so a line breaks
 * before the operator instead. "=" and "≈" are bound on both sides, so "b = 0.00" stays one
 * unit and no line starts with "=" either. `bindOperators('z = w·x + b')` →
 * "z\u00a0=\u00a0w·x +\u00a0b".
 */
export function bindOperators(text: string): string {
  return text.replace(/ ([=≈]) /g, '\u00a0$1\u00a0').replace(/ ([+\u2212×←→]) /g, ' $1\u00a0');
}
