import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { katexFontDisplay, swapFontDisplay } from './katex-font-display.mjs';

describe('KaTeX font-display', () => {
  const css = readFileSync('node_modules/katex/dist/katex.min.css', 'utf8');

  it('the shipped KaTeX stylesheet declares block, for every one of its fonts', () => {
    const faces = css.match(/@font-face/g)?.length;
    expect(css.match(/font-display:block/g)).toHaveLength(faces);
  });

  it('becomes swap for every font, and nothing else changes', () => {
    const out = swapFontDisplay(css);
    expect(out).not.toMatch(/font-display\s*:\s*block/);
    expect(out.match(/font-display:swap/g)).toHaveLength(css.match(/@font-face/g)?.length);
    expect(out.replace(/font-display:swap/g, 'font-display:block')).toBe(css);
  });

  it('the plugin touches KaTeX’s stylesheet only', () => {
    const plugin = katexFontDisplay();
    const id = '/x/node_modules/katex/dist/katex.min.css';
    expect(plugin.transform('a{font-display:block}', id)?.code).toBe('a{font-display:swap}');
    expect(plugin.transform('a{font-display:block}', '/x/src/styles/global.css')).toBeNull();
  });
});
