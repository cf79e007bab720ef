import path from 'node:path';

/**
 * Remark plugin: gives every component used in an MDX lesson a `lessonSource` prop holding
 * the lesson's file path (relative to the project), so a component that rejects a prop can
 * name the lesson in its build error. Only capitalised JSX elements (components) get it.
 * @returns {(tree: any, file: { path?: string }) => void}
 */
export default function remarkLessonSource() {
  return (tree, file) => {
    if (!file.path || !file.path.endsWith('.mdx')) return;
    const source = path.relative(process.cwd(), file.path).split(path.sep).join('/');
    /** @param {any} node */
    const visit = (node) => {
      const isJsx = node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';
      if (isJsx && typeof node.name === 'string' && /^[A-Z]/.test(node.name)) {
        node.attributes.push({ type: 'mdxJsxAttribute', name: 'lessonSource', value: source });
      }
      for (const child of node.children ?? []) visit(child);
    };
    visit(tree);
  };
}
