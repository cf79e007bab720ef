/**
 * A reader's progress as a short code they can copy to another device, e.g.
 * `0G00-8E52-0W8G-...`. Case does not matter, hyphens and spaces are ignored, and O, I and L
 * are read as 0, 1 and 1, so a code read aloud or copied by hand still works; a mistyped code
 * fails its checksum and is refused with a message saying what is wrong, never half-imported.
 *
 * The bytes, format 1 (then written in Crockford's base 32, five bits a character):
 * ```
 * [0]      format version: 1
 * [1]      which record is the last lesson opened, counting from 1 (0: none)
 * records  one per opened lesson, in course order:
 *            lesson id   2 bytes, big-endian: lessonCodeId(slug)
 *            questions   the lesson's questions answered right as bits, question i at bit i,
 *                        in groups of 7 bits, lowest first; the top bit of a byte says
 *                        another group follows (LEB128)
 * [n-2..]  CRC-16/CCITT-FALSE of every byte before it, big-endian
 * ```
 * Slugs and question keys are not in the code: the course the page is built from maps them to
 * ids and bit positions, so the code stays short (eight lessons: about 45 characters). The
 * section the reader was in stays on their device; a progress file (JSON) carries everything.
 */
import { PROGRESS_VERSION, fnv1a, type CourseLesson, type Progress } from './progress';

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const CODE_FORMAT = 1;
/** More 7-bit groups than this (105 questions in one lesson) is a damaged code. */
const MAX_GROUPS = 15;

/** A lesson's 16-bit id in codes: the two halves of fnv1a(slug), exclusive-or'd. */
export function lessonCodeId(slug: string): number {
  const hash = fnv1a(slug);
  return (hash >>> 16) ^ (hash & 0xffff);
}

/** Throws, naming both lessons, when two lessons of a course would share a code id. */
export function assertDistinctCodeIds(slugs: readonly string[]): void {
  const seen = new Map<number, string>();
  for (const slug of slugs) {
    const id = lessonCodeId(slug);
    const other = seen.get(id);
    if (other !== undefined) {
      throw new Error(`Lessons "${other}" and "${slug}" share progress code id ${id}: rename one.`);
    }
    seen.set(id, slug);
  }
}

/** CRC-16/CCITT-FALSE: polynomial 0x1021, initial value 0xFFFF, no reflection. */
export function crc16(bytes: Uint8Array): number {
  let crc = 0xffff;
  for (const byte of bytes) {
    crc ^= byte << 8;
    for (let bit = 0; bit < 8; bit++) {
      crc = crc & 0x8000 ? ((crc << 1) ^ 0x1021) & 0xffff : (crc << 1) & 0xffff;
    }
  }
  return crc;
}

/** Bytes in Crockford base 32, most significant bits first, zero-padded to a whole character. */
export function toBase32(bytes: Uint8Array): string {
  let out = '';
  let buffer = 0;
  let bits = 0;
  for (const byte of bytes) {
    buffer = ((buffer << 8) | byte) & 0xfff;
    bits += 8;
    while (bits >= 5) {
      bits -= 5;
      out += ALPHABET[(buffer >> bits) & 31];
    }
  }
  if (bits > 0) out += ALPHABET[(buffer << (5 - bits)) & 31];
  return out;
}

/** The code as the reader sees it: groups of four characters joined by hyphens. */
function grouped(chars: string): string {
  return chars.match(/.{1,4}/g)?.join('-') ?? '';
}

/** The course's lessons the progress has opened, as format-1 bytes (checksum included). */
export function encodeProgressBytes(
  progress: Progress,
  course: readonly CourseLesson[],
): Uint8Array {
  const opened = course.filter((l) => Object.hasOwn(progress.lessons, l.slug));
  const lastIndex = opened.findIndex((l) => l.slug === progress.last?.lesson) + 1;
  const bytes: number[] = [CODE_FORMAT, lastIndex <= 255 ? lastIndex : 0];
  for (const lesson of opened) {
    const id = lessonCodeId(lesson.slug);
    bytes.push(id >> 8, id & 0xff);
    const right = progress.lessons[lesson.slug]!.right;
    const bits = lesson.questions.map((k) => right.includes(k));
    do {
      const group = bits.splice(0, 7).reduce((g, on, i) => (on ? g | (1 << i) : g), 0);
      bytes.push(bits.some(Boolean) ? group | 0x80 : group);
    } while (bits.some(Boolean));
  }
  const crc = crc16(Uint8Array.from(bytes));
  bytes.push(crc >> 8, crc & 0xff);
  return Uint8Array.from(bytes);
}

