import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { islandProblems } from '../../../scripts/remark-island-checks.mjs';
import { ISLAND_LIST, galleryPath, islandTags, type AnyIsland } from './registry';

const file = (p: string) => path.resolve(p.replace(/^~\//, 'src/'));
const source = (p: string) => readFileSync(file(p), 'utf8');

describe.each(ISLAND_LIST.map((i) => [i.name, i] as const))('%s', (_, island: AnyIsland) => {
  it('names its component and its config module, which exist', () => {
    expect(existsSync(file(island.component)), island.component).toBe(true);
    expect(existsSync(file(island.config)), island.config).toBe(true);
  });

  it('has the tag its component renders and its element defines (or none: no script)', () => {
    const astro = source(island.component);
    if (island.tag === null) {
      expect(astro).not.toMatch(/<script/);
      return;
    }
    expect(astro).toMatch(new RegExp(`<${island.tag}[\\s>]`));
    const folder = path.dirname(file(island.component));
    const elements = readdirSync(folder)
      .filter((f) => f.endsWith('.ts'))
      .map((f) => readFileSync(path.join(folder, f), 'utf8'));
    expect(elements.some((e) => e.includes(`customElements.define('${island.tag}'`))).toBe(true);
  });

  it('derives ids with the prefix its component uses', () => {
    const astro = source(island.component);
    if (island.idPrefix === null) expect(astro).not.toContain('islandId(');
    else expect(astro).toContain(`Astro.props.id, '${island.idPrefix}',`);
  });

  it('documents a follow prop exactly when it follows something', () => {
    expect('follow' in island.props).toBe(island.follows.length > 0);
  });

  it('gives every example an id (the gallery is not a lesson, so none is derived)', () => {
    if (island.idPrefix === null) return;
    for (const example of island.examples) expect(example.props).toHaveProperty('id');
  });

  it('has a gallery page whose islands have unique ids and follow what is there', () => {
    const uses = island.examples.flatMap((example) =>
      [...(example.with ?? []), { island: island.name, props: example.props }].map((use) => ({
        island: use.island,
        id: (use.props as { id?: string }).id,
        follow: (use.props as { follow?: string }).follow,
        where: `<${use.island}> in "${example.title}"`,
      })),
    );
    expect(islandProblems(uses)).toEqual([]);
  });

  it('has a row in the README components table', () => {
    const readme = readFileSync('README.md', 'utf8');
    expect(readme).toMatch(new RegExp(`^\\| \`${island.component}\` +\\|`, 'm'));
  });
});

describe('the registry', () => {
  it('has unique names, tags, id prefixes and gallery pages', () => {
    const unique = (values: unknown[]) => expect(new Set(values).size).toBe(values.length);
    unique(ISLAND_LIST.map((i) => i.name));
    unique(islandTags());
    unique(ISLAND_LIST.map((i) => i.idPrefix).filter((p) => p !== null));
    unique(ISLAND_LIST.map(galleryPath));
  });

  it('lists every custom element a component under src/components/ renders for lessons', () => {
    // An island's element is defined once; present-mode, copy-link and the progress elements
    // are parts of the page and of every island, not islands a lesson places.
    const parts = ['present-mode', 'copy-link', 'progress-panel', 'progress-recorder'];
    const defined = readdirSync('src/components', { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
      .flatMap((f) => [
        ...readFileSync(path.join('src/components', f), 'utf8').matchAll(
          /customElements\.define\('([a-z-]+)'/g,
        ),
      ])
      .map((m) => m[1]!)
      .filter((tag) => !parts.includes(tag));
    expect(new Set(defined)).toEqual(new Set(islandTags()));
  });

  it('marks as lesson demos every island but the static diagram and the quiz', () => {
    expect(islandTags({ demo: true })).toEqual(
      islandTags().filter((tag) => tag !== 'quiz-question'),
    );
  });
});
