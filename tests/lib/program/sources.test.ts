/**
 * Every fact a program.yaml states has a row in its SOURCES.md naming the
 * sentence of the program's documents it comes from, and SOURCES.md names no
 * key the program.yaml does not have (a stale row would hide a missing one):
 * npm run validate checks it (the program-sources rule), with file:line.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { main } from '../../../scripts/validate.ts';
import { runMain } from '../../support/run-main.ts';
import { parse } from 'yaml';
import { factKeys, isCovered, sourceKeys } from '../../../src/lib/program/fact-keys.ts';

const ROOT = 'content/programs';
const programs = readdirSync(ROOT, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

describe('factKeys and sourceKeys', () => {
  it('names items of a list with ids by id, other lists once, and nested keys by path', () => {
    expect(
      factKeys({ a: 1, b: { c: [1, 2], d: 'x' }, steps: [{ id: 'one', title: 'x' }, { id: 'two' }], people: [{ name: 'n' }] }),
    ).toEqual(['a', 'b.c', 'b.d', 'steps.one', 'steps.two', 'people']);
  });

  it('reads the first cell of each table row and lets a row cover the keys under it', () => {
    const rows = sourceKeys('| key | x |\n| --- | --- |\n| `contract.goals` | Form |\n| `term` | y |\ntext `not.a.row`\n');
    expect(rows).toEqual(['contract.goals', 'term']);
    expect(isCovered('contract.goals.max', rows)).toBe(true);
    expect(isCovered('contract.goalsExtra', rows)).toBe(false);
    expect(isCovered('contract.title', rows)).toBe(false);
  });
});

describe.each(programs)('content/programs/%s', (id) => {
  const data: unknown = parse(readFileSync(join(ROOT, id, 'program.yaml'), 'utf8'), { schema: 'core' });

  it('states enough facts for the check to mean something', () => {
    expect(factKeys(data).length).toBeGreaterThan(10);
  });
});

describe('npm run validate checks SOURCES.md (program-sources), at file:line', () => {
  let repo: string;
  const validate = (...args: string[]) => runMain(main, ['--today', '2026-11-30', ...args], { cwd: repo });
  const ALCTS = 'content/programs/alcts';

  beforeEach(async () => {
    repo = await mkdtemp(join(tmpdir(), 'tandem-sources-'));
    await cp('content/programs', join(repo, 'content/programs'), { recursive: true });
  });
  afterEach(async () => {
    await rm(repo, { recursive: true, force: true });
  });

  it('passes on the three programs: every key has its row, every row its key', async () => {
    const result = await validate();
    expect(result.stdout).not.toContain('(program-sources)');
    expect(result.code, result.stdout).toBe(0);
  });

  it('names the program.yaml line of a key without a row', async () => {
    await writeFile(join(repo, ALCTS, 'program.yaml'), `${await readFile(join(repo, ALCTS, 'program.yaml'), 'utf8')}retentionDays: 30\n`);
    const lines = (await readFile(join(repo, ALCTS, 'program.yaml'), 'utf8')).split('\n').length - 1;
    const result = await validate();
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(
      `${ALCTS}/program.yaml:${lines}:1: error: retentionDays has no row in ${ALCTS}/SOURCES.md: add one naming the sentence of the program's documents it comes from, or remove the key. (program-sources)`,
    );
  });

  it('names the SOURCES.md line of a row whose key program.yaml lacks', async () => {
    const sources = await readFile(join(repo, ALCTS, 'SOURCES.md'), 'utf8');
    await writeFile(join(repo, ALCTS, 'SOURCES.md'), `${sources}| \`retentionDays\` | Overview | Nothing. |\n`);
    const result = await validate();
    expect(result.stdout).toContain(
      `${ALCTS}/SOURCES.md:${sources.split('\n').length}:1: error: The row for retentionDays names a key program.yaml does not have: remove the row, or correct its key. (program-sources)`,
    );
  });

  it('requires a SOURCES.md, and the notice texts, even in a folder holding nothing but program.yaml', async () => {
    const folder = join(repo, 'content/programs/demo');
    await mkdir(folder, { recursive: true });
    await writeFile(
      join(folder, 'program.yaml'),
      'id: demo\nname: Demo Program\norganization: Demo Association\nsummary: A demo.\nkinds: [mentoring]\ncoordinators: [{ name: Dee Moe, email: dee@example.org }]\nnotices:\n  from: { name: Demo, email: demo@example.org }\n  replyTo: dee@example.org\n  send: [check-in]\n',
    );
    const result = await validate('content/programs/demo');
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('content/programs/demo/program.yaml:1:1: error: The program has no content/programs/demo/SOURCES.md');
    expect(result.stdout).toContain(
      'content/programs/demo/program.yaml:10:10: error: The notice check-in has no text: write content/programs/demo/notices/check-in.md.',
    );
  });
});

describe('the facts SOURCES.md records as the documents state them', () => {
  it('records ALCTS\'s own slip, June 1 to April 30 called "10 months", as written', () => {
    const sources = readFileSync(join(ROOT, 'alcts', 'SOURCES.md'), 'utf8');
    expect(sources).toContain('Formal mentoring begins June 1, 2018 and ends April 30, 2019 (10 months)');
    expect(sources).toContain('Recorded here as the document writes it, not corrected.');
  });
});
