import { evaluate } from '@mdx-js/mdx';
import { describe, expect, it } from 'vitest';
import { mdxSnippet } from './mdx-snippet';
import { ISLAND_LIST } from './registry';

/** The props MDX itself gives a component placed by this snippet (the MDX compiler as oracle). */
async function propsOf(name: string, snippet: string): Promise<Record<string, unknown>> {
  const seen: Record<string, unknown>[] = [];
  const jsx = (type: unknown, props: Record<string, unknown>) =>
    typeof type === 'function' ? type(props) : null;
  const { default: Content } = await evaluate(snippet, { Fragment: 'f', jsx, jsxs: jsx } as never);
  Content({ components: { [name]: (p: Record<string, unknown>) => seen.push(p) } } as never);
  expect(seen).toHaveLength(1);
  return seen[0]!;
}

describe('mdxSnippet', () => {
  it.each([
    [{ id: 'one', bias: -1 }, '<NeuronLab id="one" bias={-1} />'],
    [{ derivatives: true }, '<NeuronLab derivatives />'],
    [{ derivatives: false }, '<NeuronLab derivatives={false} />'],
    [{ inputs: [1, 0.5] }, '<NeuronLab inputs={[1, 0.5]} />'],
    [{ caption: 'say "hi"' }, '<NeuronLab caption={"say \\"hi\\""} />'],
    [{ id: undefined }, '<NeuronLab />'],
  ])('%j → %s', (props, expected) => {
    expect(mdxSnippet('NeuronLab', props)).toBe(expected);
  });

  it('puts one attribute a line past the width', () => {
    expect(mdxSnippet('SoftmaxView', { id: 'soft', logits: [2, 1, 0.1] }, 20)).toBe(
      '<SoftmaxView\n  id="soft"\n  logits={[2, 1, 0.1]}\n/>',
    );
  });

  it.each([
    { caption: 'a { brace } and <angle>' },
    { choices: [{ text: 'x', why: 'it "is"' }, { 'not-an-identifier': 1 }] },
    { derivatives: true, zRange: [-5, 5], follow: 'three' },
  ])('gives back %j through MDX', async (props) => {
    expect(await propsOf('X', mdxSnippet('X', props))).toEqual(props);
  });

  const examples = ISLAND_LIST.flatMap((island) =>
    island.examples.flatMap((example) => [
      ...(example.with ?? []).map((use) => [use.island, example.title, use.props] as const),
      [island.name, example.title, example.props] as const,
    ]),
  );
  it.each(examples)('%s, "%s": the snippet places it with its props', async (name, _, props) => {
    expect(await propsOf(name, mdxSnippet(name, props))).toEqual(props);
  });
});
