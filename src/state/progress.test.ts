import { describe, expect, it } from 'vitest';
import {
  answeredRight,
  emptyProgress,
  fnv1a,
  lessonStatus,
  mergeProgress,
  questionKey,
  validateProgress,
  visit,
  type Progress,
} from './progress';

const progress = (lessons: Progress['lessons'], last: Progress['last'] = null): Progress => ({
  version: 1,
  lessons,
  last,
});

describe('fnv1a and questionKey', () => {
  // The published FNV-1a 32-bit test vectors, and their base 36 worked out by hand.
  it.each([
    ['', 0x811c9dc5, 'ztntfp'],
    ['a', 0xe40c292c, '1r9wi7g'],
    ['foobar', 0xbf9cf968, '1h5yxyg'],
  ])('%j hashes to %i, key %s', (text, hash, key) => {
    expect(fnv1a(text)).toBe(hash);
    expect(questionKey(text)).toBe(key);
  });
});

describe('visit and answeredRight', () => {
  it('opening a lesson lists it and makes it the place to continue from', () => {
    const once = visit(emptyProgress(), 'bias');
    expect(once).toEqual(progress({ bias: { right: [] } }, { lesson: 'bias' }));
    const section = { id: 'sliding', title: 'Sliding the curve' };
    expect(visit(once, 'bias', section)).toEqual(
      progress({ bias: { right: [] } }, { lesson: 'bias', section }),
    );
  });

  it('reopening the last lesson keeps the section recorded in it; another lesson has none', () => {
    const section = { id: 'sliding', title: 'Sliding the curve' };
    const p = progress({ bias: { right: [] } }, { lesson: 'bias', section });
    expect(visit(p, 'bias').last).toEqual({ lesson: 'bias', section });
    expect(visit(p, 'weights').last).toEqual({ lesson: 'weights' });
    const other = { id: 'a-bar', title: 'A bar to clear' };
    expect(visit(p, 'bias', other).last).toEqual({ lesson: 'bias', section: other });
  });

  it('reopening a lesson keeps its right answers', () => {
    const p = progress({ bias: { right: ['k1'] } }, { lesson: 'weights' });
    expect(visit(p, 'bias')).toEqual(progress({ bias: { right: ['k1'] } }, { lesson: 'bias' }));
  });

  it('a right answer is recorded once, in the order first answered', () => {
    let p = answeredRight(emptyProgress(), 'bias', 'k2');
    p = answeredRight(p, 'bias', 'k1');
    p = answeredRight(p, 'bias', 'k2');
    expect(p.lessons).toEqual({ bias: { right: ['k2', 'k1'] } });
  });

  it('a slug named like an Object method is a lesson like any other', () => {
    expect(lessonStatus(emptyProgress(), { slug: 'constructor', questions: ['k'] }).opened).toBe(
      false,
    );
    expect(visit(emptyProgress(), 'constructor').lessons).toEqual({ constructor: { right: [] } });
  });
});

describe('mergeProgress', () => {
  it('keeps every lesson and right answer of both, the incoming place to continue', () => {
    const here = progress({ bias: { right: ['a', 'b'] }, weights: { right: [] } }, { lesson: 'w' });
    const there = progress(
      { bias: { right: ['c', 'a'] }, layers: { right: ['d'] } },
      {
        lesson: 'layers',
      },
    );
    expect(mergeProgress(here, there)).toEqual(
      progress(
        { bias: { right: ['a', 'b', 'c'] }, weights: { right: [] }, layers: { right: ['d'] } },
        { lesson: 'layers' },
      ),
    );
  });

  it('keeps the current place when the incoming progress has none', () => {
    const here = progress({}, { lesson: 'bias', section: { id: 's', title: 'S' } });
    expect(mergeProgress(here, emptyProgress()).last).toEqual(here.last);
  });
});

