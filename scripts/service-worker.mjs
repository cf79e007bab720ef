/**
 * Offline: the service worker that precaches the whole built site, generated with Workbox
 * (workbox-build's generateSW) after every production build, and what the budget script
 * measures of it.
 *
 * - What is precached (PRECACHE_GLOBS): every HTML page, every script and stylesheet, the
 *   KaTeX fonts in the one format browsers with service workers use (woff2; the .woff and .ttf
 *   copies KaTeX's CSS lists as fallbacks are left out), the favicon, the trained model, the
 *   sample digits and the TrainingLab's training set (public/models/), so that every page
 *   and every demo, Train included, works with the network off after one visit. The
 *   authors' gallery is the exception (PRECACHE_IGNORES): its pages work offline once opened.
 * - Each entry carries a revision (an MD5 of the file) unless its name already has a content
 *   hash (Astro's _astro/ files), so a new deploy refetches exactly what changed.
 * - Entries are relative to sw.js, which sits at the site's base: the same worker serves
 *   dist/ at / and dist-subpath/ at /neuron-lab/ without knowing which (its scope is the
 *   directory it is served from).
 * - Navigation: /lessons/bias/ is served from lessons/bias/index.html (directoryIndex), and
 *   query strings (island state, ?present) are ignored when matching, so every shared link
 *   opens offline. A page the site does not have goes to the network, and offline gets the
 *   cached 404 page.
 * - The worker waits after installing an update (no skipWaiting) until the page asks it to
 *   take over ({type: 'SKIP_WAITING'}, the update notice's Reload), and claims the pages of a
 *   first visit at once, so that first visit is already controlled.
 * - The Workbox runtime is bundled into sw.js (inlineWorkboxRuntime): no importScripts, no
 *   other file, nothing from another origin.
 *
 * In `astro dev` no worker is built or registered; the dev server answers sw.js with a worker
 * that unregisters itself (KILL_SWITCH), so a worker left by `npm run preview` on the same
 * address cannot serve stale pages over live reload.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The service worker's file name, at the root of the build (so its scope is the base path). */
export const SW_FILE = 'sw.js';

/** The most the precache may hold, in bytes: 3 MB as 3,000,000 bytes (not 3 MiB). */
export const PRECACHE_LIMIT = 3_000_000;

/** Files precached, relative to the build folder. */
export const PRECACHE_GLOBS = [
  '**/*.html',
  '**/*.{js,css}',
  '**/*.woff2',
  '**/*.svg',
  'models/*.{json,bin,gz}',
];

/**
 * Never precached: the worker itself, source maps if a build ever writes them, and the
 * authors' gallery (authors/…, about 0.4 MB of pages for people writing lessons, not for a
 * class), which is cached page by page as it is visited (AUTHORS_CACHE) instead: the course
 * and the teachers' materials fit in the 3 MB budget with it left out.
 */
export const PRECACHE_IGNORES = [SW_FILE, '**/*.map', 'authors/**'];

/** The cache of the authors' gallery pages a reader has opened (network first). */
export const AUTHORS_CACHE = 'neuron-lab-authors';

/** Files whose names carry a content hash (Vite's _astro/ output): their URL is their revision. */
export const HASHED_URL = /^_astro\//;

/**
 * Larger files are left out by Workbox with a warning; the biggest wanted one is the training
 * set (about 0.5 MB), so anything near this is a mistake that the warning (fatal here) shows.
 */
export const MAX_FILE_BYTES = 1024 * 1024;

/** The options workbox-build's getManifest and generateSW share: what is precached from `dir`. */
export function manifestOptions(dir) {
  return {
    globDirectory: dir,
    globPatterns: PRECACHE_GLOBS,
    globIgnores: PRECACHE_IGNORES,
    dontCacheBustURLsMatching: HASHED_URL,
    maximumFileSizeToCacheInBytes: MAX_FILE_BYTES,
  };
}

/**
 * Routes every navigation the precache does not answer (a page the site does not have) to the
 * network, and, when that fails (offline), to the cached 404 page. Written as a function for
 * generateSW, which puts its source into sw.js.
 */
