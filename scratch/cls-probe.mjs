// node scratch/cls-probe.mjs path [width] : layout shifts (with sources) during load, before any input.
import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
const [p, width] = [process.argv[2], Number(process.argv[3] ?? 412)];
const server = spawn(process.execPath, ['scripts/serve.mjs', '--dir', process.env.DIR ?? 'dist', '--port', '4724'], { stdio: ['ignore', 'pipe', 'inherit'] });
await new Promise((r) => server.stdout.once('data', r));
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
try {
  const ctx = await browser.newContext({ viewport: { width, height: 823 }, serviceWorkers: 'block' });
  const page = await ctx.newPage();
  await page.addInitScript(() => {
    window.__shifts = [];
    new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__shifts.push({ t: Math.round(e.startTime), v: e.value, src: e.sources.map((s) => { const n = s.node; const d = n && n.nodeType === 1 ? n.tagName.toLowerCase() + (n.id ? '#' + n.id : '') + (n.className && typeof n.className === 'string' ? '.' + n.className.split(' ').join('.') : '') : String(n?.nodeName); return `${d} ${JSON.stringify(s.previousRect.toJSON ? [s.previousRect.y, s.previousRect.height] : 0)}→${JSON.stringify([s.currentRect.y, s.currentRect.height])}`; }) }); }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto(`http://127.0.0.1:4724/${p}`, { waitUntil: 'load' });
  await page.waitForTimeout(1500);
  console.log(JSON.stringify(await page.evaluate(() => window.__shifts), null, 1));
} finally { await browser.close(); server.kill(); }
