/**
 * The MDX an author writes to place an island with these props, for the authors' gallery:
 * text as "…", `true` as a bare attribute, numbers, lists and objects in braces.
 *
 * mdxSnippet('NeuronLab', { id: 'one', inputs: [1], bias: -1 })
 *   → '<NeuronLab id="one" inputs={[1]} bias={-1} />'
 * Past `width` characters, one attribute a line.
 */
export function mdxSnippet(name: string, props: object, width = 72): string {
  const attributes = Object.entries(props)
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) => attribute(key, value));
  const line = `<${name}${attributes.map((a) => ` ${a}`).join('')} />`;
  if (line.length <= width) return line;
  return `<${name}\n${attributes.map((a) => `  ${a}\n`).join('')}/>`;
}

function attribute(key: string, value: unknown): string {
  if (value === true) return key;
  if (typeof value === 'string' && !/["{}<>]/.test(value)) return `${key}="${value}"`;
  return `${key}={${literal(value)}}`;
}

/** A JavaScript literal: `[1, 0.5]`, `{ text: "…" }`. */
function literal(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(literal).join(', ')}]`;
  if (value !== null && typeof value === 'object') {
    const fields = Object.entries(value).map(
      ([k, v]) => `${/^[A-Za-z_$][\w$]*$/.test(k) ? k : JSON.stringify(k)}: ${literal(v)}`,
    );
    return `{ ${fields.join(', ')} }`;
  }
  return JSON.stringify(value);
}