export const isNavigation = ({ request }) => request.mode === 'navigate';

/** A navigation to a page of the authors' gallery (under any base path). */
export const isAuthorsPage = ({ request, url }) =>
  request.mode === 'navigate' && /\/authors\/([\w-]+\/)?$/.test(url.pathname);

/** generateSW's options for the build in `dir`: the worker at `dir/sw.js`. */
export function serviceWorkerOptions(dir) {
  return {
    ...manifestOptions(dir),
    swDest: path.join(dir, SW_FILE),
    cacheId: 'neuron-lab',
    mode: 'production',
    sourcemap: false,
    inlineWorkboxRuntime: true,
    skipWaiting: false,
    clientsClaim: true,
    cleanupOutdatedCaches: true,
    directoryIndex: 'index.html',
    ignoreURLParametersMatching: [/.*/],
    runtimeCaching: [
      {
        urlPattern: isAuthorsPage,
        handler: 'NetworkFirst',
        options: { cacheName: AUTHORS_CACHE },
      },
      {
        urlPattern: isNavigation,
        handler: 'NetworkOnly',
        options: { precacheFallback: { fallbackURL: '404.html' } },
      },
    ],
  };
}

/** The precache of a build: its entries' count and total size in bytes, and the verdict. */
export function precacheReport({ count, size }, limit = PRECACHE_LIMIT) {
  const ok = size <= limit;
  const mb = (n) => (n / 1_000_000).toFixed(2);
  return {
    ok,
    line: `Offline precache: ${count} files, ${size.toLocaleString('en-US')} bytes (${mb(size)} MB; budget ${mb(limit)} MB)  ${ok ? 'ok' : `FAIL: over the ${mb(limit)} MB budget`}`,
  };
}

/** Workbox warnings (a file over MAX_FILE_BYTES left out, …) are errors here. */
function failOnWarnings(warnings) {
  if (warnings.length > 0) {
    throw new Error(`Service worker: ${warnings.join('\n')}`);
  }
}

/** The precache manifest of the build in `dir`: { count, size, manifestEntries }. */
export async function precacheManifest(dir) {
  const { getManifest } = await import('workbox-build');
  const result = await getManifest(manifestOptions(dir));
  failOnWarnings(result.warnings);
  return result;
}

/** Writes `dir/sw.js`; returns its manifest's count and size. */
export async function writeServiceWorker(dir) {
  const { generateSW } = await import('workbox-build');
  const result = await generateSW(serviceWorkerOptions(dir));
  failOnWarnings(result.warnings);
  return result;
}

/**
 * What the dev server answers for sw.js: a worker that, if a built site's worker was
 * registered at this address (npm run preview uses the same port), replaces it, unregisters
 * itself and reloads the pages it had, which then come from the dev server.
 */
export const KILL_SWITCH = `self.addEventListener('install', () => self.skipWaiting());
self.addEventListener('activate', (event) => {
  event.waitUntil(
    self.registration
      .unregister()
      .then(() => self.clients.matchAll({ type: 'window' }))
      .then((clients) => Promise.all(clients.map((client) => client.navigate(client.url)))),
  );
});
`;

/** The Astro integration: writes sw.js after `astro build`; answers sw.js in `astro dev`. */
export default function serviceWorker() {
  let base = '/';
  return {
    name: 'neuron-lab:service-worker',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:server:setup': ({ server }) => {
        server.middlewares.use((req, res, next) => {
          if (new URL(req.url ?? '/', 'http://localhost').pathname !== `${base}${SW_FILE}`) {
            return next();
          }
          res.writeHead(200, {
            'content-type': 'text/javascript; charset=utf-8',
            'cache-control': 'no-store',
          });
          res.end(KILL_SWITCH);
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const { count, size } = await writeServiceWorker(out);
        logger.info(
          `${SW_FILE}: ${count} files precached, ${size.toLocaleString('en-US')} bytes (scope ${base})`,
        );
      },
    },
  };
}
