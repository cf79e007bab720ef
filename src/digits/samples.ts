/**
 * Sample digits in a compact binary format (digit-samples.bin), read by the demos:
 *
 *   bytes 0–3   "NLDS" (Neuron Lab digit samples)
 *   byte  4     format version, 1
 *   bytes 5–6   count n, unsigned 16-bit little-endian
 *   then n records of 785 bytes: the label (0–9), then 784 pixels row by row, each
 *   round(255 · value) for values 0 = black … 1 = white.
 */
import { PIXELS } from './picture.ts';
export interface LabelledDigit {
  /** 784 values in [0, 1]. */
  pixels: ArrayLike<number>;
  label: number;
}

const MAGIC = 'NLDS';
const VERSION = 1;
const HEADER = 7;
const RECORD = 785;

export function encodeSamples(digits: readonly LabelledDigit[]): Uint8Array {
  if (digits.length > 0xffff) throw new Error(`At most 65535 samples; got ${digits.length}`);
  const bytes = new Uint8Array(HEADER + digits.length * RECORD);
  for (let i = 0; i < 4; i++) bytes[i] = MAGIC.charCodeAt(i);
  bytes[4] = VERSION;
  bytes[5] = digits.length & 0xff;
  bytes[6] = digits.length >> 8;
  digits.forEach((d, k) => {
    if (!Number.isInteger(d.label) || d.label < 0 || d.label > 9) {
      throw new Error(`Sample ${k}: label must be a digit 0–9; got ${d.label}`);
    }
    if (d.pixels.length !== PIXELS)
      throw new Error(`Sample ${k}: needs ${PIXELS} pixels; got ${d.pixels.length}`);
    const at = HEADER + k * RECORD;
    bytes[at] = d.label;
    for (let j = 0; j < PIXELS; j++) {
      const v = d.pixels[j]!;
      bytes[at + 1 + j] = Math.round(255 * Math.min(1, Math.max(0, Number.isFinite(v) ? v : 0)));
    }
  });
  return bytes;
}

/** Reads a samples file; throws an Error saying what is wrong with a damaged one. */
export function decodeSamples(
  buffer: ArrayBuffer | Uint8Array,
): { pixels: Float64Array; label: number }[] {
  const bytes = buffer instanceof Uint8Array ? buffer : new Uint8Array(buffer);
  const magic = String.fromCharCode(...bytes.subarray(0, 4));
  if (bytes.length < HEADER || magic !== MAGIC)
    throw new Error('Not a digit samples file (it should start with "NLDS")');
  if (bytes[4] !== VERSION)
    throw new Error(
      `Unsupported digit samples version ${bytes[4]}; this code reads version ${VERSION}`,
    );
  const count = bytes[5]! | (bytes[6]! << 8);
  if (bytes.length !== HEADER + count * RECORD) {
    throw new Error(
      `The digit samples file should hold ${count} digits (${HEADER + count * RECORD} bytes); it has ${bytes.length} bytes`,
    );
  }
  return Array.from({ length: count }, (_, k) => {
    const at = HEADER + k * RECORD;
    const label = bytes[at]!;
    if (label > 9) throw new Error(`Sample ${k} has label ${label}, not a digit 0–9`);
    const pixels = new Float64Array(PIXELS);
    for (let j = 0; j < PIXELS; j++) pixels[j] = bytes[at + 1 + j]! / 255;
    return { pixels, label };
  });
}
