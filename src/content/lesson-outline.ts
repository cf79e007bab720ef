/**
 * A lesson's outline as present mode and the worksheets see it, read from its MDX source: its
 * `##` sections (one slide each, after the title slide), the demos placed in each (by island
 * id), and its "Try this" blocks with their tasks.
 *
 *   outlineLesson(readFileSync('content/lessons/03-bias.mdx', 'utf8'))
 *   // → { sections: [{ title: 'A bar to clear', slide: 2 }, …],
 *   //     islands: Map { 'gate' → { slide: 5, section: 'A neuron that says yes or no', line: 104 }, … },
 *   //     tries: [{ id: 'logic', line: 124, slide: 5, section: '…', tasks: [{ html, text }, …] }, …] }
 *
 * Slides follow src/components/present/present-url.ts (groupSlides): slide 1 is the title and
 * the introduction, then one slide per top-level `##` heading, in order.
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import remarkMath from 'remark-math';
import rehypeKatex from 'rehype-katex';
import remarkSmartypants from 'remark-smartypants';
import { toHast } from 'mdast-util-to-hast';
import { toHtml } from 'hast-util-to-html';
import { toString } from 'mdast-util-to-string';
import type { Nodes as MdastNodes, Root as MdastRoot, RootContent } from 'mdast';
import type { Root as HastRoot } from 'hast';
import { ISLANDS } from '../components/island/registry';
import { bindOperators } from '../render/format';

/** Components that are demos: the registry's islands, under the names lessons import them by. */
const ISLAND_NAMES: ReadonlySet<string> = new Set(Object.keys(ISLANDS));

/** One task of a "Try this": the list item as HTML (maths rendered by KaTeX) and as text. */
export interface TryTask {
  /** HTML of the task, maths as KaTeX HTML and MathML; glossary links reduced to their words. */
  html: string;
  /** The task as plain text, maths as its TeX source ("Set $x_3$ to 1" → "Set x_3 to 1"). */
  text: string;
}

/** A `<Aside kind="try">` block of the lesson. */
export interface TryBlock {
  /** Its `id` prop; undefined when the author gave none (the plan checks report it). */
  id?: string;
  /** 1-based line of its opening tag in the lesson file. */
  line: number;
  /** The `##` section it sits in ("Introduction" before the first). */
  section: string;
  /** The present-mode slide of that section. */
  slide: number;
  /** Its numbered tasks, or the whole block as one task when it has no list. */
  tasks: TryTask[];
}

/** Where a demo sits: its section, that section's slide, its line in the lesson file. */
export interface IslandPlace {
  section: string;
  slide: number;
  line: number;
}

export interface LessonOutline {
  /** The `##` sections in order, each with its slide number (2, 3, …). */
  sections: { title: string; slide: number }[];
  /** Demos (the registry's islands with a literal `id` prop) by id. */
  islands: Map<string, IslandPlace>;
  tries: TryBlock[];
}

type Jsx = Extract<MdastNodes, { type: 'mdxJsxFlowElement' | 'mdxJsxTextElement' }>;

const isJsx = (node: MdastNodes): node is Jsx =>
  node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';

/** A JSX element's attribute written as text (`kind="try"`), else undefined. */
function textAttribute(node: Jsx, name: string): string | undefined {
  for (const a of node.attributes) {
    if (a.type === 'mdxJsxAttribute' && a.name === name && typeof a.value === 'string') {
      return a.value;
    }
  }
  return undefined;
}

/** Blanks the frontmatter but keeps its lines, so parse positions are lines of the file. */
function withoutFrontmatter(source: string): string {
  const match = /^---\r?\n[\s\S]*?\r?\n---\r?\n/.exec(source);
  return match ? match[0].replace(/[^\n]/g, '') + source.slice(match[0].length) : source;
}

/** Parses lesson MDX (frontmatter allowed) into mdast with positions. */
function parse(source: string): MdastRoot {
  const processor = unified().use(remarkParse).use(remarkMdx).use(remarkMath);
  return processor.runSync(processor.parse(withoutFrontmatter(source))) as MdastRoot;
}

/**
 * A copy of `nodes` with glossary links (`<Term>`) replaced by their words. Any other
 * component inside a task cannot be printed, so it is an error naming it.
 */
function plainNodes(nodes: readonly RootContent[], where: string): RootContent[] {
  return nodes.flatMap((node): RootContent[] => {
    if (isJsx(node)) {
      if (node.name === 'Term') return plainNodes(node.children as RootContent[], where);
      throw new Error(`${where}: a Try this task may not contain <${node.name ?? 'fragment'}>`);
    }
    if ('children' in node) {
      return [
        { ...node, children: plainNodes(node.children as RootContent[], where) } as RootContent,
      ];
    }
    return [node];
  });
}

/** Binds operators in prose (`y = 1` never breaks after "="), as the site's other texts do. */
function bindText(node: MdastNodes): void {
  if (node.type === 'text') node.value = bindOperators(node.value);
  if ('children' in node) for (const child of node.children) bindText(child as MdastNodes);
}

/** One task's nodes as HTML (KaTeX for the maths) and text, punctuated as on the lesson page. */
function task(nodes: RootContent[], where: string): TryTask {
  // Curly quotes and dashes, as the lesson page's Markdown pipeline (smartypants) prints them.
  const root = unified()
    .use(remarkSmartypants)
    .runSync({ type: 'root', children: plainNodes(nodes, where) } as MdastRoot) as MdastRoot;
  bindText(root);
  const hast = toHast(root) as HastRoot;
  const katex = unified().use(rehypeKatex, { strict: 'error', output: 'htmlAndMathml' });
  const html = toHtml(katex.runSync(hast) as HastRoot);
  return {
    html,
    text: toString(root)
      .replace(/[\s\u00a0]+/g, ' ')
      .trim(),
  };
}

/** Reads a lesson's sections, demos and Try-this blocks from its MDX source. */
export function outlineLesson(source: string, file = 'the lesson'): LessonOutline {
  const tree = parse(source);
  const sections: LessonOutline['sections'] = [];
  const islands = new Map<string, IslandPlace>();
  const tries: TryBlock[] = [];
  let section = 'Introduction';
  let slide = 1;
  for (const node of tree.children) {
    if (node.type === 'heading' && node.depth === 2) {
      section = toString(node);
      slide += 1;
      sections.push({ title: section, slide });
      continue;
    }
    const visit = (n: MdastNodes): void => {
      if (isJsx(n) && n.name) {
        const line = n.position?.start.line ?? 0;
        const id = textAttribute(n, 'id');
        if (n.name === 'Aside') {
          if (textAttribute(n, 'kind') === 'try') {
            const where = `${file}: <Aside kind="try"${id ? ` id="${id}"` : ''}> (line ${line})`;
            const list = n.children.find((c) => c.type === 'list');
            const items = list && list.type === 'list' ? list.children : undefined;
            const tasks = items
              ? items.map((item) => task(item.children as RootContent[], where))
              : [task(n.children as RootContent[], where)];
            tries.push({ id, line, section, slide, tasks });
          }
        } else if (id !== undefined && ISLAND_NAMES.has(n.name)) {
          islands.set(id, { section, slide, line });
        }
      }
      if ('children' in n) for (const c of n.children) visit(c as MdastNodes);
    };
    visit(node);
  }
  return { sections, islands, tries };
}
