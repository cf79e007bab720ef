import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { componentProps, componentUses } from './lesson-props';

const MDX = `
import NeuronLab from '~/components/neuron/NeuronLab.astro';

Some text with <em>tags</em> and a <NeuronLabel> that is another component.

<NeuronLab
  id="gate"
  inputs={[1, -0.5, .25]}
  weights={[ 2e1, -1 ]}
  bias={-1.5}
  activation="step"
  show={['inputs', "bias"]}
  caption="Braces { and > inside a string are text."
  derivatives
/>

<Quiz {...frontmatter.questions[0]} />
<NeuronLab id='second' lock={[]} flag={true} off={false} none={null} />
`;

describe('reading demo props from a lesson', () => {
  it('reads numbers, strings, lists and bare props of the component with that id', () => {
    expect(componentProps(MDX, 'NeuronLab', 'gate')).toEqual({
      id: 'gate',
      inputs: [1, -0.5, 0.25],
      weights: [20, -1],
      bias: -1.5,
      activation: 'step',
      show: ['inputs', 'bias'],
      caption: 'Braces { and > inside a string are text.',
      derivatives: true,
    });
  });

  it('finds every use in order, not components whose name merely starts the same', () => {
    const uses = componentUses(MDX, 'NeuronLab');
    expect(uses.map((u) => u.id)).toEqual(['gate', 'second']);
    expect(uses[1]).toEqual({
      id: 'second',
      lock: [],
      flag: true,
      off: false,
      none: null,
    });
  });

  it('reads object literals, with plain or quoted keys, nested, with a trailing comma', () => {
    const mdx = `<NeuronLab id="g" goal={{ text: "It's an AND gate", when: { gate: 'and', 'z': { above: -1 } }, solution: { bias: -1.5, }, }} />`;
    expect(componentProps(mdx, 'NeuronLab', 'g').goal).toEqual({
      text: "It's an AND gate",
      when: { gate: 'and', z: { above: -1 } },
      solution: { bias: -1.5 },
    });
    expect(() => componentUses('<NeuronLab id="a" goal={{ 1: 2 }} />', 'NeuronLab')).toThrow(
      /prop "goal" is not a literal/,
    );
    expect(() => componentUses('<NeuronLab id="a" goal={{ a: 1 b: 2 }} />', 'NeuronLab')).toThrow(
      /prop "goal" is not a literal/,
    );
  });

  it('skips spread props', () => {
    expect(componentUses(MDX, 'Quiz')).toEqual([{}]);
  });

  it('refuses an expression it cannot read instead of guessing', () => {
    expect(() => componentUses('<NeuronLab id="a" bias={1 + 2} />', 'NeuronLab')).toThrow(
      /<NeuronLab>.*prop "bias" is not a literal/,
    );
    expect(() => componentUses('<NeuronLab id="a" w={x} />', 'NeuronLab')).toThrow(/prop "w"/);
    expect(() => componentUses('<NeuronLab id="a"', 'NeuronLab')).toThrow(/never closed/);
  });

  it('says how many it found when the id is missing or repeated', () => {
    expect(() => componentProps(MDX, 'NeuronLab', 'nope')).toThrow(/found 0/);
    expect(() => componentProps('<A id="x" />\n<A id="x" />', 'A', 'x')).toThrow(/found 2/);
  });

  it('reads a real lesson', () => {
    const source = readFileSync('content/lessons/03-bias.mdx', 'utf8');
    const gate = componentProps(source, 'NeuronLab', 'gate');
    expect(gate.activation).toBe('step');
    expect(gate.inputs).toHaveLength(2);
  });
});
