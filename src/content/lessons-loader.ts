import type { Loader } from 'astro/loaders';
import { glob } from 'astro/loaders';
import { findDuplicateOrders, type OrderedEntry } from './lesson-schema';

/**
 * The `lessons` loader: Astro's glob loader over `<dir>/*.mdx`, plus a check across entries
 * that a per-entry schema cannot make (unique `order`). A clash fails the build naming the
 * field and the files.
 */
export function lessonsLoader(dir: string): Loader {
  const inner = glob({ pattern: '**/*.mdx', base: dir });
  return {
    name: 'lessons-loader',
    load: async (context) => {
      await inner.load(context);
      const entries: OrderedEntry[] = context.store.values().map((entry) => ({
        filePath: entry.filePath ?? entry.id,
        order: Number((entry.data as { order?: unknown }).order),
      }));
      const clashes = findDuplicateOrders(entries);
      if (clashes.length > 0) {
        throw new Error(`Invalid lessons in ${dir}:\n${clashes.join('\n')}`);
      }
    },
  };
}
