#!/usr/bin/env node
/**
 * Serves a built site (dist/ by default) on 127.0.0.1 the way a static host would:
 * /path/ → /path/index.html, unknown paths → 404.html with status 404, nothing outside the
 * base path. Used by the e2e tests and `npm run preview`.
 *
 *   node scripts/serve.mjs [--dir dist] [--port 4321] [--base /neuron-lab/]
 */
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
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
    const body = await readFile(found);
    res.writeHead(file ? 200 : 404, {
      'content-type': TYPES[path.extname(found)] ?? 'application/octet-stream',
      'cache-control': 'no-store',
    });
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