/** The progress code for the course's lessons in `progress`, e.g. "0G00-8E52-…". */
export function encodeProgress(progress: Progress, course: readonly CourseLesson[]): string {
  return grouped(toBase32(encodeProgressBytes(progress, course)));
}

export type Decoded =
  | {
      ok: true;
      progress: Progress;
      /** Lessons in the code that this course does not have (left out). */
      skipped: number;
    }
  | { ok: false; error: string };

const MISTYPED =
  'This code does not check out: a character is probably mistyped, missing or extra. ' +
  'Copy it again from the other device.';

/**
 * Reads a progress code back against this course. Never throws: a code that is not one, is
 * mistyped, cut short or damaged gives `{ ok: false, error }` with a sentence naming what is
 * wrong, and nothing else.
 */
export function decodeProgress(code: string, course: readonly CourseLesson[]): Decoded {
  const fail = (error: string): Decoded => ({ ok: false, error });
  const typed = code.trim();
  if (typed === '') return fail('Paste a progress code first.');
  let chars = '';
  for (const [i, raw] of [...typed].entries()) {
    if (/[\s-]/.test(raw)) continue;
    const ch = raw.toUpperCase().replace('O', '0').replace(/[IL]/, '1');
    if (!ALPHABET.includes(ch)) {
      return fail(
        `“${raw}” (character ${i + 1}) is not part of any progress code: ` +
          'codes use only digits and letters, and never U.',
      );
    }
    chars += ch;
  }
  const bits = chars.length * 5;
  if (Math.floor(bits / 8) < 4) return fail('This code is too short: part of it is missing.');
  const bytes = fromBase32(chars);
  if (bytes === null) return fail(MISTYPED);
  const body = bytes.subarray(0, bytes.length - 2);
  const sum = (bytes[bytes.length - 2]! << 8) | bytes[bytes.length - 1]!;
  if (crc16(body) !== sum) return fail(MISTYPED);
  const format = body[0]!;
  if (format !== CODE_FORMAT) {
    return format > CODE_FORMAT
      ? fail('This code was made by a newer version of Neuron Lab: reload this page and try again.')
      : fail('This is not a progress code (its format is unknown).');
  }
  const byId = new Map(course.map((l) => [lessonCodeId(l.slug), l]));
  const lessons: Progress['lessons'] = {};
  const seen = new Set<number>();
  let skipped = 0;
  let lastSlug: string | undefined;
  let record = 0;
  let at = 2;
  while (at < body.length) {
    if (at + 3 > body.length) return fail('This code is damaged: its last lesson is cut off.');
    const id = (body[at]! << 8) | body[at + 1]!;
    at += 2;
    const right: boolean[] = [];
    for (let group = 0; ; group++) {
      if (group === MAX_GROUPS || at >= body.length) {
        return fail('This code is damaged: a lesson’s questions are cut off.');
      }
      const byte = body[at++]!;
      for (let i = 0; i < 7; i++) right.push((byte & (1 << i)) !== 0);
      if ((byte & 0x80) === 0) break;
    }
    if (seen.has(id)) return fail('This code is damaged: it lists a lesson twice.');
    seen.add(id);
    record++;
    const lesson = byId.get(id);
    if (!lesson) {
      skipped++;
      continue;
    }
    lessons[lesson.slug] = { right: lesson.questions.filter((_, i) => right[i]) };
    if (record === body[1]) lastSlug = lesson.slug;
  }
  if (body[1]! > record)
    return fail('This code is damaged: it points at a lesson it does not list.');
  return {
    ok: true,
    progress: {
      version: PROGRESS_VERSION,
      lessons,
      last: lastSlug ? { lesson: lastSlug } : null,
    },
    skipped,
  };
}

/** Crockford base-32 characters (already checked) back to bytes; null if the padding is not 0. */
function fromBase32(chars: string): Uint8Array | null {
  const out = new Uint8Array(Math.floor((chars.length * 5) / 8));
  let buffer = 0;
  let bits = 0;
  let n = 0;
  for (const ch of chars) {
    buffer = ((buffer << 5) | ALPHABET.indexOf(ch)) & 0xfff;
    bits += 5;
    if (bits >= 8) {
      bits -= 8;
      out[n++] = (buffer >> bits) & 0xff;
    }
  }
  // A whole extra character, or padding bits that are not zero: not a code this page wrote.
  if (bits >= 5 || (buffer & ((1 << bits) - 1)) !== 0) return null;
  return out;
}
