/**
 * The font subsetter's parts: which text KaTeX's fonts draw, the renaming by content hash, and
 * a whole run on a small build folder, where the subset font is read back with harfbuzz
 * (an independent reader) to see which characters it kept.
 */
import { mkdtempSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import fontverter from 'fontverter';
import { Blob, Face } from 'harfbuzzjs';
import katex from 'katex';
import { describe, expect, it } from 'vitest';
import {
  HINTING_REFERENCE,
  characterSet,
  decodeEntities,
  katexHtmlText,
  katexWoff2Urls,
  rehashedName,
  subsetKatexFonts,
} from './katex-subset.mjs';

const require = createRequire(import.meta.url);
const fontsDir = path.join(path.dirname(require.resolve('katex/package.json')), 'dist/fonts');

/** The Unicode code points a font maps to glyphs (its cmap), read by harfbuzz. */
async function codePointsOf(fontBytes) {
  const sfnt = await fontverter.convert(fontBytes, 'sfnt');
  const face = new Face(new Blob(sfnt), 0);
  return new Set(face.collectUnicodes());
}

describe('katexHtmlText', () => {
  it('is the drawn text of KaTeX output, without its MathML', () => {
    const html = katex.renderToString('w_1 x_1 + b', { output: 'htmlAndMathml' });
    const text = katexHtmlText(`<p>Before ${html} after</p>`);
    expect(text.replace(/[\u200b\s]/g, '')).toBe('w1x1+b');
  });

  it('ends each formula where its span closes, however deep it nests', () => {
    const html =
      '<span class="katex-html" aria-hidden="true"><span><span>a</span><span>b<span>c</span></span></span></span>d<span>e</span>';
    expect(katexHtmlText(html)).toBe('abc');
  });

  it('reads every formula of a page and decodes character references', () => {
    const html =
      '<span class="katex-html">x &lt; y</span> text <span class="katex-html">&#x3C3;&#8722;&amp;</span>';
    expect(katexHtmlText(html)).toBe('x < yσ−&');
  });
});

describe('decodeEntities and characterSet', () => {
  it('decodes named, decimal and hex references and leaves unknown ones', () => {
    expect(decodeEntities('&quot;&apos;&nbsp;&#960;&#x3b7;&unknown;')).toBe('"\'\u00a0πη&unknown;');
  });

  it('keeps each character once, astral ones whole', () => {
    expect(characterSet('baab𝑥𝑥')).toBe('ab𝑥');
  });
});

describe('HINTING_REFERENCE', () => {
  it('holds FreeType’s Latin and Greek blue-zone letters, each once', () => {
    for (const zone of [
      'THEZOCQS',
      'HEZLOCUS',
      'fijkdbh',
      'xzroesc',
      'pqgjy',
      'ΒΔΖΞΘΟ',
      'βθδζλξ',
      'αειοπστω',
      'βγημρφχψ',
    ])
      for (const c of zone) expect(HINTING_REFERENCE).toContain(c);
    expect(characterSet(HINTING_REFERENCE).length).toBe(HINTING_REFERENCE.length);
  });
});

describe('rehashedName', () => {
  it('replaces the hash with the first 8 characters of the content SHA-256 (base64url)', () => {
    const hash = createHash('sha256').update('new').digest('base64url').slice(0, 8);
    expect(rehashedName('KaTeX_Main-Regular.B22Nviop.woff2', 'new')).toBe(
      `KaTeX_Main-Regular.${hash}.woff2`,
    );
    expect(rehashedName('style.BDEWSYMW.css', 'a')).not.toBe(
      rehashedName('style.BDEWSYMW.css', 'b'),
    );
  });

  it('refuses a name without a hash', () => {
    expect(() => rehashedName('favicon', 'x')).toThrow(/no content hash/);
  });
});

describe('katexWoff2Urls', () => {
  it('lists the woff2 files, not the woff and ttf fallbacks, each once', () => {
    const css =
      '@font-face{src:url(/base/_astro/KaTeX_Main-Regular.B22Nviop.woff2) format("woff2"),url(/base/_astro/KaTeX_Main-Regular.Dr94JaBh.woff) format("woff")}' +
      '.x{background:url(/base/_astro/KaTeX_Main-Regular.B22Nviop.woff2)}';
    expect(katexWoff2Urls(css)).toEqual(['/base/_astro/KaTeX_Main-Regular.B22Nviop.woff2']);
  });
});

describe('subsetKatexFonts on a build folder', () => {
  it('keeps exactly the maths characters, renames font and stylesheet, and relinks pages', async () => {
    const out = mkdtempSync(path.join(os.tmpdir(), 'katex-subset-'));
    mkdirSync(path.join(out, '_astro'));
    mkdirSync(path.join(out, 'lesson'));
    const whole = readFileSync(path.join(fontsDir, 'KaTeX_Main-Regular.woff2'));
    writeFileSync(path.join(out, '_astro/KaTeX_Main-Regular.B22Nviop.woff2'), whole);
    writeFileSync(
      path.join(out, '_astro/style.OLDHASH1.css'),
      '@font-face{font-family:KaTeX_Main;src:url(/_astro/KaTeX_Main-Regular.B22Nviop.woff2) format("woff2")}',
    );
    const maths = katex.renderToString('a=(b+2)', { output: 'htmlAndMathml' });
    const page = `<link rel="stylesheet" href="/_astro/style.OLDHASH1.css"><p>Prose mnw ${maths}</p>`;
    writeFileSync(path.join(out, 'lesson/index.html'), page);

    const report = await subsetKatexFonts(out);

    const files = readdirSync(path.join(out, '_astro')).sort();
    expect(files).toHaveLength(2);
    const font = files.find((f) => f.endsWith('.woff2'));
    const sheet = files.find((f) => f.endsWith('.css'));
    expect(font).toMatch(/^KaTeX_Main-Regular\.[\w-]{8}\.woff2$/);
    expect(font).not.toBe('KaTeX_Main-Regular.B22Nviop.woff2');
    expect(sheet).not.toBe('style.OLDHASH1.css');
    expect(readFileSync(path.join(out, '_astro', sheet), 'utf8')).toContain(`/_astro/${font})`);
    expect(readFileSync(path.join(out, 'lesson/index.html'), 'utf8')).toContain(
      `href="/_astro/${sheet}"`,
    );
    const bytes = readFileSync(path.join(out, '_astro', font));
    expect(bytes.length).toBeLessThan(whole.length / 2);
    expect(report).toMatchObject({ fonts: 1, before: whole.length, after: bytes.length });
    const kept = await codePointsOf(bytes);
    for (const c of 'ab2=()+') expect(kept.has(c.codePointAt(0))).toBe(true);
    // The auto-hinter's reference letters stay (Main-Regular has Latin and Greek capitals).
    for (const c of 'oxHOΘΔ') expect(kept.has(c.codePointAt(0))).toBe(true);
    // Prose outside the maths is not drawn by KaTeX's fonts.
    for (const c of 'mnw') expect(kept.has(c.codePointAt(0))).toBe(false);
  });
});
