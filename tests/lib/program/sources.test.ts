/**
 * Every fact a program.yaml states has a row in its SOURCES.md naming the
 * sentence of the program's documents it comes from, and SOURCES.md names no
 * key the program.yaml does not have (a stale row would hide a missing one).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
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
  const sources = readFileSync(join(ROOT, id, 'SOURCES.md'), 'utf8');
  const keys = factKeys(data);
  const rows = sourceKeys(sources);

  it('has a SOURCES.md row for every key of program.yaml', () => {
    expect(keys.length).toBeGreaterThan(10);
    expect(keys.filter((key) => !isCovered(key, rows))).toEqual([]);
  });

  it('names no key in SOURCES.md that program.yaml does not have', () => {
    expect(rows.filter((row) => !keys.some((key) => key === row || key.startsWith(`${row}.`)))).toEqual([]);
  });
});

describe('the facts SOURCES.md records as the documents state them', () => {
  it('records ALCTS\'s own slip, June 1 to April 30 called "10 months", as written', () => {
    const sources = readFileSync(join(ROOT, 'alcts', 'SOURCES.md'), 'utf8');
    expect(sources).toContain('Formal mentoring begins June 1, 2018 and ends April 30, 2019 (10 months)');
    expect(sources).toContain('Recorded here as the document writes it, not corrected.');
  });
});
