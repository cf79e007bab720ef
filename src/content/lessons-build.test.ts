/**
 * Bad frontmatter must fail the build with a message naming the file and the field. These
 * tests copy the project's config into a temporary root, point LESSONS_DIR at a fixture and
 * run `astro sync` (the content step of `astro build`), checking its exit code and output.
 */
import { execFile } from 'node:child_process';
import { cp, mkdtemp, rm, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const projectRoot = path.resolve(import.meta.dirname, '../..');
const astroBin = path.join(projectRoot, 'node_modules/astro/bin/astro.mjs');
let root = '';

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'neuron-lab-content-'));
  for (const entry of ['astro.config.mjs', 'tsconfig.json', 'package.json', 'src', 'scripts']) {
    await cp(path.join(projectRoot, entry), path.join(root, entry), { recursive: true });
  }
  await symlink(path.join(projectRoot, 'node_modules'), path.join(root, 'node_modules'), 'dir');
});

afterAll(async () => {
  if (root) await rm(root, { recursive: true, force: true });
});

/** Runs `astro <command>` on a fixture folder of lessons; returns exit code and all output. */
async function astroOnFixture(
  command: 'sync' | 'build',
  fixture: string,
): Promise<{ code: number; output: string }> {
  const env = {
    ...process.env,
    ASTRO_TELEMETRY_DISABLED: '1',
    LESSONS_DIR: `./src/content/__fixtures__/${fixture}`,
    OUT_DIR: './dist-fixture',
    NO_COLOR: '1',
  };
  try {
    const { stdout, stderr } = await run(process.execPath, [astroBin, command], { cwd: root, env });
    return { code: 0, output: stdout + stderr };
  } catch (error) {
    const e = error as { code?: number; stdout?: string; stderr?: string };
    return { code: e.code ?? 1, output: `${e.stdout ?? ''}${e.stderr ?? ''}` };
  }
}

describe('lesson frontmatter errors fail the build', () => {
  it.each([
    ['missing-title', ['01-untitled.mdx'], 'title'],
    ['wrong-type', ['01-wrong-minutes.mdx'], 'minutes'],
    ['duplicate-order', ['01-first.mdx', '02-also-first.mdx'], '"order"'],
    ['missing-why', ['01-no-why.mdx'], 'questions.1.choices.0.why'],
  ])('%s: names the file and the field', async (fixture, files, field) => {
    const { code, output } = await astroOnFixture('sync', fixture);
    expect(code).not.toBe(0);
    for (const file of files) expect(output).toContain(file);
    expect(output).toContain(field);
  });

  it('a valid lesson folder syncs cleanly', async () => {
    const { code, output } = await astroOnFixture('sync', 'valid');
    expect(output).not.toMatch(/error/i);
    expect(code).toBe(0);
  });
});

describe('an invalid demo prop fails the build', () => {
  it('names the lesson file, the component and the prop', async () => {
    const { code, output } = await astroOnFixture('build', 'invalid-prop');
    expect(code).not.toBe(0);
    expect(output).toContain('01-bad-prop.mdx');
    expect(output).toContain('<NeuronLab> prop "weights" must be one weight per input (1)');
  });
});

describe('islands that clash or follow nothing fail the build', () => {
  it.each([
    [
      'duplicate-id',
      'src/content/__fixtures__/duplicate-id/01-duplicate-id.mdx: two islands have the id "gate": <NeuronLab id="gate"> (line 14) and <SoftmaxView id="gate"> (line 16).',
    ],
    [
      'dangling-follow',
      'src/content/__fixtures__/dangling-follow/01-dangling-follow.mdx: <ActivationPlot> (line 16) has follow="gtae", which names no island on the page',
    ],
  ])('%s: names the lesson file, the id and the lines', async (fixture, message) => {
    const { code, output } = await astroOnFixture('build', fixture);
    expect(code).not.toBe(0);
    expect(output).toContain(message);
  });
});

describe('a Try this without answers in its teaching plan fails the build', () => {
  it('names the lesson file, the line, the id and the plan file', async () => {
    const { code, output } = await astroOnFixture('sync', 'try-without-answer');
    expect(code).not.toBe(0);
    expect(output).toContain(
      'src/content/__fixtures__/try-without-answer/01-try-without-answer.mdx: <Aside kind="try" id="slide"> (line 32) has no answer in src/content/__fixtures__/try-without-answer/plans/01-try-without-answer.yaml: add tries.slide with 2 answers, one per task.',
    );
    expect(output).not.toContain('id="gate"> (line');
  });
});
