import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  isAuthorsPage,
  KILL_SWITCH,
  PRECACHE_LIMIT,
  precacheManifest,
  precacheReport,
  writeServiceWorker,
} from './service-worker.mjs';

/** A small build folder shaped like dist/, with files that must and must not be precached. */
const FILES = {
  'index.html': '<h1>Home</h1>',
  '404.html': '<h1>Not found</h1>',
  'lessons/bias/index.html': '<h1>Bias</h1>',
  '_astro/Base.AdXBozAp.css': 'body{margin:0}',
  '_astro/NeuronLab.b8_3Nuyt.js': 'console.log(1)',
  '_astro/training.worker-BTmzjs5D.js': 'self.onmessage=()=>{}',
  '_astro/KaTeX_Main-Regular.B22Nviop.woff2': 'woff2 bytes',
  '_astro/KaTeX_Main-Regular.Dr94JaBh.woff': 'woff bytes',
  '_astro/KaTeX_Main-Regular.ypZvNtVU.ttf': 'ttf bytes',
  '_astro/NeuronLab.b8_3Nuyt.js.map': '{}',
  'favicon.svg': '<svg/>',
  'models/digits.json': '{"layers":[]}',
  'models/digit-samples.bin': 'samples',
  'models/digit-train-set.bin.gz': 'training set',
  'sw.js': 'an old worker',
  'authors/index.html': '<h1>Authors</h1>',
  'authors/neuron-lab/index.html': '<h1>NeuronLab</h1>',
};
const PRECACHED = [
  '404.html',
  '_astro/Base.AdXBozAp.css',
  '_astro/KaTeX_Main-Regular.B22Nviop.woff2',
  '_astro/NeuronLab.b8_3Nuyt.js',
  '_astro/training.worker-BTmzjs5D.js',
  'favicon.svg',
  'index.html',
  'lessons/bias/index.html',
  'models/digit-samples.bin',
  'models/digit-train-set.bin.gz',
  'models/digits.json',
];

let dir;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'neuron-lab-sw-'));
  for (const [name, text] of Object.entries(FILES)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('precacheManifest', () => {
  it('holds every page, script, style, woff2 font, icon and data file, and nothing else', async () => {
    const { manifestEntries } = await precacheManifest(dir);
    expect(manifestEntries.map((e) => e.url).sort()).toEqual(PRECACHED);
  });

  it('revisions what has no hash in its name by its content; hashed names need none', async () => {
    const { manifestEntries } = await precacheManifest(dir);
    const md5 = (name) => createHash('md5').update(FILES[name]).digest('hex');
    const byUrl = Object.fromEntries(manifestEntries.map((e) => [e.url, e.revision]));
    expect(byUrl['index.html']).toBe(md5('index.html'));
    expect(byUrl['models/digits.json']).toBe(md5('models/digits.json'));
    expect(byUrl['_astro/NeuronLab.b8_3Nuyt.js']).toBeNull();
  });

  it('counts the files and adds up their bytes', async () => {
    const { count, size } = await precacheManifest(dir);
    expect(count).toBe(PRECACHED.length);
    expect(size).toBe(PRECACHED.reduce((sum, name) => sum + Buffer.byteLength(FILES[name]), 0));
  });
});

describe('precacheReport', () => {
  it('passes at the limit, 3,000,000 bytes, and fails one byte over', () => {
    expect(PRECACHE_LIMIT).toBe(3_000_000);
    expect(precacheReport({ count: 85, size: 3_000_000 })).toEqual({
      ok: true,
      line: 'Offline precache: 85 files, 3,000,000 bytes (3.00 MB; budget 3.00 MB)  ok',
    });
    const over = precacheReport({ count: 85, size: 3_000_001 });
    expect(over.ok).toBe(false);
    expect(over.line).toMatch(/FAIL: over the 3\.00 MB budget$/);
  });
});

describe('writeServiceWorker', () => {
  it('writes one self-contained sw.js: the precache, the update message and the 404 fallback', async () => {
    const { count } = await writeServiceWorker(dir);
    expect(count).toBe(PRECACHED.length);
    const sw = readFileSync(path.join(dir, 'sw.js'), 'utf8');
    // The Workbox runtime is inside: nothing imported, nothing from any origin. The one
    // address in it is a link in Workbox's warning about entries without a revision.
    expect(sw).not.toContain('importScripts');
    expect(sw.match(/https?:\/\/[^\s"`]+/g)).toEqual(['https://bit.ly/wb-precache']);
    // Entries are relative to sw.js, so the same file works under any base path.
    for (const url of PRECACHED) expect(sw).toContain(`url:"${url}"`);
    expect(sw).not.toContain('.woff"');
    expect(sw).toContain('"SKIP_WAITING"');
    expect(sw).toContain('fallbackURL:"404.html"');
  }, 60_000);
});

describe('the authors’ gallery', () => {
  const nav = (pathname, mode = 'navigate') => ({
    request: { mode },
    url: new URL(`http://127.0.0.1${pathname}`),
  });

  it('is cached as visited, at / and under a base path; nothing else is', () => {
    for (const p of ['/authors/', '/authors/neuron-lab/', '/neuron-lab/authors/digit-pad/'])
      expect(isAuthorsPage(nav(p)), p).toBe(true);
    for (const p of ['/lessons/bias/', '/', '/teachers/', '/authors/a/b/'])
      expect(isAuthorsPage(nav(p)), p).toBe(false);
    expect(isAuthorsPage(nav('/authors/', 'cors'))).toBe(false);
  });

  it('sw.js caches its pages network first, in a cache of their own', async () => {
    await writeServiceWorker(dir);
    const sw = readFileSync(path.join(dir, 'sw.js'), 'utf8');
    const authors = sw.indexOf('cacheName:"neuron-lab-authors"');
    expect(authors).toBeGreaterThan(0);
    // Matched before the catch-all navigation route (network only, 404 page offline).
    expect(authors).toBeLessThan(sw.indexOf('fallbackURL:"404.html"'));
    // Network first: it fetches and stores, and reads the cache when the fetch fails.
    expect(sw).toContain('fetchAndCachePut(');
    expect(sw).not.toContain('url:"authors/');
  }, 60_000);
});

describe('KILL_SWITCH', () => {
  it('is a worker script that takes over, unregisters and reloads its pages', () => {
    expect(() => new Function(KILL_SWITCH)).not.toThrow();
    expect(KILL_SWITCH).toContain('skipWaiting()');
    expect(KILL_SWITCH).toContain('registration');
    expect(KILL_SWITCH).toContain('.unregister()');
    expect(KILL_SWITCH).toContain('client.navigate(client.url)');
  });
});
