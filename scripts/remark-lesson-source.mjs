import path from 'node:path';

/**
 * Remark plugin: gives every component used in an MDX lesson two props:
 * - `lessonSource`, the lesson's file path (relative to the project), so a component that
 *   rejects a prop can name the lesson in its build error;
 * - `islandIndex`, its 1-based position among the components of the same name in the lesson,
 *   from which an island without an explicit id derives a stable one.
 * Only capitalised JSX elements (components) get them.
 * @returns {(tree: any, file: { path?: string }) => void}
 */
export default function remarkLessonSource() {
  return (tree, file) => {
    if (!file.path || !file.path.endsWith('.mdx')) return;
    const source = path.relative(process.cwd(), file.path).split(path.sep).join('/');
    /** @type {Map<string, number>} */
    const counts = new Map();
    /** @param {any} node */
    const visit = (node) => {
      const isJsx = node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';
      if (isJsx && typeof node.name === 'string' && /^[A-Z]/.test(node.name)) {
        const index = (counts.get(node.name) ?? 0) + 1;
        counts.set(node.name, index);
        node.attributes.push(
          { type: 'mdxJsxAttribute', name: 'lessonSource', value: source },
          {
            type: 'mdxJsxAttribute',
            name: 'islandIndex',
            value: {
              type: 'mdxJsxAttributeValueExpression',
              value: String(index),
              data: {
                estree: {
                  type: 'Program',
                  sourceType: 'module',
                  body: [
                    {
                      type: 'ExpressionStatement',
                      expression: { type: 'Literal', value: index, raw: String(index) },
                    },
                  ],
                },
              },
            },
          },
        );
      }
      for (const child of node.children ?? []) visit(child);
    };
    visit(tree);
  };
}
