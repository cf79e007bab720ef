/**
 * What the claim tests read from a lesson: its MDX source as it ships, the prose of one
 * section or aside, and a demo's props (through lesson-props.ts) turned into the config the
 * demo itself builds from them, so that defaults are applied exactly as on the page.
 */
import { readFileSync } from 'node:fs';
import yaml from 'js-yaml';
import { planSchema, type Plan } from '~/content/plan-schema';
import { componentProps } from '~/content/lesson-props';
import { neuronLabConfig, type NeuronLabProps } from '~/components/neuron/neuron-lab-config';

/** The MDX source of content/lessons/<file>.mdx (file without extension, e.g. "03-bias"). */
export function lessonSource(file: string): string {
  return readFileSync(`content/lessons/${file}.mdx`, 'utf8');
}

/** The lesson's body: everything after the frontmatter. */
export function lessonBody(source: string): string {
  const end = source.indexOf('\n---', 4);
  if (!source.startsWith('---') || end < 0) throw new Error('The lesson has no frontmatter');
  return source.slice(end + 4);
}

/** The text of the section under `## heading`, up to the next `## `; throws if missing. */
export function section(source: string, heading: string): string {
  const body = lessonBody(source);
  const start = body.indexOf(`\n## ${heading}\n`);
  if (start < 0) throw new Error(`The lesson has no section "## ${heading}"`);
  const next = body.indexOf('\n## ', start + 4);
  return body.slice(start, next < 0 ? undefined : next);
}

/** The contents of every `<Aside kind="…">` in the text, in order. */
export function asides(text: string, kind: string): string[] {
  const pattern = new RegExp(`<Aside kind="${kind}"[^>]*>([\\s\\S]*?)</Aside>`, 'g');
  return [...text.matchAll(pattern)].map((m) => m[1]!);
}

/**
 * Prose as a reader reads it: glossary links (<Term id="…">word</Term>) reduced to their word
 * and line breaks folded to spaces, so a sentence can be matched across lines and links.
 */
export function prose(text: string): string {
  return text.replace(/<Term id="[^"]*">([\s\S]*?)<\/Term>/g, '$1').replace(/\s+/g, ' ');
}

/** The one sentence of `text` that contains `phrase`; throws unless exactly one does. */
export function sentenceWith(text: string, phrase: string): string {
  const found = prose(text)
    .split(/(?<=[.?!])\s+/)
    .filter((s) => s.includes(phrase));
  if (found.length !== 1) {
    throw new Error(`Expected one sentence containing "${phrase}"; found ${found.length}`);
  }
  return found[0]!;
}

/** Digits a sentence names in the plural, as in "responds most to 1s and 7s": [1, 7]. */
export function pluralDigits(sentence: string): number[] {
  return [...sentence.matchAll(/\b(\d)s\b/g)].map((m) => Number(m[1]));
}

/** The config a `<NeuronLab id="id" …/>` of the lesson builds (defaults applied). */
export function neuronLab(source: string, id: string) {
  const props = componentProps(source, 'NeuronLab', id) as NeuronLabProps;
  return neuronLabConfig({ component: 'NeuronLab' }, id, props);
}

/** Every value a slider from min to max in steps of `step` can take (as the browser rounds). */
export function sliderValues([min, max]: readonly [number, number], step: number): number[] {
  const count = Math.round((max - min) / step);
  return Array.from({ length: count + 1 }, (_, k) => Number((min + k * step).toFixed(10)));
}

/** The teaching plan content/plans/<file>.yaml, checked against the plan schema. */
export function plan(file: string): Plan {
  return planSchema.parse(yaml.load(readFileSync(`content/plans/${file}.yaml`, 'utf8')));
}

/** What a plan's demo steps say to do in front of the class, as one text. */
export function projectNotes(file: string): string {
  return plan(file)
    .timeline.flatMap((s) => (s.kind === 'demo' ? [s.project] : []))
    .join(' ');
}

/** A plan's discussion questions, as one text. */
export function discussQuestions(file: string): string {
  return plan(file)
    .discuss.map((d) => d.question)
    .join(' ');
}
