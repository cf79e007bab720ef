/**
 * One KaTeX: the copy rehype-katex renders lesson maths with at build time must be the copy
 * whose stylesheet the lesson layout bundles (katex/dist/katex.min.css). With two versions
 * in the tree the HTML's size classes have no CSS rules and every script renders full size.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const projectRoot = path.resolve(import.meta.dirname, '../..');
const fromProject = createRequire(path.join(projectRoot, 'package.json'));
const fromRehypeKatex = createRequire(fromProject.resolve('rehype-katex'));

/** The folder of the katex package that `require` resolves from a module. */
function katexDir(req: NodeRequire): string {
  let dir = path.dirname(req.resolve('katex'));
  const isKatex = (d: string) =>
    existsSync(path.join(d, 'package.json')) &&
    JSON.parse(readFileSync(path.join(d, 'package.json'), 'utf8')).name === 'katex';
  while (!isKatex(dir)) {
    dir = path.dirname(dir);
  }
  return dir;
}
const versionIn = (dir: string): string =>
  JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')).version;

const cssDir = katexDir(fromProject);
const css = readFileSync(path.join(cssDir, 'dist/katex.min.css'), 'utf8');

describe('one KaTeX for HTML and CSS', () => {
  it('rehype-katex renders with the katex whose stylesheet the layout imports', () => {
    const rendererDir = katexDir(fromRehypeKatex);
    expect(versionIn(rendererDir)).toBe(versionIn(cssDir));
    expect(css).toContain(`content:"${versionIn(rendererDir)}"`);
  });

  it('every class in rendered sub- and superscripts has a rule in the bundled CSS', () => {
    // The katex module rehype-katex itself imports, called as rehype-katex calls it.
    const katex = fromRehypeKatex('katex') as typeof import('katex');
    const html = ['a^{(1)} = \\sigma(w_1 x_1 + b)', '\\frac{\\partial C}{\\partial w_{jk}}']
      .map((tex) => katex.renderToString(tex, { output: 'htmlAndMathml', displayMode: true }))
      .join('');
    const htmlPart = html.replace(/<math[\s\S]*?<\/math>/g, '');
    const classes = new Set(
      [...htmlPart.matchAll(/class="([^"]+)"/g)].flatMap((m) => m[1]!.split(/\s+/)),
    );
    expect(classes.has('msupsub')).toBe(true);
    // Atom-type markers (mord, mbin, …, mtight) carry meaning for KaTeX's spacing at render
    // time and have no rules of their own; every other class (sizing, reset-size6, size3,
    // msupsub, vlist, …) must be styled by the bundled stylesheet.
    const semantic = /^m(ord|open|close|rel|bin|punct|inner|op|tight)$/;
    const unstyled = [...classes].filter((c) => !semantic.test(c) && !css.includes(`.${c}`));
    expect([...classes].filter((c) => /^(sizing|reset-size\d|size\d)/.test(c)).length).toBeGreaterThan(0);
    expect(unstyled).toEqual([]);
  });
});
