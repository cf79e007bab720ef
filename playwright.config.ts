import { defineConfig } from '@playwright/test';
import { findChromium } from './e2e/support/find-chromium.mjs';
import { ANY_BASE, type SiteOptions } from './e2e/support/fixtures';

/**
 * End-to-end tests run against built sites served on 127.0.0.1, in two projects:
 * "root" serves dist/ at /, "subpath" serves dist-subpath/ (built with BASE_PATH=/neuron-lab/)
 * at /neuron-lab/, so every page, link, fetched file and worker is proven under both.
 * `npm test` builds both first. What no base path can change runs in "root" only: whole specs
 * of layout and of what islands do with their controls (BASE_INDEPENDENT), and single tests
 * tagged ANY_BASE (e2e/support/fixtures.ts) in specs that also fetch or link by address. That
 * keeps `npm test` well under 30 minutes on this 2-core machine.
 */
const chromium = findChromium({ preferHeadlessShell: true });
/** E2E_DIST / E2E_SUB_DIST / E2E_PORT let a second checkout-local build be tested beside dist/. */
const ROOT_DIST = process.env.E2E_DIST ?? 'dist';
const SUB_DIST = process.env.E2E_SUB_DIST ?? 'dist-subpath';
const ROOT_PORT = Number(process.env.E2E_PORT ?? 4411);
const SUB_PORT = ROOT_PORT + 1;
const SUB_BASE = '/neuron-lab/';

/**
 * Specs whose pages fetch nothing by address and follow no link that the base path could
 * break: maths layout, big screens, slide fitting, colours, slider behaviour,
 * locks and challenges on controls, the island kit's lifecycle.
 */
const BASE_INDEPENDENT = [
  'maths',
  'large-screens',
  'present',
  'palette',
  'neuron-lab',
  'descent-lab',
  'island-kit',
  'locks',
  'challenges',
].map((name) => `**/${name}.spec.ts`);

export default defineConfig<SiteOptions>({
  testDir: './e2e',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  // On CI a failed test is run once more, in a fresh browser, and reported as flaky if it then
  // passes. A test that fails twice still fails the run. This is for the browser, not the site:
  // Chromium's headless mode has now and then stopped drawing a page for good mid-test (no
  // animation frame, no screenshot, while the page's script still answered), 2 of 4 full runs
  // in one day (docs/performance.md, "A browser that keeps drawing").
  retries: process.env.CI ? 1 : 0,
  workers: 2,
  reporter: process.env.CI ? [['list']] : [['list']],
  timeout: 30_000,
  use: {
    browserName: 'chromium',
    launchOptions: chromium.launchOptions,
    // A failed test keeps its trace (every action, console message and request) and a
    // screenshot of the moment it failed. The trace leaves out DOM snapshots and the screencast:
    // taking them at every action of every test made the suite about 60 % slower on this
    // machine (docs/performance.md, "End-to-end suite time").
    trace: { mode: 'retain-on-failure', snapshots: false, screenshots: false },
    screenshot: 'only-on-failure',
    // The built site registers an offline service worker, which would precache the whole site
    // in every test and answer requests before page.route sees them. Specs test the site
    // without it; e2e/offline.spec.ts allows it and tests it.
    serviceWorkers: 'block',
  },
  projects: [
    {
      name: 'root',
      use: { baseURL: `http://127.0.0.1:${ROOT_PORT}/`, distDir: ROOT_DIST, basePath: '/' },
    },
    {
      name: 'subpath',
      testIgnore: BASE_INDEPENDENT,
      grepInvert: new RegExp(ANY_BASE.tag),
      use: {
        baseURL: `http://127.0.0.1:${SUB_PORT}${SUB_BASE}`,
        distDir: SUB_DIST,
        basePath: SUB_BASE,
      },
    },
  ],
  webServer: [
    {
      command: `node scripts/serve.mjs --dir ${ROOT_DIST} --port ${ROOT_PORT}`,
      url: `http://127.0.0.1:${ROOT_PORT}/`,
      reuseExistingServer: false,
    },
    {
      command: `node scripts/serve.mjs --dir ${SUB_DIST} --port ${SUB_PORT} --base ${SUB_BASE}`,
      url: `http://127.0.0.1:${SUB_PORT}${SUB_BASE}`,
      reuseExistingServer: false,
    },
  ],
});
