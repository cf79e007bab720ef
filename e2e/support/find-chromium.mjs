/**
 * Finds a Chromium for Playwright: Playwright's own download if present, else the system's
 * (Debian's `chromium` package at /usr/bin/chromium). CHROMIUM_PATH overrides both.
 * Throws with instructions when none is found.
 *
 * With `preferHeadlessShell`, Debian's `chromium-headless-shell` comes before the full browser
 * (the end-to-end tests ask for it). It is the build of Chromium that Playwright itself runs
 * headless tests on: the same Blink, without the desktop browser around it. On this machine the
 * full browser's headless mode now and then stops drawing a page (requestAnimationFrame never
 * fires and no screenshot can be taken, while the page's script still answers: 1 lesson load in
 * 620 under load, and 2 of 4 full CI runs), and the shell loads and scrolls lessons about 27 %
 * faster (docs/performance.md, "A browser that keeps drawing"). The benchmarks keep the full
 * browser, so their figures stay comparable with earlier runs.
 */
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

/** Debian's headless-only Chromium (package `chromium-headless-shell`). */
const HEADLESS_SHELL = '/usr/bin/chromium-headless-shell';

const SYSTEM_CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
];

/** Flags for a headless browser on a machine with a closed network and no GPU. */
const QUIET_FLAGS = [
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
  '--disable-gpu',
];

/**
 * @param {{ preferHeadlessShell?: boolean }} [options]
 * @returns {{ source: string, executablePath?: string, launchOptions: import('@playwright/test').LaunchOptions }}
 */
export function findChromium({ preferHeadlessShell = false } = {}) {
  const args = [...QUIET_FLAGS];
  if (process.getuid?.() === 0) args.push('--no-sandbox');
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROMIUM_PATH=${fromEnv} does not exist.`);
    return {
      source: 'CHROMIUM_PATH',
      executablePath: fromEnv,
      launchOptions: { executablePath: fromEnv, args },
    };
  }
  let bundled = '';
  try {
    bundled = chromium.executablePath();
  } catch {
    bundled = '';
  }
  if (bundled && existsSync(bundled)) {
    return { source: 'playwright', launchOptions: { args } };
  }
  const candidates = preferHeadlessShell
    ? [HEADLESS_SHELL, ...SYSTEM_CANDIDATES]
    : SYSTEM_CANDIDATES;
  const system = candidates.find((p) => existsSync(p));
  if (system) {
    return {
      source: 'system',
      executablePath: system,
      launchOptions: { executablePath: system, args },
    };
  }
  throw new Error(
    [
      'No Chromium found for the end-to-end tests.',
      'Install one of:',
      "  - Playwright's own browser: npx playwright install chromium",
      '  - Debian/Ubuntu: apt-get install -y chromium-headless-shell chromium',
      'or point CHROMIUM_PATH at a Chromium or Chrome executable.',
    ].join('\n'),
  );
}

// Run directly (`node e2e/support/find-chromium.mjs`): print what was found, or fail with help.
if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    const found = findChromium({ preferHeadlessShell: process.argv.includes('--headless-shell') });
    console.log(
      `Chromium for e2e: ${found.executablePath ?? "Playwright's own"} (${found.source})`,
    );
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}
