#!/usr/bin/env node
/**
 * Serves a built site (dist/ by default) on 127.0.0.1 the way a static host would:
 * /path/ → /path/index.html, unknown paths → 404.html with status 404, nothing outside the
 * base path; text compressed with gzip for clients that accept it, and content-hashed files
 * under _astro/ cached for a year (everything else revalidated), like a well-set-up CDN.
 * Used by the e2e tests, `npm run preview` and `npm run lighthouse`.
 *
 *   node scripts/serve.mjs [--dir dist] [--port 4321] [--base /neuron-lab/]
 */
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { normaliseBase } from './base-path.mjs';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.bin': 'application/octet-stream',
  '.gz': 'application/gzip',
  '.txt': 'text/plain; charset=utf-8',
};

/** Types worth compressing (fonts, images and .gz files are compressed already). */
const COMPRESSIBLE = new Set(['.html', '.css', '.js', '.mjs', '.json', '.svg', '.txt', '.bin']);

/** Compressed bodies by file and modification time, so a file is gzipped once. */
const gzipped = new Map();

/** The response headers and body for a file, compressed when the client takes gzip. */
function encode(file, body, mtime, acceptEncoding, urlPath) {
  const ext = path.extname(file);
  const headers = {
    'content-type': TYPES[ext] ?? 'application/octet-stream',
    // Vite names what it emits under _astro/ by content hash: a new build gets new names.
    'cache-control': urlPath.includes('/_astro/')
      ? 'public, max-age=31536000, immutable'
      : 'no-cache',
    vary: 'accept-encoding',
  };
  if (!COMPRESSIBLE.has(ext) || !/\bgzip\b/.test(acceptEncoding ?? '') || body.length < 1024) {
    return { headers, body };
  }
  const key = `${file}@${mtime}`;
  let small = gzipped.get(key);
  if (!small) {
    small = gzipSync(body, { level: 9 });
    gzipped.set(key, small);
  }
  return { headers: { ...headers, 'content-encoding': 'gzip' }, body: small };
}

const { values } = parseArgs({
  options: {
    dir: { type: 'string', default: 'dist' },
    port: { type: 'string', default: process.env.PORT ?? '4321' },
    base: { type: 'string', default: process.env.BASE_PATH ?? '/' },
  },
});
const root = path.resolve(values.dir);
const base = normaliseBase(values.base);
const port = Number(values.port);

/** Resolves a request path to a file inside root, or null. */
async function resolveFile(urlPath) {
  if (!urlPath.startsWith(base) && `${urlPath}/` !== base) return null;
  const rel = decodeURIComponent(urlPath.slice(base.length - 1) || '/');
  const target = path.resolve(root, `.${rel}`);
  if (target !== root && !target.startsWith(root + path.sep)) return null;
  for (const candidate of [target, path.join(target, 'index.html')]) {
    const info = await stat(candidate).catch(() => null);
    if (info?.isFile()) return candidate;
  }
  return null;
}

const server = createServer(async (req, res) => {
  try {
    const { pathname } = new URL(req.url ?? '/', 'http://localhost');
    if (`${pathname}/` === base) {
      res.writeHead(301, { location: base }).end();
      return;
    }
    const file = await resolveFile(pathname);
    const found = file ?? path.join(root, '404.html');
    const [raw, info] = await Promise.all([readFile(found), stat(found)]);
    const { headers, body } = encode(
      found,
      raw,
      info.mtimeMs,
      req.headers['accept-encoding'],
      pathname,
    );
    res.writeHead(file ? 200 : 404, { ...headers, 'content-length': body.length });
    res.end(req.method === 'HEAD' ? undefined : body);
  } catch (error) {
    res.writeHead(500, { 'content-type': 'text/plain' }).end(String(error));
  }
});

// --port 0 takes a free port; the line below says which (tests read it).
server.listen(port, '127.0.0.1', () => {
  const { port: actual } = /** @type {import('node:net').AddressInfo} */ (server.address());
  console.log(
    `Serving ${path.relative(process.cwd(), root) || '.'} at http://127.0.0.1:${actual}${base}`,
  );
});
