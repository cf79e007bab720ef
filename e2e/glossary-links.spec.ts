/**
 * Every glossary term links from its first use in each lesson: walking the lesson's prose in
 * reading order (headings, demos, quizzes and formulas left out), the first word that is one of
 * a term's forms (src/content/glossary.ts, longest form first, so "hidden layer" is not a use
 * of "layer") must sit inside a link to that term's glossary entry.
 */
import { GLOSSARY } from '../src/content/glossary';
import { expect, test } from './support/fixtures';
import { authoredLessons } from './support/lessons';

const FORMS = GLOSSARY.flatMap((e) => e.forms.map((form) => ({ form, id: e.id }))).sort(
  (a, b) => b.form.length - a.form.length,
);

test('every glossary entry names the words that count as its use', () => {
  for (const entry of GLOSSARY) expect(entry.forms.length, entry.id).toBeGreaterThan(0);
  const all = FORMS.map((f) => f.form);
  expect(new Set(all).size, 'no form belongs to two terms').toBe(all.length);
});

for (const lesson of authoredLessons()) {
  test(`${lesson.file}: each term's first use links to its glossary entry`, async ({ page }) => {
    await page.goto(lesson.page);
    const firstUses = await page.evaluate((forms) => {
      const skip =
        'h1, h2, h3, h4, h5, h6, .lesson__header, .aside__title, .katex, .demo, quiz-question, nav, script, style, noscript, [hidden]';
      const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      const pattern = new RegExp(
        `(?<![\\w-])(${forms.map((f) => escape(f.form).replace(/ /g, '\\s+')).join('|')})(?![\\w-])`,
        'gi',
      );
      const idOf = new Map(forms.map((f) => [f.form, f.id]));
      const root = document.querySelector('article.lesson__body')!;
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
        acceptNode: (n) =>
          n.parentElement!.closest(skip) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT,
      });
      const seen = new Map<string, { text: string; context: string; href: string | null }>();
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const text = n.textContent!;
        for (const m of text.matchAll(pattern)) {
          const id = idOf.get(m[1]!.toLowerCase().replace(/\s+/g, ' '))!;
          if (seen.has(id)) continue;
          const link = n.parentElement!.closest('a');
          seen.set(id, {
            text: m[1]!,
            context: text.slice(Math.max(0, m.index - 30), m.index + m[1]!.length + 30).trim(),
            href: link?.getAttribute('href') ?? null,
          });
        }
      }
      return [...seen.entries()].map(([id, use]) => ({ id, ...use }));
    }, FORMS);

    const unlinked = firstUses
      .filter((u) => !u.href?.endsWith(`glossary/#${u.id}`))
      .map((u) => `${u.id}: "${u.text}" in "…${u.context}…" (${u.href ?? 'no link'})`);
    expect(unlinked, 'first uses that are not links to their glossary entry').toEqual([]);
    expect(firstUses.length).toBeGreaterThan(0);
  });
}
