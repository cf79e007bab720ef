/**
 * Fetch priorities written into every built page, so that its first paint waits for the text
 * and the stylesheet, and its maths gets its fonts a round trip sooner.
 *
 * Every page is complete HTML before any script runs (each island has a build-time picture
 * and its values as text), so the order a browser should fetch in is:
 *
 * 1. the page and its one stylesheet (render-blocking, highest priority);
 * 2. the KaTeX fonts its maths uses, preloaded (`<link rel="preload" as="font">`). Without
 *    this, a font is requested only after the stylesheet has arrived and the first layout has
 *    found maths that needs it: a round trip later, with the maths shown in a fallback font
 *    meanwhile and then swapped (`font-display: swap`, katex-font-display.mjs). The fonts
 *    are KaTeX's cut to the site's characters (katex-subset.mjs), 3–12 KB each;
 * 3. the islands' scripts, at low priority (`fetchpriority="low"`): module scripts run after
 *    the page is parsed anyway, and this keeps them from competing with the stylesheet and
 *    fonts on a slow connection.
 *
 * Run after katex-subset.mjs (the fonts' final names) and before the service worker's
 * manifest (its revisions hash the final pages). e2e/page-hints.spec.ts checks the preloads
 * against the fonts Chromium fetches for each page.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { htmlFiles } from './build-files.mjs';
import { katexWoff2Urls } from './katex-subset.mjs';

/**
 * The KaTeX font files a page's maths uses, as KaTeX's file stems ("Main-Regular"), told by
 * the classes that KaTeX's stylesheet gives a font-family (katex.css): each entry is a font
 * and a test on one element's classes.
 * @type {Array<[string, (c: Set<string>) => boolean]>}
 */
const KATEX_FONT_CLASSES = [
  ['Main-Regular', (c) => c.has('katex')],
  ['Math-Italic', (c) => c.has('mathnormal')],
  ['Main-Italic', (c) => c.has('mathit') || c.has('textit')],
  ['Main-Bold', (c) => c.has('mathbf') || c.has('textbf')],
  ['Math-BoldItalic', (c) => c.has('boldsymbol')],
  ['AMS-Regular', (c) => c.has('amsrm') || c.has('mathbb') || c.has('textbb')],
  ['Caligraphic-Regular', (c) => c.has('mathcal')],
  ['Fraktur-Regular', (c) => c.has('mathfrak') || c.has('textfrak')],
  ['Typewriter-Regular', (c) => c.has('mathtt') || c.has('texttt')],
  ['SansSerif-Regular', (c) => c.has('mathsf') || c.has('textsf')],
  ['Script-Regular', (c) => c.has('mathscr') || c.has('textscr')],
  [
    'Size1-Regular',
    (c) => (c.has('delimsizing') && c.has('size1')) || c.has('small-op') || c.has('delim-size1'),
  ],
  ['Size2-Regular', (c) => (c.has('delimsizing') && c.has('size2')) || c.has('large-op')],
  ['Size3-Regular', (c) => c.has('delimsizing') && c.has('size3')],
  ['Size4-Regular', (c) => (c.has('delimsizing') && c.has('size4')) || c.has('delim-size4')],
];

/**
 * The KaTeX fonts an HTML page uses: file stems, in KATEX_FONT_CLASSES order.
 * @param {string} html
 * @returns {string[]}
 */
export function katexFontsUsed(html) {
  const used = new Set();
  for (const [, classes] of html.matchAll(/\bclass="([^"]*)"/g)) {
    const set = new Set(classes.split(/\s+/));
    for (const [font, test] of KATEX_FONT_CLASSES) if (!used.has(font) && test(set)) used.add(font);
  }
  return KATEX_FONT_CLASSES.map(([font]) => font).filter((font) => used.has(font));
}

/**
 * Each KaTeX font's woff2 URL path in a built stylesheet, by file stem ("Main-Regular"),
 * resolved against the stylesheet's own URL path (katexWoff2Urls finds them).
 * @param {string} css
 * @param {string} cssHref the stylesheet's URL path, e.g. /_astro/style.X.css
 * @returns {Map<string, string>}
 */
export function katexFontUrls(css, cssHref) {
  const urls = new Map();
  for (const url of katexWoff2Urls(css)) {
    const stem = /KaTeX_([\w-]+?)\.[\w-]+\.woff2$/.exec(url)[1];
    if (!urls.has(stem)) urls.set(stem, new URL(url, `http://x${cssHref}`).pathname);
  }
  return urls;
}

/**
 * The page with its hints: a preload for each of `fonts` just before its stylesheet (so the
 * requests start together), and `fetchpriority="low"` on its module scripts. A page given its
 * hints already comes back unchanged.
 * @param {string} html
 * @param {string[]} fonts font URL paths
 * @returns {string}
 */
export function withPageHints(html, fonts) {
  const preloads = fonts
    .filter((href) => !html.includes(`href="${href}"`))
    .map((href) => `<link rel="preload" href="${href}" as="font" type="font/woff2" crossorigin>`)
    .join('');
  const out = html.replace(
    /<script type="module" src=/g,
    '<script type="module" fetchpriority="low" src=',
  );
  const sheet = /<link rel="stylesheet"[^>]*>/.exec(out);
  const at = sheet ? sheet.index : out.indexOf('</head>');
  return at < 0 ? out : out.slice(0, at) + preloads + out.slice(at);
}

/**
 * The URL paths of the KaTeX fonts a built page uses.
 * @param {string} html
 * @param {(sheetHref: string) => Map<string, string>} fontUrls katexFontUrls of the page's
 *   stylesheet, by its URL path
 * @returns {string[]}
 */
export function pageFonts(html, fontUrls) {
  const sheet = /<link rel="stylesheet" href="([^"]+)"/.exec(html)?.[1];
  if (!sheet) return [];
  const urls = fontUrls(sheet);
  return katexFontsUsed(html).flatMap((stem) => (urls.has(stem) ? [urls.get(stem)] : []));
}

/**
 * The Astro integration: writes the hints into every page of a production build.
 * @param {{ base: string }} options the site's base path ("/" or "/neuron-lab/")
 * @returns {import('astro').AstroIntegration}
 */
export default function pageHints({ base }) {
  return {
    name: 'neuron-lab:page-hints',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        /** The KaTeX fonts of a stylesheet, by its URL path (under the base): read once. */
        const sheets = new Map();
        const fontUrls = (href) => {
          if (!sheets.has(href)) {
            if (!href.startsWith(base)) throw new Error(`${href} is outside the base ${base}`);
            const css = readFileSync(path.join(out, href.slice(base.length)), 'utf8');
            sheets.set(href, katexFontUrls(css, href));
          }
          return sheets.get(href);
        };
        let pages = 0;
        for (const file of htmlFiles(out)) {
          const html = readFileSync(file, 'utf8');
          const next = withPageHints(html, pageFonts(html, fontUrls));
          if (next !== html) {
            writeFileSync(file, next);
            pages++;
          }
        }
        logger.info(`fonts preloaded and scripts lowered in ${pages} pages`);
      },
    },
  };
}
