/**
 * KaTeX's fonts cut down to the characters the site's maths uses, after every production build.
 *
 * KaTeX ships each font whole (KaTeX_Main-Regular alone is 26 KB of woff2); the lessons use
 * about sixty characters. All maths is typeset at build time (rehype-katex), so the built
 * pages hold every character a KaTeX font will ever draw: the text of their `.katex-html`
 * elements. Each woff2 font the stylesheet names is subset to that set (harfbuzz, through
 * subset-font), which keeps every glyph, metric and hint of those characters, so the maths
 * draws the same pixels (e2e/maths-fonts.spec.ts compares them against KaTeX's own files).
 *
 * Every font gets the union of all pages' characters, not only those its own classes use:
 * a few kilobytes more, and no way for a character to go missing from the font that draws it.
 *
 * The subset files are content-hashed like Vite's, the stylesheet that names them is rewritten
 * and renamed by its new hash, and every page's link follows; the whole fonts and the old
 * stylesheet are deleted, so nothing stale can be cached under a name whose content changed.
 * KaTeX's .woff and .ttf fallbacks (for browsers without woff2, which also lack service
 * workers) stay whole.
 *
 * Runs before page-hints.mjs (which preloads the fonts by their new names) and the service
 * worker (which precaches the final files).
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import subsetFont from 'subset-font';
import { filesUnder, htmlFiles } from './build-files.mjs';

/**
 * Characters every subset keeps, used or not. Linux browsers hint glyphs with FreeType's
 * auto-hinter, which sets each script's vertical alignment zones (x-height, cap height,
 * overshoots) and stem widths by measuring reference letters: for Latin THEZOCQS, HEZLOCUS,
 * fijkdbh, xzroesc and pqgjy, for Greek ΒΔΖΞΘΟ, βθδζλξ, αειοπστω and βγημρφχψ (FreeType's
 * afblue.dat). Without them the zones move and a used glyph can land a pixel off where
 * KaTeX's whole font puts it (e2e/maths.spec.ts compares the two, pixel for pixel).
 */
export const HINTING_REFERENCE = 'THEZOCQSLUfijkdbhxzroescpqgy' + 'ΒΔΖΞΘΟβθδζλξαειοπστωγημρφχψ';

const ENTITIES = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Text with HTML character references decoded (named ones of ENTITIES, and numeric ones). */
export function decodeEntities(text) {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, ref) => {
    if (ref[0] === '#') {
      const code =
        ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : Number(ref.slice(1));
      return String.fromCodePoint(code);
    }
    return ENTITIES[ref.toLowerCase()] ?? whole;
  });
}

/**
 * The text of every `<span class="katex-html">` in a page: what KaTeX's fonts draw (the MathML
 * beside it is for screen readers and is not drawn). KaTeX's HTML output nests only spans
 * (and SVG, which has no text), so the element ends at the span that closes its depth.
 * @param {string} html
 * @returns {string}
 */
export function katexHtmlText(html) {
  let text = '';
  for (const start of html.matchAll(/<span class="katex-html"[^>]*>/g)) {
    let depth = 1;
    const tags = /<(\/?)span\b[^>]*>/g;
    tags.lastIndex = start.index + start[0].length;
    let from = tags.lastIndex;
    for (let m = tags.exec(html); m && depth > 0; m = tags.exec(html)) {
      text += html.slice(from, m.index);
      depth += m[1] ? -1 : 1;
      from = m.index + m[0].length;
    }
  }
  return decodeEntities(text.replace(/<[^>]*>/g, ''));
}

/** The distinct characters (code points) of a text, sorted. */
export function characterSet(text) {
  return [...new Set(text)].sort().join('');
}

/**
 * A built file's name with its content hash replaced: "KaTeX_Main-Regular.B22Nviop.woff2" and
 * new bytes → "KaTeX_Main-Regular.<8 characters of their SHA-256>.woff2".
 * @param {string} name
 * @param {Buffer|string} content
 */
export function rehashedName(name, content) {
  const match = /^(.*)\.[\w-]+(\.[a-z0-9]+)$/i.exec(name);
  if (!match) throw new Error(`${name} has no content hash to replace`);
  const hash = createHash('sha256').update(content).digest('base64url').slice(0, 8);
  return `${match[1]}.${hash}${match[2]}`;
}

/**
 * The woff2 files a stylesheet names as KaTeX fonts, as the URLs written in it (absolute or
 * relative to it), each once. Fonts the bundler inlined as data: URIs are not among them.
 */
export function katexWoff2Urls(css) {
  return [
    ...new Set(
      [...css.matchAll(/url\(["']?([^)"':]*KaTeX_[\w-]+\.[\w-]+\.woff2)["']?\)/g)].map((m) => m[1]),
    ),
  ];
}

/**
 * Subsets the KaTeX fonts of the build in `out` to the characters of its pages' maths, and
 * renames what changed (fonts, then the stylesheet naming them) through every page.
 * @param {string} out the build folder
 * @returns {Promise<{ characters: number, fonts: number, before: number, after: number }>}
 */
export async function subsetKatexFonts(out) {
  const pages = htmlFiles(out);
  const characters = characterSet(
    HINTING_REFERENCE + pages.map((p) => katexHtmlText(readFileSync(p, 'utf8'))).join(''),
  );
  const assets = path.join(out, '_astro');
  const renamed = new Map();
  let before = 0;
  let after = 0;
  let fonts = 0;
  for (const sheet of filesUnder(assets, (n) => n.endsWith('.css'))) {
    let css = readFileSync(sheet, 'utf8');
    const urls = katexWoff2Urls(css);
    if (!urls.length) continue;
    for (const url of urls) {
      const file = path.join(assets, path.basename(url));
      const whole = readFileSync(file);
      const subset = await subsetFont(whole, characters, { targetFormat: 'woff2' });
      const name = rehashedName(path.basename(file), subset);
      writeFileSync(path.join(assets, name), subset);
      rmSync(file);
      css = css.replaceAll(url, url.slice(0, url.length - path.basename(url).length) + name);
      before += whole.length;
      after += subset.length;
      fonts++;
    }
    const name = rehashedName(path.basename(sheet), css);
    writeFileSync(path.join(assets, name), css);
    rmSync(sheet);
    renamed.set(path.basename(sheet), name);
  }
  for (const page of pages) {
    const html = readFileSync(page, 'utf8');
    let next = html;
    for (const [from, to] of renamed) next = next.replaceAll(`/_astro/${from}"`, `/_astro/${to}"`);
    if (next !== html) writeFileSync(page, next);
  }
  return { characters: [...characters].length, fonts, before, after };
}

/**
 * The Astro integration.
 * @returns {import('astro').AstroIntegration}
 */
export default function katexSubset() {
  return {
    name: 'neuron-lab:katex-subset',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const { characters, fonts, before, after } = await subsetKatexFonts(fileURLToPath(dir));
        logger.info(
          `${fonts} KaTeX fonts cut to the ${characters} characters of the maths: ${before.toLocaleString('en-US')} → ${after.toLocaleString('en-US')} bytes`,
        );
      },
    },
  };
}
