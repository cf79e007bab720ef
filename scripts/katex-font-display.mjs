/**
 * A Vite plugin: KaTeX's stylesheet declares its fonts `font-display: block`, which hides the
 * maths (and, on a slow connection, holds the first paint of the text around it) until the
 * fonts arrive. `swap` shows the maths at once in a fallback font and swaps the KaTeX fonts
 * in when they load; the layout KaTeX computed at build time stays the same.
 */
export function katexFontDisplay() {
  return {
    name: 'neuron-lab:katex-font-display',
    enforce: 'pre',
    /** @param {string} code @param {string} id */
    transform(code, id) {
      if (!/[\\/]katex[\\/]dist[\\/]katex(\.min)?\.css(\?|$)/.test(id)) return null;
      return { code: swapFontDisplay(code), map: null };
    },
  };
}

/** Every `font-display: block` in `css` as `font-display: swap`. */
export function swapFontDisplay(css) {
  return css.replace(/font-display\s*:\s*block/g, 'font-display:swap');
}
