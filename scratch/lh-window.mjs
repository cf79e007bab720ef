// node scratch/lh-window.mjs PATH FROM TO : one Lighthouse run; all main-thread renderer events of the page's process between FROM and TO ms (and paint-timing events anywhere).
import { spawn } from 'node:child_process';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
const [p, from, to] = [process.argv[2], Number(process.argv[3]), Number(process.argv[4])];
const server = spawn(process.execPath, ['scripts/serve.mjs', '--dir', process.env.DIR ?? 'dist', '--port', '4722'], { stdio: ['ignore', 'pipe', 'inherit'] });
await new Promise((r) => server.stdout.once('data', r));
const chrome = await chromeLauncher.launch({ chromePath: '/usr/bin/chromium', chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu'] });
try {
  const out = await lighthouse(`http://127.0.0.1:4722/${p}`, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] });
  const ev = out.artifacts.Trace.traceEvents;
  const nav = ev.find((e) => e.name === 'navigationStart' && e.args?.data?.documentLoaderURL?.includes('4722'));
  const t0 = nav.ts; const rel = (ts) => Math.round((ts - t0) / 1000);
  const fcp = ev.find((e) => e.name === 'firstContentfulPaint');
  console.log('FCP', rel(fcp.ts), 'LCP', Math.round(out.lhr.audits['largest-contentful-paint'].numericValue));
  for (const e of ev) if (/paint|Paint::|LargestText|LargestImage|largestContentful|firstMeaningful|PaintTiming|FontFace|Font|WebFont/i.test(e.name) && e.pid === fcp.pid && !/^Paint$|PaintImage|PaintSetup|RasterTask|Decode/.test(e.name)) console.log('  *', rel(e.ts), e.name, JSON.stringify(e.args).slice(0, 200));
  const rows = ev.filter((e) => e.pid === fcp.pid && e.tid === fcp.tid && rel(e.ts) >= from && rel(e.ts) <= to);
  for (const e of rows) console.log(`  ${String(rel(e.ts)).padStart(5)} ${e.dur ? String(Math.round(e.dur / 1000)).padStart(4) + 'ms' : '      '} ${e.name} ${JSON.stringify(e.args?.data ?? {}).slice(0, 120)}`);
} finally { await chrome.kill(); server.kill(); }
