import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { compile } from '@mdx-js/mdx';
import remarkMath from 'remark-math';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import remarkIslandChecks, { islandProblems } from './remark-island-checks.mjs';

const IMPORTS = `import NeuronLab from '~/components/neuron/NeuronLab.astro';
import ActivationPlot from '~/components/activation/ActivationPlot.astro';
import DigitPad from '~/components/digits/DigitPad.astro';
import NetworkView from '~/components/digits/NetworkView.astro';
import Aside from '~/components/course/Aside.astro';
`;

/** Compiles a lesson body through MDX with the plugin, as the build does. */
async function build(body, file = 'content/lessons/05-test.mdx') {
  const source = new VFile({ path: path.resolve(file), value: `${IMPORTS}\n${body}` });
  await compile(source, { remarkPlugins: [remarkMath, remarkIslandChecks] });
}

describe('remarkIslandChecks on a lesson', () => {
  it.each([
    ['ids given once each', '<NeuronLab id="a" />\n\n<ActivationPlot id="b" follow="a" />'],
    ['derived ids', '<NeuronLab />\n\n<NeuronLab />\n\n<ActivationPlot follow="neuron2" />'],
    [
      'an id written as a text expression',
      '<NeuronLab id={\'a\'} />\n\n<ActivationPlot follow="a" />',
    ],
    ['a pad and its network', '<DigitPad id="read" />\n\n<NetworkView follow="read" />'],
    ['components that are not islands share no ids', '<Aside kind="try">Hi</Aside>\n\n<Aside />'],
    ['islands inside other components', '<Aside kind="try">\n\n<NeuronLab id="a" />\n\n</Aside>'],
    ['maths with braces', '$\\frac{a}{b}$ and <NeuronLab id="a" />'],
  ])('accepts %s', async (_, body) => {
    await expect(build(body)).resolves.toBeUndefined();
  });

  it('rejects two islands with the same id, naming the lesson, the id and both lines', async () => {
    const body = '<NeuronLab id="gate" />\n\n<ActivationPlot id="gate" />';
    await expect(build(body)).rejects.toThrow(
      'content/lessons/05-test.mdx: two islands have the id "gate": <NeuronLab id="gate"> (line 7) and <ActivationPlot id="gate"> (line 9).',
    );
  });

  it('rejects an id that repeats one derived from position', async () => {
    const body = '<NeuronLab />\n\n<NeuronLab id="neuron1" />';
    await expect(build(body)).rejects.toThrow(
      /05-test\.mdx: two islands have the id "neuron1": <NeuronLab> \(line 7\) and <NeuronLab id="neuron1"> \(line 9\)/,
    );
  });

  it('rejects the same id inside another component', async () => {
    const body = '<NeuronLab id="a" />\n\n<Aside>\n\n<DigitPad id="a" />\n\n</Aside>';
    await expect(build(body)).rejects.toThrow(/two islands have the id "a"/);
  });

  it('rejects a follow that names no island, listing the ids there are', async () => {
    const body = '<NeuronLab id="gate" />\n\n<ActivationPlot follow="gat" />';
    await expect(build(body, 'content/lessons/03-bias.mdx')).rejects.toThrow(
      'content/lessons/03-bias.mdx: <ActivationPlot> (line 9) has follow="gat", which names no island on the page (its islands\' ids: "gate", "plot1").',
    );
  });

  it('rejects a follow naming an island of a kind it cannot follow', async () => {
    const body = '<NeuronLab id="gate" />\n\n<NetworkView id="net" follow="gate" />';
    await expect(build(body)).rejects.toThrow(
      '<NetworkView id="net"> (line 9) has follow="gate", which names a <NeuronLab>; a <NetworkView> follows a DigitPad.',
    );
  });

  it('finds islands imported under another name', async () => {
    const source = new VFile({
      path: path.resolve('content/lessons/05-test.mdx'),
      value: `import Lab from '~/components/neuron/NeuronLab.astro';\n\n<Lab id="x" />\n\n<Lab id="x" />`,
    });
    await expect(compile(source, { remarkPlugins: [remarkIslandChecks] })).rejects.toThrow(
      /<Lab id="x"> \(line 3\) and <Lab id="x"> \(line 5\)/,
    );
  });

  it('reports every problem at once', async () => {
    const body = '<NeuronLab id="a" />\n\n<NeuronLab id="a" />\n\n<ActivationPlot follow="b" />';
    const error = await build(body).catch((e) => e);
    expect(error.message.split('\n')).toHaveLength(2);
  });
});

describe('islandProblems', () => {
  it('leaves out islands whose id is only known when the page renders', () => {
    const uses = [
      { island: 'NeuronLab', id: undefined, where: '<NeuronLab {...props}>' },
      { island: 'NeuronLab', id: undefined, where: '<NeuronLab id={name}>' },
    ];
    expect(islandProblems(uses)).toEqual([]);
  });
});

describe('the real lessons', () => {
  const dir = path.resolve('content/lessons');
  it.each(readdirSync(dir).filter((f) => f.endsWith('.mdx')))('%s passes', async (file) => {
    const full = path.join(dir, file);
    const source = new VFile({ path: full, value: readFileSync(full, 'utf8') });
    await expect(
      compile(source, { remarkPlugins: [remarkMath, remarkIslandChecks] }),
    ).resolves.toBeDefined();
  });
});
