import { describe, expect, it } from 'vitest';
import { findDuplicateOrders, lessonSchema } from './lesson-schema';

const questions = [
  {
    kind: 'choice',
    prompt: 'What does a negative weight mean?',
    choices: [
      { text: 'Nothing', why: 'A negative weight counts: it pulls the sum down.' },
      { text: 'The input argues against the neuron' },
    ],
    answer: 1,
    explanation: 'It lowers the weighted sum when the input is on.',
  },
  {
    kind: 'number',
    prompt: 'z for w = 2, x = 0.5, b = −1?',
    answer: 0,
    explanation: '2 × 0.5 − 1 = 0.',
  },
];

const valid = {
  title: 'Weights',
  description: 'How much each input counts.',
  order: 2,
  objectives: ['Explain a weight'],
  minutes: 10,
  questions,
};

/** The first issue's path and message for invalid frontmatter. */
function firstIssue(data: unknown): { path: string; message: string } {
  const result = lessonSchema.safeParse(data);
  if (result.success) throw new Error('expected the frontmatter to be rejected');
  const issue = result.error.issues[0]!;
  return { path: issue.path.join('.'), message: issue.message };
}

describe('lessonSchema', () => {
  it('accepts complete frontmatter, defaulting draft to false and tolerance to 0.005', () => {
    const parsed = lessonSchema.parse(valid);
    expect(parsed.draft).toBe(false);
    expect(parsed.questions[1]).toEqual({ ...questions[1], tolerance: 0.005 });
  });

  it('lets a draft have no questions', () => {
    expect(lessonSchema.parse({ ...valid, draft: true, questions: undefined }).questions).toEqual(
      [],
    );
  });

  it.each([
    ['a missing title', { ...valid, title: undefined }, 'title'],
    ['an empty title', { ...valid, title: '  ' }, 'title'],
    ['order as text', { ...valid, order: 'two' }, 'order'],
    ['a fractional order', { ...valid, order: 1.5 }, 'order'],
    ['order 0', { ...valid, order: 0 }, 'order'],
    ['no objectives', { ...valid, objectives: [] }, 'objectives'],
    ['six objectives', { ...valid, objectives: ['a', 'b', 'c', 'd', 'e', 'f'] }, 'objectives'],
    ['an objective that is not text', { ...valid, objectives: [{ a: 1 }] }, 'objectives.0'],
    ['minutes as text', { ...valid, minutes: 'ten' }, 'minutes'],
    ['draft as text', { ...valid, draft: 'yes' }, 'draft'],
    ['an unknown field', { ...valid, minuts: 3 }, ''],
    [
      'one question in a published lesson',
      { ...valid, questions: questions.slice(0, 1) },
      'questions',
    ],
    [
      'an answer index past the choices',
      { ...valid, questions: [{ ...questions[0], answer: 2 }, questions[1]] },
      'questions.0.answer',
    ],
    [
      'a numeric question without an explanation',
      { ...valid, questions: [questions[0], { ...questions[1], explanation: '' }] },
      'questions.1.explanation',
    ],
    [
      'a choice given as plain text',
      {
        ...valid,
        questions: [{ ...questions[0], choices: ['Nothing', 'Something'] }, questions[1]],
      },
      'questions.0.choices.0',
    ],
    [
      'an unknown field on a choice',
      {
        ...valid,
        questions: [
          {
            ...questions[0],
            choices: [{ text: 'Nothing', why: 'No.', note: 'x' }, { text: 'Yes' }],
          },
          questions[1],
        ],
      },
      'questions.0.choices.0',
    ],
    [
      'an unknown question kind',
      { ...valid, questions: [{ kind: 'essay' }, questions[1]] },
      'questions.0.kind',
    ],
  ])('rejects %s, naming the field', (_, data, field) => {
    const issue = firstIssue(data);
    expect(issue.path).toBe(field);
    if (field === '') expect(issue.message).toContain('minuts');
  });
});

describe('why on choices', () => {
  const choice = (choices: { text: string; why?: string }[], answer: number) => ({
    ...valid,
    questions: [{ ...questions[0], choices, answer }, questions[1]],
  });

  it('is required on a wrong choice: the error names the choice and quotes its text', () => {
    const issue = firstIssue(
      choice([{ text: 'Right' }, { text: 'Wrong one', why: 'Because.' }, { text: 'Forgotten' }], 0),
    );
    expect(issue.path).toBe('questions.0.choices.2.why');
    expect(issue.message).toContain('"Forgotten"');
    expect(issue.message).toContain('why is required');
  });

  it('is refused on the right choice', () => {
    const issue = firstIssue(
      choice(
        [
          { text: 'Wrong', why: 'No.' },
          { text: 'Right', why: 'Yes.' },
        ],
        1,
      ),
    );
    expect(issue.path).toBe('questions.0.choices.1.why');
    expect(issue.message).toContain('right choice takes no why');
  });

  it('must not be empty', () => {
    const issue = firstIssue(choice([{ text: 'Wrong', why: '  ' }, { text: 'Right' }], 1));
    expect(issue.path).toBe('questions.0.choices.0.why');
  });

  it('is checked against the authored answer, whichever position it holds', () => {
    const parsed = lessonSchema.parse(
      choice([{ text: 'A', why: 'Not A.' }, { text: 'B', why: 'Not B.' }, { text: 'C' }], 2),
    );
    expect(parsed.questions[0]).toMatchObject({
      answer: 2,
      choices: [{ text: 'A' }, { text: 'B' }, { text: 'C' }],
    });
  });
});

describe('findDuplicateOrders', () => {
  it('finds nothing when every order is unique', () => {
    expect(
      findDuplicateOrders([
        { filePath: 'a.mdx', order: 1 },
        { filePath: 'b.mdx', order: 2 },
      ]),
    ).toEqual([]);
  });

  it('names the field and every file sharing an order', () => {
    const [message, ...rest] = findDuplicateOrders([
      { filePath: 'c.mdx', order: 3 },
      { filePath: 'a.mdx', order: 3 },
      { filePath: 'b.mdx', order: 1 },
    ]);
    expect(rest).toEqual([]);
    expect(message).toContain('"order"');
    expect(message).toContain('3');
    expect(message).toContain('a.mdx, c.mdx');
  });
});
