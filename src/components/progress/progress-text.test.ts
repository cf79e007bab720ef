import { describe, expect, it } from 'vitest';
import { emptyProgress, type Progress } from '~/state/progress';
import { describeProgress, storageNote, type CourseEntry } from './progress-text';

const course: CourseEntry[] = [
  { slug: 'what-a-neuron-holds', title: 'What a neuron holds', position: 1, questions: ['a', 'b'] },
  { slug: 'weights', title: 'Weights', position: 2, questions: ['c', 'd', 'e'] },
  { slug: 'bias', title: 'Bias', position: 3, questions: ['f'] },
];

describe('describeProgress', () => {
  it('before any lesson: says what will be marked, and offers no link', () => {
    const text = describeProgress(emptyProgress(), course);
    expect(text.summary).toBe(
      'You have not opened a lesson in this browser yet. As you go, each lesson below is marked ' +
        'opened, then finished (a lesson is finished when every question in it is answered ' +
        'right). It is kept in this browser only; nothing is sent anywhere.',
    );
    expect(text.continue).toBeUndefined();
    expect([...text.marks.values()]).toEqual(['', '', '']);
  });

  it('counts opened and finished lessons and marks each card in words', () => {
    const progress: Progress = {
      version: 1,
      lessons: {
        'what-a-neuron-holds': { right: ['b', 'a'] },
        weights: { right: ['d'] },
        'not-in-course': { right: [] },
      },
      last: { lesson: 'weights' },
    };
    const text = describeProgress(progress, course);
    expect(text.counts).toBe('2 of 3 lessons opened, 1 finished');
    expect(text.summary).toBe(
      'So far: 2 of 3 lessons opened, 1 finished (a lesson is finished when every question in ' +
        'it is answered right). It is kept in this browser only; nothing is sent anywhere.',
    );
    expect(Object.fromEntries(text.marks)).toEqual({
      'what-a-neuron-holds': 'Finished: 2 of 2 questions right',
      weights: 'Opened: 1 of 3 questions right',
      bias: '',
    });
    expect(text.continue).toEqual({
      label: 'Continue where you left off: Lesson 2, Weights',
      path: 'lessons/weights/',
    });
  });

  it('links to the section the reader left, by its heading id', () => {
    const progress: Progress = {
      version: 1,
      lessons: { bias: { right: ['f'] } },
      last: { lesson: 'bias', section: { id: 'a-bar-to-clear', title: 'A bar to clear' } },
    };
    const text = describeProgress(progress, course);
    expect(text.marks.get('bias')).toBe('Finished: 1 of 1 question right');
    expect(text.continue).toEqual({
      label: 'Continue where you left off: Lesson 3, Bias, at “A bar to clear”',
      path: 'lessons/bias/#a-bar-to-clear',
    });
  });

  it('offers no link to a lesson the course no longer has', () => {
    const progress: Progress = { version: 1, lessons: {}, last: { lesson: 'gone' } };
    expect(describeProgress(progress, course).continue).toBeUndefined();
  });
});

describe('storageNote', () => {
  it.each([
    [{ saved: true }, ''],
    [
      { saved: true, damaged: true },
      'The progress saved in this browser could not be read (it may come from a newer version ' +
        'of Neuron Lab), so it starts again from here.',
    ],
    [
      { saved: false, problem: 'blocked' as const },
      'Progress can’t be saved in this browser: it does not let this site store anything (as in ' +
        'some private windows). Everything else works, and you can still import a code to see ' +
        'it here for this visit.',
    ],
    [
      { saved: false, problem: 'full' as const },
      'Progress can’t be saved in this browser: its storage for this site is full. Everything ' +
        'else works, and you can still import a code to see it here for this visit.',
    ],
  ])('%j', (status, note) => {
    expect(storageNote(status)).toBe(note);
  });
});
