// node scratch/fcp-probe.mjs N path1,path2 : FCP/LCP of fresh loads (new context each), interleaved.
import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
const [n, paths] = [Number(process.argv[2] ?? 5), (process.argv[3] ?? 'lessons/bias/').split(',')];
const dir = process.env.DIR ?? 'dist';
const server = spawn(process.execPath, ['scripts/serve.mjs', '--dir', dir, '--port', '4720'], { stdio: ['ignore', 'pipe', 'inherit'] });
await new Promise((r) => server.stdout.once('data', r));
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: process.env.HEADLESS_OLD ? [] : [] });
const res = {};
for (let i = 0; i < n; i++) for (const p of paths) {
  const ctx = await browser.newContext({ viewport: { width: 412, height: 823 }, serviceWorkers: 'block' });
  const page = await ctx.newPage();
  await page.goto('http://127.0.0.1:4720/' + p, { waitUntil: 'load' });
  await page.waitForTimeout(300);
  const t = await page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0];
    const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime;
    return { fcp: Math.round(fcp), dcl: Math.round(nav.domContentLoadedEventEnd), load: Math.round(nav.loadEventEnd), resp: Math.round(nav.responseEnd) };
  });
  (res[p] ??= []).push(t);
  await ctx.close();
}
for (const [p, v] of Object.entries(res)) console.log(p, v.map((t) => `fcp ${t.fcp} dcl ${t.dcl} resp ${t.resp}`).join(' | '));
await browser.close(); server.kill();
