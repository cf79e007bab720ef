import { readdirSync } from 'node:fs';
import path from 'node:path';
import { ISLAND_LIST, galleryPath } from '../../src/components/island/registry.ts';
import { authoredLessons } from './lessons';

/** What each dynamic route segment of src/pages stands for, from the sources themselves. */
const SEGMENTS: Record<string, () => string[]> = {
  // lessons/[slug]: every lesson in content/lessons, by its file name without the number.
  slug: () => authoredLessons().map((l) => l.page.replace(/^lessons\/|\/$/g, '')),
  // authors/[island]: every island in the registry.
  island: () => ISLAND_LIST.map((i) => galleryPath(i).replace(/^authors\/|\/$/g, '')),
};

/**
 * The pages the build must produce, worked out from the sources (src/pages, the lessons, the
 * island registry) rather than from a build, as URL paths relative to the base (as
 * builtPages gives them): "src/pages/glossary.astro" → "glossary/", "404.astro" → "404.html",
 * "lessons/[slug].astro" → one path per lesson. A dynamic segment with no rule here fails.
 */
export function expectedPages(pagesDir = 'src/pages'): string[] {
  const out: string[] = [];
  const walk = (dir: string, prefix: string[]) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory()) {
        walk(path.join(dir, entry.name), [...prefix, entry.name]);
        continue;
      }
      if (!entry.name.endsWith('.astro')) continue;
      const name = entry.name.replace(/\.astro$/, '');
      const parts = name === 'index' ? prefix : [...prefix, name];
      if (parts.length === 1 && parts[0] === '404') {
        out.push('404.html');
        continue;
      }
      let paths = [''];
      for (const part of parts) {
        const dynamic = /^\[(\w+)\]$/.exec(part);
        const values = dynamic ? SEGMENTS[dynamic[1]!]?.() : [part];
        if (!values) throw new Error(`No rule for the route segment ${part} in ${dir}`);
        paths = paths.flatMap((p) => values.map((v) => `${p}${v}/`));
      }
      out.push(...paths);
    }
  };
  walk(pagesDir, []);
  return out.sort();
}
