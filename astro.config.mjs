// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import remarkMath from 'remark-math';
import rehypeKatex from 'rehype-katex';
import { normaliseBase } from './scripts/base-path.mjs';
import remarkLessonSource from './scripts/remark-lesson-source.mjs';
import remarkIslandChecks from './scripts/remark-island-checks.mjs';
import { katexFontDisplay } from './scripts/katex-font-display.mjs';
import serviceWorker from './scripts/service-worker.mjs';
import katexSubset from './scripts/katex-subset.mjs';
import pageHints from './scripts/page-hints.mjs';

/**
 * BASE_PATH serves the site under a sub-path, e.g. BASE_PATH=/neuron-lab/ for
 * https://example.org/neuron-lab/. Unset, the site lives at /.
 * OUT_DIR lets tests build a second copy beside dist/ without touching it; ASTRO_CACHE_DIR
 * gives such a build its own cache, so two builds can run at once.
 * SITE_URL is the origin the site is served from (https://example.org): with it, each
 * worksheet prints the lesson's full address and its QR code opens it; without it, they give
 * the lesson's path, which a browser on the same site can open but a phone's camera cannot.
 */
const base = normaliseBase(process.env.BASE_PATH);
if (!process.env.SITE_URL && process.argv.includes('build')) {
  console.warn(
    "[neuron-lab] SITE_URL is not set, so the worksheets print each lesson's path (/lessons/bias/) " +
      "and their QR codes encode only that path, which a phone's camera cannot open. " +
      'For a deployment, build with SITE_URL=https://your.site (README, Worksheets).',
  );
}

export default defineConfig({
  base,
  site: process.env.SITE_URL || undefined,
  outDir: process.env.OUT_DIR ?? './dist',
  cacheDir: process.env.ASTRO_CACHE_DIR ?? './node_modules/.astro',
  trailingSlash: 'ignore',
  build: { format: 'directory' },
  // One stylesheet for the whole site (cssCodeSplit: false; KaTeX's first, see Base.astro):
  // a page waits for one cached file before its first paint instead of up to five, and the
  // offline cache holds it once. Inlining it (or KaTeX's) in every page would add about 0.7 MB
  // to the offline cache (docs/performance.md, Lighthouse).
  vite: { plugins: [katexFontDisplay()], build: { cssCodeSplit: false } },
  // After the build, in this order: katexSubset cuts KaTeX's fonts to the maths' characters,
  // pageHints preloads each page's fonts and lowers its scripts' priority, and serviceWorker
  // writes sw.js, which precaches the final files for offline use (README, Offline).
  integrations: [mdx(), katexSubset(), pageHints({ base }), serviceWorker()],
  markdown: {
    processor: unified({
      // remarkIslandChecks fails the build on a repeated island id or a follow naming no island.
      remarkPlugins: [remarkMath, remarkIslandChecks, remarkLessonSource],
      // KaTeX runs here, at build time; the browser gets HTML and CSS, no KaTeX JavaScript.
      rehypePlugins: [[rehypeKatex, { strict: 'error', output: 'htmlAndMathml' }]],
    }),
  },
  devToolbar: { enabled: false },
});