describe('lessonStatus', () => {
  const lesson = { slug: 'bias', questions: ['q1', 'q2', 'q3'] };
  it.each([
    [{}, { opened: false, right: 0, questions: 3, finished: false }],
    [{ bias: { right: [] } }, { opened: true, right: 0, questions: 3, finished: false }],
    [{ bias: { right: ['q3', 'q1'] } }, { opened: true, right: 2, questions: 3, finished: false }],
    [
      { bias: { right: ['q2', 'q3', 'q1'] } },
      { opened: true, right: 3, questions: 3, finished: true },
    ],
    // A key of a question since removed from the lesson does not count.
    [
      { bias: { right: ['old', 'q1', 'q2'] } },
      { opened: true, right: 2, questions: 3, finished: false },
    ],
  ])('%j', (lessons, expected) => {
    expect(lessonStatus(progress(lessons), lesson)).toEqual(expected);
  });
});

describe('validateProgress', () => {
  it('accepts the documented shape and drops repeated keys', () => {
    const value = {
      version: 1,
      lessons: { bias: { right: ['k3v9q2', '1x0c7a', 'k3v9q2'] }, weights: { right: [] } },
      last: { lesson: 'bias', section: { id: 'sliding-the-curve', title: 'Sliding the curve' } },
    };
    expect(validateProgress(value)).toEqual({
      ok: true,
      value: { ...value, lessons: { ...value.lessons, bias: { right: ['k3v9q2', '1x0c7a'] } } },
    });
  });

  it('reads a missing last as none and leaves out unknown fields', () => {
    expect(validateProgress({ version: 1, lessons: {}, extra: 1 })).toEqual({
      ok: true,
      value: { version: 1, lessons: {}, last: null },
    });
  });

  it.each([
    [null, 'it is not a progress record'],
    [[], 'it is not a progress record'],
    [{ lessons: {} }, 'its version is missing or unknown'],
    [{ version: '1', lessons: {} }, 'its version is missing or unknown'],
    [{ version: 2, lessons: {} }, 'it was made by a newer version of Neuron Lab (format 2)'],
    [{ version: 1 }, 'lessons is missing'],
    [{ version: 1, lessons: [] }, 'lessons is missing'],
    [{ version: 1, lessons: { 'Bias!': { right: [] } } }, '“Bias!” is not a lesson'],
    [{ version: 1, lessons: { __proto__x: { right: [] } } }, '“__proto__x” is not a lesson'],
    [{ version: 1, lessons: { bias: {} } }, 'lessons.bias.right is missing'],
    [{ version: 1, lessons: { bias: { right: 'k1' } } }, 'lessons.bias.right is missing'],
    [
      { version: 1, lessons: { bias: { right: ['k1', 7] } } },
      'lessons.bias.right[1] is not a question key',
    ],
    [
      { version: 1, lessons: { bias: { right: ['<b>'] } } },
      'lessons.bias.right[0] is not a question key',
    ],
    [{ version: 1, lessons: {}, last: 'bias' }, 'last.lesson is not a lesson'],
    [
      { version: 1, lessons: {}, last: { lesson: 'bias', section: { id: 'x' } } },
      'last.section needs an id and a title',
    ],
    [
      {
        version: 1,
        lessons: {},
        last: { lesson: 'bias', section: { id: 'x', title: 'y'.repeat(201) } },
      },
      'last.section needs an id and a title',
    ],
  ])('refuses %j: %s', (value, error) => {
    expect(validateProgress(value)).toEqual({ ok: false, error });
  });

  it('refuses more lessons or keys than any course has', () => {
    const many = Object.fromEntries(
      Array.from({ length: 201 }, (_, i) => [`l${i}`, { right: [] }]),
    );
    expect(validateProgress({ version: 1, lessons: many })).toEqual({
      ok: false,
      error: 'it lists more than 200 lessons',
    });
    const keys = Array.from({ length: 101 }, (_, i) => `k${i}`);
    expect(validateProgress({ version: 1, lessons: { bias: { right: keys } } })).toEqual({
      ok: false,
      error: 'lessons.bias.right is too long',
    });
  });
});
