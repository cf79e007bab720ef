// node scratch/lh-trace.mjs PATH RUNS : Lighthouse runs; for each, the main-thread top-level tasks and key events before observed FCP.
import { spawn } from 'node:child_process';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
const [p, runs] = [process.argv[2], Number(process.argv[3] ?? 2)];
const server = spawn(process.execPath, ['scripts/serve.mjs', '--dir', process.env.DIR ?? 'dist', '--port', '4721'], { stdio: ['ignore', 'pipe', 'inherit'] });
await new Promise((r) => server.stdout.once('data', r));
const chrome = await chromeLauncher.launch({ chromePath: '/usr/bin/chromium', chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu'] });
try {
  for (let r = 0; r < runs; r++) {
    const out = await lighthouse(`http://127.0.0.1:4721/${p}`, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] });
    const ev = out.artifacts.Trace.traceEvents;
    const nav = ev.find((e) => e.name === 'navigationStart' && e.args?.data?.documentLoaderURL?.includes('4721'));
    const t0 = nav.ts;
    const fcp = ev.find((e) => e.name === 'firstContentfulPaint');
    const rel = (ts) => Math.round((ts - t0) / 1000);
    console.log(`run ${r}: FCP ${rel(fcp.ts)} ms, perf ${Math.round(out.lhr.categories.performance.score * 100)}, LCP ${Math.round(out.lhr.audits['largest-contentful-paint'].numericValue)}`);
    const main = fcp.pid;
    const names = /^(ResourceSendRequest|ResourceFinish|ParseHTML|MarkDOMContent|MarkLoad|firstPaint|firstContentfulPaint|Paint|Commit|Layout|UpdateLayoutTree|EvaluateScript|v8.evaluateModule|BeginFrame|BeginMainThreadFrame|RunTask|ThreadControllerImpl::RunTask|largestContentfulPaint::Candidate|ScheduleStyleRecalculation|InvalidateLayout|FunctionCall|TimerFire|DrawFrame|PipelineReporter)$/;
    const rows = ev.filter((e) => e.pid === main && e.ts >= t0 && e.ts <= fcp.ts + 50000 && names.test(e.name) && (e.dur === undefined || e.dur > 2000 || !/RunTask/.test(e.name)));
    for (const e of rows.slice(0, Number(process.env.MAX ?? 200))) {
      const extra = e.args?.data?.url ? ' ' + new URL(e.args.data.url).pathname.slice(0, 60) : '';
      console.log(`  ${String(rel(e.ts)).padStart(5)} ${e.dur ? String(Math.round(e.dur / 1000)).padStart(4) + 'ms' : '      '} tid${e.tid} ${e.name}${extra}`);
    }
  }
} finally { await chrome.kill(); server.kill(); }
