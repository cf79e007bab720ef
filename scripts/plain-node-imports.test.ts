/**
 * The npm scripts that Node runs directly (npm run train, data:train-set, bench, bench:digits,
 * budget …) import modules from src/ with Node's own resolution: no `~/` alias and no file
 * extension guessed, as Vite does for the site. A module a script reaches that imports
 * './picture' instead of './picture.ts' breaks the script (npm run train did, from 2026-11-30
 * to 2026-12-02) while the site and the unit tests still build. This imports, in a plain Node
 * process, every src/ module that a script imports.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return files(path);
    return /\.(ts|mjs)$/.test(name) && !/\.test\.ts$/.test(name) ? [path] : [];
  });
}

const reached = [
  ...new Set(
    files('scripts').flatMap((script) =>
      [...readFileSync(script, 'utf8').matchAll(/from '((?:\.\.\/)+src\/[^']+\.ts)'/g)].map((m) =>
        resolve(dirname(script), m[1]!),
      ),
    ),
  ),
].sort();

describe('the scripts Node runs directly', () => {
  it('reach some src modules (the scan finds them)', () => {
    expect(reached.length).toBeGreaterThanOrEqual(5);
    expect(reached.some((f) => f.endsWith('src/digits/samples.ts'))).toBe(true);
  });

  it('can import every src module they use, with Node’s own resolution', () => {
    const urls = reached.map((f) => pathToFileURL(f).href);
    const program = `for (const u of ${JSON.stringify(urls)}) await import(u);`;
    // Throws with Node's message (for example ERR_MODULE_NOT_FOUND and the missing path).
    execFileSync(process.execPath, ['--input-type=module', '-e', program], {
      stdio: 'pipe',
      timeout: 60_000,
    });
  });
});
