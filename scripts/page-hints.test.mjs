/**
 * The page hints' parts: which KaTeX fonts a formula needs (from KaTeX's own output, checked
 * against the font-family rules of KaTeX's stylesheet), where the stylesheet keeps them, and
 * the rewritten page. e2e/page-hints.spec.ts checks the result against Chromium's requests.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import katex from 'katex';
import { describe, expect, it } from 'vitest';
import { katexFontUrls, katexFontsUsed, pageFonts, withPageHints } from './page-hints.mjs';

const require = createRequire(import.meta.url);
const katexCss = readFileSync(
  path.join(path.dirname(require.resolve('katex/package.json')), 'dist/katex.min.css'),
  'utf8',
);
const render = (tex, displayMode = false) =>
  katex.renderToString(tex, { output: 'htmlAndMathml', displayMode });

describe('katexFontsUsed', () => {
  it('finds none in a page without maths', () => {
    expect(katexFontsUsed('<p class="lesson">Plain words</p>')).toEqual([]);
  });

  it('gives KaTeX_Main for digits and operators, KaTeX_Math for italic letters', () => {
    expect(katexFontsUsed(render('1+2'))).toEqual(['Main-Regular']);
    expect(katexFontsUsed(render('w x'))).toEqual(['Main-Regular', 'Math-Italic']);
  });

  it('gives the size fonts for big operators and tall delimiters', () => {
    expect(katexFontsUsed(render('\\sum_i w_i'))).toContain('Size1-Regular');
    expect(katexFontsUsed(render('\\sum_i w_i', true))).toContain('Size2-Regular');
    expect(katexFontsUsed(render('\\bigl( x \\bigr)'))).toContain('Size1-Regular');
    expect(katexFontsUsed(render('\\Bigl( x \\Bigr)'))).toContain('Size2-Regular');
  });

  it('gives bold and blackboard fonts for \\mathbf and \\mathbb', () => {
    expect(katexFontsUsed(render('\\mathbf{W}'))).toContain('Main-Bold');
    expect(katexFontsUsed(render('\\mathbb{R}'))).toContain('AMS-Regular');
  });

  it('only names classes that KaTeX’s stylesheet gives a KaTeX font', () => {
    for (const cls of [
      'mathnormal',
      'mathbf',
      'amsrm',
      'mathit',
      'boldsymbol',
      'small-op',
      'large-op',
    ])
      expect(katexCss).toMatch(new RegExp(`\\.${cls}[^{]*\\{[^}]*font-family:KaTeX_`));
    expect(katexCss).toMatch(/\.delimsizing\.size1\{font-family:KaTeX_Size1\}/);
  });
});

describe('katexFontUrls and pageFonts', () => {
  const css =
    '@font-face{font-family:KaTeX_Main;src:url(/nl/_astro/KaTeX_Main-Regular.AbC12345.woff2) format("woff2"),url(/nl/_astro/KaTeX_Main-Regular.Zz.woff) format("woff")}' +
    '@font-face{font-family:KaTeX_Math;src:url(KaTeX_Math-Italic.Qq-_1234.woff2) format("woff2")}' +
    '@font-face{font-family:KaTeX_Size3;src:url(data:font/woff2;base64,AAAA) format("woff2")}';

  it('maps each woff2 font to its URL path, resolving relative ones against the stylesheet', () => {
    const urls = katexFontUrls(css, '/nl/_astro/style.X.css');
    expect(Object.fromEntries(urls)).toEqual({
      'Main-Regular': '/nl/_astro/KaTeX_Main-Regular.AbC12345.woff2',
      'Math-Italic': '/nl/_astro/KaTeX_Math-Italic.Qq-_1234.woff2',
    });
  });

  it('gives a page the URLs of the fonts its maths uses', () => {
    const html = `<link rel="stylesheet" href="/nl/_astro/style.X.css"><p>${render('x')}</p>`;
    const fontUrls = (href) => {
      expect(href).toBe('/nl/_astro/style.X.css');
      return katexFontUrls(css, href);
    };
    expect(pageFonts(html, fontUrls)).toEqual([
      '/nl/_astro/KaTeX_Main-Regular.AbC12345.woff2',
      '/nl/_astro/KaTeX_Math-Italic.Qq-_1234.woff2',
    ]);
    expect(pageFonts('<p>No stylesheet</p>', fontUrls)).toEqual([]);
  });
});

describe('withPageHints', () => {
  const page =
    '<head><link rel="icon" href="/f.svg"><link rel="stylesheet" href="/_astro/s.css"></head>' +
    '<body><script type="module" src="/_astro/a.js"></script><script type="module">inline()</script></body>';

  it('preloads the fonts just before the stylesheet and lowers the module scripts', () => {
    const out = withPageHints(page, ['/_astro/K.woff2']);
    expect(out).toContain(
      '<link rel="icon" href="/f.svg"><link rel="preload" href="/_astro/K.woff2" as="font" type="font/woff2" crossorigin><link rel="stylesheet"',
    );
    expect(out).toContain('<script type="module" fetchpriority="low" src="/_astro/a.js">');
    expect(out).toContain('<script type="module">inline()</script>');
  });

  it('changes nothing the second time', () => {
    const once = withPageHints(page, ['/_astro/K.woff2']);
    expect(withPageHints(once, ['/_astro/K.woff2'])).toBe(once);
  });
});
