import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';

/** A question as its author wrote it in the lesson's frontmatter (the test's oracle). */
export type AuthoredQuestion =
  | {
      kind: 'choice';
      prompt: string;
      /** In the authored order; the page shows them shuffled. `why` on every wrong one. */
      choices: { text: string; why?: string }[];
      answer: number;
      explanation: string;
    }
  | {
      kind: 'number';
      prompt: string;
      answer: number;
      tolerance?: number;
      unit?: string;
      explanation: string;
    };

export interface AuthoredLesson {
  file: string;
  /** URL path relative to the site's base, e.g. "lessons/bias/". */
  page: string;
  title: string;
  questions: AuthoredQuestion[];
}

/** The published lessons, read straight from content/lessons/*.mdx. */
export function authoredLessons(): AuthoredLesson[] {
  const dir = path.resolve('content/lessons');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.mdx'))
    .sort()
    .map((file) => {
      const source = readFileSync(path.join(dir, file), 'utf8');
      const front = yaml.load(source.split(/^---$/m)[1]!) as {
        title: string;
        draft?: boolean;
        questions?: AuthoredQuestion[];
      };
      return { file, front };
    })
    .filter(({ front }) => !front.draft)
    .map(({ file, front }) => ({
      file,
      page: `lessons/${file.replace(/^\d+-/, '').replace(/\.mdx$/, '')}/`,
      title: front.title,
      questions: front.questions ?? [],
    }));
}
