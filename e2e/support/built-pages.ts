import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** The root build the e2e run serves (E2E_DIST, as in playwright.config.ts), default dist/. */
export const DIST = process.env.E2E_DIST ?? 'dist';

/**
 * Every HTML page in a build folder, as a URL path relative to the site's base:
 * dist/index.html → "", dist/lessons/bias/index.html → "lessons/bias/", dist/404.html →
 * "404.html". Found from the build output, so a new page is tested without editing a list.
 */
export function builtPages(distDir: string): string[] {
  const root = path.resolve(distDir);
  const pages: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.html')) {
        const rel = path.relative(root, full).split(path.sep).join('/');
        pages.push(rel === 'index.html' ? '' : rel.replace(/(^|\/)index\.html$/, '$1'));
      }
    }
  };
  walk(root);
  if (pages.length === 0) throw new Error(`No pages found in ${root}: run the build first.`);
  return pages.sort();
}

/**
 * Lesson pages of the course, `lessons/<slug>/` (drafts, marked noindex, and the lessons'
 * worksheets, `lessons/<slug>/worksheet/`, left out), in path order.
 */
export function courseLessonPages(distDir: string): string[] {
  return builtPages(distDir).filter((page) => {
    if (!/^lessons\/[^/]+\/$/.test(page)) return false;
    const html = readFileSync(path.join(path.resolve(distDir), page, 'index.html'), 'utf8');
    return !html.includes('<meta name="robots" content="noindex"');
  });
}

/** The HTML of a built page. */
export function pageHtml(distDir: string, page: string): string {
  const file = page === '' || page.endsWith('/') ? `${page}index.html` : page;
  return readFileSync(path.join(path.resolve(distDir), file), 'utf8');
}
