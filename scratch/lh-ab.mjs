// node scratch/lh-ab.mjs ROUNDS page dirA,dirB : interleaved Lighthouse runs (mobile, simulated) per build copy; prints perf, FCP/LCP (simulated), observed FCP, TBT.
import { spawn } from 'node:child_process';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
const [rounds, page, dirs] = [Number(process.argv[2]), process.argv[3], process.argv[4].split(',')];
const servers = dirs.map((d, i) => spawn(process.execPath, ['scripts/serve.mjs', '--dir', d, '--port', String(4730 + i)], { stdio: ['ignore', 'pipe', 'inherit'] }));
await Promise.all(servers.map((s) => new Promise((r) => s.stdout.once('data', r))));
const chrome = await chromeLauncher.launch({ chromePath: '/usr/bin/chromium', chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu'] });
const all = dirs.map(() => []);
try {
  for (let r = 0; r < rounds; r++) for (const [i, d] of dirs.entries()) {
    const { lhr } = await lighthouse(`http://127.0.0.1:${4730 + i}/${page}`, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] });
    const m = lhr.audits.metrics.details.items[0];
    const row = { perf: Math.round(lhr.categories.performance.score * 100), fcp: m.firstContentfulPaint, lcp: m.largestContentfulPaint, tbt: m.totalBlockingTime, ofcp: m.observedFirstContentfulPaint, olcp: m.observedLargestContentfulPaint, si: m.speedIndex };
    all[i].push(row);
    console.log(`r${r} ${d.padEnd(14)} perf ${row.perf} FCP ${row.fcp} LCP ${row.lcp} TBT ${row.tbt} SI ${row.si} | observed FCP ${row.ofcp} LCP ${row.olcp}`);
  }
} finally { await chrome.kill(); servers.forEach((s) => s.kill()); }
const med = (v) => { const s = [...v].sort((a, b) => a - b); return s[s.length >> 1]; };
for (const [i, d] of dirs.entries()) console.log(`${d}: perf ${all[i].map((x) => x.perf).join('/')} median LCP ${med(all[i].map((x) => x.lcp))} TBT ${med(all[i].map((x) => x.tbt))} observed FCP ${all[i].map((x) => x.ofcp).join('/')}`);
