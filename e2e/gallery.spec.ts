/**
 * The authors' gallery, generated from the island registry: its index lists every island, each
 * island's page has its props table and its live examples, upgraded and working; and every
 * island that ships JavaScript has behaviour tests in another spec.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { expect, expectNoProblems, test } from './support/fixtures';
import { ORACLE, shown } from './support/neuron-maths';
import { ISLANDS, ISLAND_LIST, galleryPath } from '../src/components/island/registry.ts';

test('the index lists every island with its description, linking to its page', async ({ page }) => {
  await page.goto('authors/');
  const items = page.getByRole('list', { name: 'Demos for lessons' }).getByRole('listitem');
  await expect(items).toHaveCount(ISLAND_LIST.length);
  for (const [k, island] of ISLAND_LIST.entries()) {
    const link = items.nth(k).getByRole('link', { name: island.name, exact: true });
    await expect(link).toHaveAttribute('href', new RegExp(`/${galleryPath(island)}$`));
    await expect(items.nth(k)).toContainText(island.description);
  }
});

test('the For teachers page links to the gallery', async ({ page }) => {
  await page.goto('teachers/');
  await page.getByRole('link', { name: 'authors’ gallery' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Authors’ gallery');
});

for (const island of ISLAND_LIST) {
  test(`${island.name}: its props and live examples`, async ({ page, problems }) => {
    await page.goto(galleryPath(island));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(island.name);
    await expect(page.getByText(`import ${island.name} from '${island.component}';`)).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Props', level: 2 })).toBeVisible();
    await expect(page.locator('dl.props dt')).toHaveText(Object.keys(island.props));
    for (const [k, doc] of Object.values(island.props).entries()) {
      await expect(page.locator('dl.props .prop').nth(k)).toContainText(`${doc.type};`);
    }
    for (const example of island.examples) {
      const section = page.getByRole('region', { name: example.title });
      await expect(section.locator('pre')).toContainText(`<${island.name}`);
      if (!island.tag) continue;
      const id = 'id' in example.props ? example.props.id : undefined;
      // The island comes after the islands it follows, so without an id it is the last.
      const live = id ? section.locator(`${island.tag}#${id}`) : section.locator(island.tag).last();
      await expect(live).toBeVisible();
      await expect(live.locator('[data-notice], [role="alert"]').first()).toBeHidden();
    }
    if (island.tag) {
      const tag = island.tag;
      await page.waitForFunction((t) => customElements.get(t) !== undefined, tag);
    }
    expectNoProblems(problems);
  });
}

test('NeuronDiagram (static): the numbers worked out, no JavaScript', async ({ page }) => {
  await page.goto(galleryPath(ISLANDS.NeuronDiagram));
  const { inputs, weights, bias = 0 } = ISLANDS.NeuronDiagram.examples[0].props;
  const z = inputs.reduce((sum, x, i) => sum + x * weights[i]!, bias);
  const figure = page.locator('figure.neuron-diagram');
  await expect(figure.getByRole('status', { name: 'Weighted sum z' })).toHaveText(shown(z));
  await expect(figure.getByRole('status', { name: 'Activation a' })).toHaveText(
    shown(ORACLE.sigmoid!(z)),
  );
  expect(await page.locator('script[src]').count()).toBe(0);
});

test('every island that ships JavaScript has behaviour tests in another spec', () => {
  const specs = readdirSync('e2e')
    .filter((f) => f.endsWith('.spec.ts') && f !== 'gallery.spec.ts')
    .map((f) => readFileSync(`e2e/${f}`, 'utf8'))
    .join('\n');
  const untested = ISLAND_LIST.filter(
    (i) => i.tag && !new RegExp(`['"\`]${i.tag}\\b`).test(specs),
  ).map((i) => i.name);
  expect(untested).toEqual([]);
});
