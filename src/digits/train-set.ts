/**
 * The training set the TrainingLab downloads (digit-train-set.bin.gz): real handwritten
 * digits, split into a training part and a held-out part, with 16 grey levels a pixel (4 bits).
 * The file is the format below compressed with gzip (about a quarter of the size at rest and
 * on the wire); `inflateTrainSet` undoes that, and accepts bytes already inflated (a host that
 * serves the file with Content-Encoding: gzip makes the browser inflate it on the way).
 *
 *   bytes 0–3   "NLTS" (Neuron Lab training set)
 *   byte  4     format version, 1
 *   bytes 5–6   training count t, unsigned 16-bit little-endian
 *   bytes 7–8   held-out count h, unsigned 16-bit little-endian
 *   then t + h labels (0–9), training digits first,
 *   then (t + h) · 392 bytes of pixels in the same order: 784 pixels row by row, two a byte
 *   (the first pixel in the low 4 bits), each round(15 · value) for 0 = black … 1 = white.
 *
 * 4-bit pixels keep what a network needs (MNIST strokes are mostly black, white or a few
 * soft edge greys) at half the size of 8-bit ones, and gzip well.
 */
import { PIXELS } from './picture.ts';

/** Digits as the trainer reads them: pixels of every digit in one array, 784 each. */
export interface DigitSet {
  /** count × 784 values in [0, 1]; digit k is pixels.subarray(784 k, 784 (k + 1)). */
  pixels: Float32Array;
  /** count labels, 0–9. */
  labels: Uint8Array;
  count: number;
}

export interface TrainSet {
  train: DigitSet;
  heldOut: DigitSet;
}

/** A digit to encode: 784 values in [0, 1] and its label. */
export interface LabelledPixels {
  pixels: ArrayLike<number>;
  label: number;
}

const MAGIC = 'NLTS';
/** The first two bytes of every gzip stream (RFC 1952). */
const GZIP_MAGIC = [0x1f, 0x8b] as const;
const VERSION = 1;
const HEADER = 9;
const PACKED = PIXELS / 2;
const LEVELS = 15;

export function encodeTrainSet(
  train: readonly LabelledPixels[],
  heldOut: readonly LabelledPixels[],
): Uint8Array {
  for (const [what, list] of [
    ['training', train],
    ['held-out', heldOut],
  ] as const) {
    if (list.length > 0xffff) throw new Error(`At most 65535 ${what} digits; got ${list.length}`);
  }
  const all = [...train, ...heldOut];
  const n = all.length;
  const bytes = new Uint8Array(HEADER + n + n * PACKED);
  for (let i = 0; i < 4; i++) bytes[i] = MAGIC.charCodeAt(i);
  bytes[4] = VERSION;
  bytes[5] = train.length & 0xff;
  bytes[6] = train.length >> 8;
  bytes[7] = heldOut.length & 0xff;
  bytes[8] = heldOut.length >> 8;
  const level = (v: number) =>
    Math.round(LEVELS * Math.min(1, Math.max(0, Number.isFinite(v) ? v : 0)));
  all.forEach((d, k) => {
    if (!Number.isInteger(d.label) || d.label < 0 || d.label > 9) {
      throw new Error(`Digit ${k}: label must be a digit 0–9; got ${d.label}`);
    }
    if (d.pixels.length !== PIXELS) {
      throw new Error(`Digit ${k}: needs ${PIXELS} pixels; got ${d.pixels.length}`);
    }
    bytes[HEADER + k] = d.label;
    const at = HEADER + n + k * PACKED;
    for (let j = 0; j < PACKED; j++) {
      bytes[at + j] = level(d.pixels[2 * j]!) | (level(d.pixels[2 * j + 1]!) << 4);
    }
  });
  return bytes;
}

/**
 * Checks a file's header, length and labels without unpacking the pixels (cheap enough for
 * the page's main thread); returns the counts. Throws an Error saying what is wrong.
 */
export function checkTrainSet(buffer: ArrayBuffer | Uint8Array): {
  train: number;
  heldOut: number;
} {
  const bytes = buffer instanceof Uint8Array ? buffer : new Uint8Array(buffer);
  if (bytes.length < HEADER || String.fromCharCode(...bytes.subarray(0, 4)) !== MAGIC) {
    throw new Error(`Not a training set file (it should start with "${MAGIC}")`);
  }
  if (bytes[4] !== VERSION) {
    throw new Error(
      `Unsupported training set version ${bytes[4]}; this code reads version ${VERSION}`,
    );
  }
  const train = bytes[5]! | (bytes[6]! << 8);
  const heldOut = bytes[7]! | (bytes[8]! << 8);
  const n = train + heldOut;
  const expected = HEADER + n + n * PACKED;
  if (bytes.length !== expected) {
    throw new Error(
      `The training set file should hold ${n} digits (${expected} bytes); it has ${bytes.length} bytes`,
    );
  }
  if (train === 0 || heldOut === 0) {
    throw new Error(
      `The training set file needs training and held-out digits; it has ${train} and ${heldOut}`,
    );
  }
  for (let k = 0; k < n; k++) {
    if (bytes[HEADER + k]! > 9)
      throw new Error(`Digit ${k} has label ${bytes[HEADER + k]}, not a digit 0–9`);
  }
  return { train, heldOut };
}

/** Reads a training set file (checked first, see checkTrainSet). */
export function decodeTrainSet(buffer: ArrayBuffer | Uint8Array): TrainSet {
  const bytes = buffer instanceof Uint8Array ? buffer : new Uint8Array(buffer);
  const { train, heldOut } = checkTrainSet(bytes);
  const n = train + heldOut;
  const part = (first: number, count: number): DigitSet => {
    const pixels = new Float32Array(count * PIXELS);
    const labels = bytes.slice(HEADER + first, HEADER + first + count);
    const start = HEADER + n + first * PACKED;
    for (let j = 0; j < count * PACKED; j++) {
      const b = bytes[start + j]!;
      pixels[2 * j] = (b & 15) / LEVELS;
      pixels[2 * j + 1] = (b >> 4) / LEVELS;
    }
    return { pixels, labels, count };
  };
  return { train: part(0, train), heldOut: part(train, heldOut) };
}

/** Whether `bytes` start like a gzip stream. */
export function isGzip(bytes: Uint8Array): boolean {
  return bytes[0] === GZIP_MAGIC[0] && bytes[1] === GZIP_MAGIC[1];
}

/**
 * The training set file's bytes as `decodeTrainSet` reads them: gunzipped when they are a gzip
 * stream (DecompressionStream, in browsers, workers and Node alike), as they are otherwise.
 * Rejects with an Error saying the compressed data is damaged when it does not inflate.
 */
export async function inflateTrainSet(buffer: ArrayBuffer | Uint8Array): Promise<ArrayBuffer> {
  const bytes = buffer instanceof Uint8Array ? buffer : new Uint8Array(buffer);
  if (!isGzip(bytes)) return bytes.slice().buffer;
  try {
    const stream = new Blob([bytes.slice()]).stream().pipeThrough(new DecompressionStream('gzip'));
    return await new Response(stream).arrayBuffer();
  } catch {
    throw new Error('Its compressed data is cut short or corrupt');
  }
}
