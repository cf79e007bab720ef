// One Lighthouse run; counts of event names per thread (all processes) between FROM and TO ms, and first events in the window from compositor/viz threads.
import { spawn } from 'node:child_process';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { writeFileSync } from 'node:fs';
const [p, from, to] = [process.argv[2], Number(process.argv[3]), Number(process.argv[4])];
const server = spawn(process.execPath, ['scripts/serve.mjs', '--dir', process.env.DIR ?? 'dist', '--port', '4723'], { stdio: ['ignore', 'pipe', 'inherit'] });
await new Promise((r) => server.stdout.once('data', r));
const chrome = await chromeLauncher.launch({ chromePath: '/usr/bin/chromium', chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu'] });
try {
  for (let k = 0; k < 4; k++) {
  const out = await lighthouse(`http://127.0.0.1:4723/${p}`, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] });
  const ev = out.artifacts.Trace.traceEvents;
  const nav = ev.find((e) => e.name === 'navigationStart' && e.args?.data?.documentLoaderURL?.includes('4723'));
  const t0 = nav.ts; const rel = (ts) => Math.round((ts - t0) / 1000);
  const fcp = ev.find((e) => e.name === 'firstContentfulPaint');
  console.log('FCP', rel(fcp.ts));
  if (rel(fcp.ts) < 800) continue;
  writeFileSync('/tmp/slow-trace.json', JSON.stringify(ev));
  const tname = {};
  for (const e of ev) if (e.name === 'thread_name') tname[e.pid + ':' + e.tid] = e.args.name;
  const counts = {};
  for (const e of ev) { const r = rel(e.ts); if (r < from || r > to) continue; const k = (tname[e.pid + ':' + e.tid] ?? e.pid + ':' + e.tid) + ' | ' + e.name; counts[k] = (counts[k] ?? 0) + 1; }
  for (const [k, v] of Object.entries(counts).sort((a, b) => a[0].localeCompare(b[0]))) console.log(String(v).padStart(5), k);
  break;
  }
} finally { await chrome.kill(); server.kill(); }
