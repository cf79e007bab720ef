import { describe, expect, it } from 'vitest';
import { findDuplicateOrders, lessonSchema } from './lesson-schema';

const valid = {
  title: 'Weights',
  description: 'How much each input counts.',
  order: 2,
  objectives: ['Explain a weight'],
  minutes: 10,
};

/** The first issue's path and message for invalid frontmatter. */
function firstIssue(data: unknown): { path: string; message: string } {
  const result = lessonSchema.safeParse(data);
  if (result.success) throw new Error('expected the frontmatter to be rejected');
  const issue = result.error.issues[0]!;
  return { path: issue.path.join('.'), message: issue.message };
}

describe('lessonSchema', () => {
  it('accepts complete frontmatter and defaults draft to false', () => {
    expect(lessonSchema.parse(valid)).toEqual({ ...valid, draft: false });
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
  ])('rejects %s, naming the field', (_, data, field) => {
    const issue = firstIssue(data);
    expect(issue.path).toBe(field);
    if (field === '') expect(issue.message).toContain('minuts');
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
