import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  assertDistinctCodeIds,
  crc16,
  decodeProgress,
  encodeProgress,
  encodeProgressBytes,
  lessonCodeId,
  toBase32,
} from './progress-code';
import type { CourseLesson, Progress } from './progress';

/*
 * The expected codes below were worked out outside this code: lesson ids with FNV-1a by hand
 * (alpha: 0x3020, beta: 0x4b46), checksums with Python's binascii.crc_hqx(bytes, 0xffff)
 * (CRC-16/CCITT-FALSE) and text with Python's base64.b32encode mapped onto Crockford's alphabet.
 */
const course: CourseLesson[] = [
  { slug: 'alpha', questions: ['a1', 'a2', 'a3'] },
  { slug: 'beta', questions: ['b1', 'b2', 'b3', 'b4', 'b5', 'b6', 'b7', 'b8', 'b9'] },
];
const enc = new TextEncoder();

describe('the pieces of the format', () => {
  it('CRC-16/CCITT-FALSE gives the catalogue check value for "123456789"', () => {
    expect(crc16(enc.encode('123456789'))).toBe(0x29b1);
  });

  it.each([
    ['f', 'CR'],
    ['foobar', 'CSQPYRK1E8'],
  ])('base 32 of %j is %s (RFC 4648 base32 in Crockford letters)', (text, code) => {
    expect(toBase32(enc.encode(text))).toBe(code);
  });

  it.each([
    ['alpha', 0x3020],
    ['beta', 0x4b46],
    ['bias', 0xc482],
    ['weights', 0x4127],
  ])('lesson %s has code id %i', (slug, id) => {
    expect(lessonCodeId(slug)).toBe(id);
  });

  it('refuses a course where two lessons share a code id, naming them', () => {
    expect(() => assertDistinctCodeIds(['alpha', 'beta', 'alpha'])).toThrow(
      'Lessons "alpha" and "alpha" share progress code id 12320',
    );
    expect(() => assertDistinctCodeIds(['alpha', 'beta', 'bias'])).not.toThrow();
  });
});

describe('encodeProgress', () => {
  const progress: Progress = {
    version: 1,
    lessons: {
      alpha: { right: ['a3', 'a1'] },
      beta: { right: ['b8'] },
      gone: { right: ['x'] },
    },
    last: { lesson: 'beta', section: { id: 's', title: 'S' } },
  };

  it('writes the bytes of the documented format', () => {
    // version 1, last = record 2; alpha: questions 1 and 3 (0b101); beta: question 8, in a
    // second 7-bit group (0x80, 0x01); then the checksum. "gone" is not in the course.
    expect([...encodeProgressBytes(progress, course)]).toEqual([
      1, 2, 0x30, 0x20, 5, 0x4b, 0x46, 0x80, 0x01, 231, 18,
    ]);
  });

  it('writes them as grouped base 32', () => {
    expect(encodeProgress(progress, course)).toBe('0413-0805-9D38-00F7-28');
  });

  it('writes no progress as a code too', () => {
    expect(encodeProgress({ version: 1, lessons: {}, last: null }, course)).toBe('0402-WFG');
  });

  it('stays short for a real course: eight lessons of four questions, all right', () => {
    const eight = Array.from({ length: 8 }, (_, i) => ({
      slug: `lesson-${i}`,
      questions: ['q1', 'q2', 'q3', 'q4'],
    }));
    const all: Progress = {
      version: 1,
      lessons: Object.fromEntries(eight.map((l) => [l.slug, { right: l.questions }])),
      last: { lesson: 'lesson-7' },
    };
    // 2 + 8 × 3 + 2 = 28 bytes: 45 characters, 56 with the hyphens.
    expect(encodeProgress(all, eight)).toHaveLength(56);
  });
});

