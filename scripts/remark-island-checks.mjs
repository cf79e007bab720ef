import path from 'node:path';
import { ISLANDS } from '../src/components/island/registry.ts';

/**
 * @typedef {import('../src/components/island/registry.ts').IslandName} IslandName
 * @typedef {object} IslandUse One island placed on a page.
 * @property {IslandName} island Its registry name.
 * @property {string} [id] Its id: given, or derived from its position; undefined when it
 *   cannot be known at build time (an id written as an expression, or props spread in).
 * @property {string} [follow] The id its `follow` prop names, when written as text.
 * @property {string} where How to find it in the source: "<NeuronLab id="one"> (line 12)".
 */

/**
 * What is wrong with the islands on one page: two with the same id (an id is the island's key
 * in the page's URL), or a `follow` naming no island on the page, or one of a kind it cannot
 * follow (per the registry's `follows`). Returns one sentence per problem, in page order.
 * @param {IslandUse[]} uses
 * @returns {string[]}
 */
export function islandProblems(uses) {
  /** @type {string[]} */
  const problems = [];
  /** @type {Map<string, IslandUse>} */
  const byId = new Map();
  for (const use of uses) {
    if (use.id === undefined) continue;
    const first = byId.get(use.id);
    if (first) {
      problems.push(
        `two islands have the id "${use.id}": ${first.where} and ${use.where}. An island's id is its key in the page's URL, so it must be unique on the page.`,
      );
    } else byId.set(use.id, use);
  }
  const known = [...byId.keys()].map((id) => `"${id}"`).join(', ') || 'none';
  for (const use of uses) {
    if (use.follow === undefined) continue;
    const target = byId.get(use.follow);
    if (!target) {
      problems.push(
        `${use.where} has follow="${use.follow}", which names no island on the page (its islands' ids: ${known}).`,
      );
      continue;
    }
    const follows = ISLANDS[use.island].follows;
    if (!follows.includes(target.island)) {
      const kinds = follows.length > 0 ? `a ${follows.join(' or a ')}` : 'nothing';
      problems.push(
        `${use.where} has follow="${use.follow}", which names a <${target.island}>; a <${use.island}> follows ${kinds}.`,
      );
    }
  }
  return problems;
}

/** The registry's islands by the end of their import path ("components/neuron/NeuronLab.astro"). */
const byComponent = new Map(
  Object.values(ISLANDS).map((i) => [i.component.replace(/^~\//, ''), i.name]),
);

/**
 * Local names the lesson imports registry islands under: `import Lab from
 * '~/components/neuron/NeuronLab.astro'` maps "Lab" to "NeuronLab".
 * @param {any} tree
 * @returns {Map<string, IslandName>}
 */
function importedIslands(tree) {
  /** @type {Map<string, IslandName>} */
  const names = new Map();
  for (const node of tree.children ?? []) {
    if (node.type !== 'mdxjsEsm') continue;
    for (const [, local, from] of node.value.matchAll(
      /import\s+(\w+)\s+from\s+['"]([^'"]+)['"]/g,
    )) {
      const key = [...byComponent.keys()].find((c) => from.endsWith(c));
      if (key) names.set(local, /** @type {IslandName} */ (byComponent.get(key)));
    }
  }
  return names;
}

/**
 * A JSX attribute's text value: `id="one"` or `id={'one'}`; undefined when absent; null when
 * it is an expression whose value is only known when the page renders.
 * @param {any} node
 * @param {string} name
 * @returns {string | null | undefined}
 */
function textAttribute(node, name) {
  const attr = node.attributes.find(
    (/** @type {any} */ a) => a.type === 'mdxJsxAttribute' && a.name === name,
  );
  if (!attr) return undefined;
  if (typeof attr.value === 'string') return attr.value;
  const expression = attr.value?.data?.estree?.body?.[0]?.expression;
  return expression?.type === 'Literal' && typeof expression.value === 'string'
    ? expression.value
    : null;
}

/**
 * The islands of one MDX tree, in source order, with the ids they will have: an island without
 * an id gets `<idPrefix><n>`, n counting the elements of the same name as
 * scripts/remark-lesson-source.mjs does.
 * @param {any} tree
 * @returns {IslandUse[]}
 */
export function islandUses(tree) {
  const imported = importedIslands(tree);
  /** @type {Map<string, number>} */
  const counts = new Map();
  /** @type {IslandUse[]} */
  const uses = [];
  /** @param {any} node */
  const visit = (node) => {
    const isJsx = node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';
    if (isJsx && typeof node.name === 'string' && /^[A-Z]/.test(node.name)) {
      const index = (counts.get(node.name) ?? 0) + 1;
      counts.set(node.name, index);
      const island = imported.get(node.name);
      const prefix = island && ISLANDS[island].idPrefix;
      if (island && prefix) {
        const spread = node.attributes.some(
          (/** @type {any} */ a) => a.type === 'mdxJsxExpressionAttribute',
        );
        const given = textAttribute(node, 'id');
        const follow = textAttribute(node, 'follow');
        const id = given === undefined && !spread ? `${prefix}${index}` : (given ?? undefined);
        const shown = given ? ` id="${given}"` : '';
        const line = node.position?.start.line;
        uses.push({
          island,
          id,
          follow: follow ?? undefined,
          where: `<${node.name}${shown}>${line ? ` (line ${line})` : ''}`,
        });
      }
    }
    for (const child of node.children ?? []) visit(child);
  };
  visit(tree);
  return uses;
}

/**
 * Remark plugin: fails the build when a lesson places two islands with the same id, or an
 * island whose `follow` names no island on the page (or one it cannot follow). The error
 * names the lesson file, the ids and the lines.
 * @returns {(tree: any, file: { path?: string }) => void}
 */
export default function remarkIslandChecks() {
  return (tree, file) => {
    if (!file.path || !file.path.endsWith('.mdx')) return;
    const problems = islandProblems(islandUses(tree));
    if (problems.length === 0) return;
    const source = path.relative(process.cwd(), file.path).split(path.sep).join('/');
    throw new Error(`${source}: ${problems.join(`\n${source}: `)}`);
  };
}
