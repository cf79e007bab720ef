/** Walking a build folder, for the scripts that run on it after `astro build`. */
import { readdirSync } from 'node:fs';
import path from 'node:path';

/** Every file under `dir` (recursively) whose name passes `test`, as full paths. */
export function filesUnder(dir, test) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return filesUnder(full, test);
    return test(e.name) ? [full] : [];
  });
}

/** Every HTML page under `dir`. */
export const htmlFiles = (dir) => filesUnder(dir, (name) => name.endsWith('.html'));
