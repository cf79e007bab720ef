/**
 * The lessons speak to readers: no sentence about how the course was made (its source notes)
 * or about this project's own test suite, which a reader cannot see.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const lessonsDir = path.resolve(import.meta.dirname, '../../content/lessons');
const lessons = readdirSync(lessonsDir).filter((f) => /^\d\d-.+\.mdx$/.test(f));

/** Phrases that address the authors or the code base instead of the reader. */
const BEHIND_THE_SCENES = [
  /source notes/i,
  /in its tests/i,
  /\bunit tests?\b/i,
  /the core of this site/i,
  /\bthis (?:course|site)'s (?:code|tests)\b/i,
];

describe.each(lessons)('%s', (file) => {
  const text = readFileSync(path.join(lessonsDir, file), 'utf8');
  it.each(BEHIND_THE_SCENES.map((re) => [re.source, re] as const))(
    'does not mention %s',
    (_name, re) => {
      const line = text.split('\n').find((l) => re.test(l));
      expect(line, `${file} speaks about the making of the course`).toBeUndefined();
    },
  );
});