describe('decodeProgress', () => {
  it('reads the hand-built code back against the course', () => {
    expect(decodeProgress('0413-0805-9D38-00F7-28', course)).toEqual({
      ok: true,
      progress: {
        version: 1,
        lessons: { alpha: { right: ['a1', 'a3'] }, beta: { right: ['b8'] } },
        last: { lesson: 'beta' },
      },
      skipped: 0,
    });
  });

  it('ignores case, spaces and hyphens, and reads O as 0 and I, L as 1', () => {
    const ok = decodeProgress('0413-0805-9D38-00F7-28', course);
    expect(decodeProgress(' o4l3 O8o5\n9d38 oOf7 28 ', course)).toEqual(ok);
    expect(decodeProgress('04I308059D3800F728', course)).toEqual(ok);
  });

  it('leaves out a lesson this course does not have, and says how many', () => {
    // Records: 0xABCD (unknown; the last lesson) then alpha with question 2 right.
    expect(decodeProgress('040T-QK83-60G0-51GS', course)).toEqual({
      ok: true,
      progress: { version: 1, lessons: { alpha: { right: ['a2'] } }, last: null },
      skipped: 1,
    });
  });

  const MISTYPED =
    'This code does not check out: a character is probably mistyped, missing or extra. ' +
    'Copy it again from the other device.';

  it.each([
    ['', 'Paste a progress code first.'],
    ['  \n ', 'Paste a progress code first.'],
    [
      '0413-08U5',
      '“U” (character 8) is not part of any progress code: codes use only digits and letters, and never U.',
    ],
    [
      '0413_0805',
      '“_” (character 5) is not part of any progress code: codes use only digits and letters, and never U.',
    ],
    ['0402-WF', 'This code is too short: part of it is missing.'],
    ['0413-0805-9D38-00F7-29', MISTYPED],
    ['0413-0805-9D38-00F7-28-0', MISTYPED],
    [
      '0807-PV8',
      'This code was made by a newer version of Neuron Lab: reload this page and try again.',
    ],
    ['0001-T3R', 'This is not a progress code (its format is unknown).'],
    ['0401-5JEZ', 'This code is damaged: its last lesson is cut off.'],
    ['041K-0800-WF10', 'This code is damaged: it points at a lesson it does not list.'],
    ['0403-0800-60G0-30NQ', 'This code is damaged: it lists a lesson twice.'],
  ])('refuses %j', (code, error) => {
    expect(decodeProgress(code, course)).toEqual({ ok: false, error });
  });

  it('refuses every one-character slip in a code: a wrong, missing or doubled character', () => {
    const code = '0413-0805-9D38-00F7-28'.replaceAll('-', '');
    const alphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
    for (let i = 0; i < code.length; i++) {
      for (const ch of alphabet) {
        if (ch === code[i]) continue;
        const typo = code.slice(0, i) + ch + code.slice(i + 1);
        expect(decodeProgress(typo, course).ok, typo).toBe(false);
      }
      expect(decodeProgress(code.slice(0, i) + code.slice(i + 1), course).ok).toBe(false);
      expect(decodeProgress(code.slice(0, i) + code[i] + code.slice(i), course).ok).toBe(false);
    }
  });

  it('property: any text decodes or is refused, never throws', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), (text) => {
        const decoded = decodeProgress(text, course);
        return decoded.ok || decoded.error.length > 0;
      }),
    );
  });

  it('property: a code carries the course lessons opened, answers right and the last lesson', () => {
    const slugs = ['intro', 'weights', 'bias', 'layers', 'digits'];
    const big: CourseLesson[] = slugs.map((slug, i) => ({
      slug,
      questions: Array.from({ length: 2 + i * 4 }, (_, q) => `${slug[0]}${q}`),
    }));
    const arbitraryProgress = fc
      .tuple(
        fc.subarray(big),
        fc.array(fc.nat(), { maxLength: 40 }),
        fc.option(fc.constantFrom(...slugs), { nil: null }),
      )
      .map(([opened, picks, last]): Progress => {
        const lessons = Object.fromEntries(
          opened.map((l) => [
            l.slug,
            { right: picks.map((p) => l.questions[p % l.questions.length]!) },
          ]),
        );
        return { version: 1, lessons, last: last ? { lesson: last } : null };
      });
    fc.assert(
      fc.property(arbitraryProgress, (progress) => {
        const decoded = decodeProgress(encodeProgress(progress, big), big);
        if (!decoded.ok) return false;
        for (const lesson of big) {
          const had = progress.lessons[lesson.slug];
          const got = decoded.progress.lessons[lesson.slug];
          if (!had) {
            if (got) return false;
            continue;
          }
          const expected = lesson.questions.filter((k) => had.right.includes(k));
          if (JSON.stringify(got?.right) !== JSON.stringify(expected)) return false;
        }
        const last = progress.last && progress.lessons[progress.last.lesson] ? progress.last : null;
        return JSON.stringify(decoded.progress.last) === JSON.stringify(last);
      }),
    );
  });
});
