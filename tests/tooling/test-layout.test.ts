/**
 * The test layout, kept by a test rather than by memory:
 * - tests mirror the code: `tests/lib/<area>/` only for an area `src/lib/<area>/` has;
 * - a test file lives under one of the known top folders;
 * - a test that needs the built site or a browser is named `*.site.test.ts`, because that
 *   name alone puts it in the vitest `site` project (whose global setup builds the site);
 *   named otherwise it would run in the unit project against a missing or stale `dist/`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT } from '../support/run-main.ts';

const TESTS = join(PROJECT, 'tests');
const TOP_FOLDERS = ['lib', 'site', 'workflows', 'tooling', 'support'];
/** What only a site test may use: the shared build, a browser (launched here or through the support module). */
const SITE_ONLY = [/\blaunchChromium\(/, /support\/built-site\.ts['"]/, /support\/browser\.ts['"]/, /from ['"]playwright-core['"]/];

function testFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.test.ts'))
    .map((entry) => relative(TESTS, join(entry.parentPath, entry.name)));
}

describe('the test layout', () => {
  const files = testFiles(TESTS);

  it('finds the tests (the walk itself works)', () => {
    expect(files).toContain(join('lib', 'validate', 'examples.test.ts'));
    expect(files).toContain(join('site', 'routes.site.test.ts'));
  });

  it('puts every test file under a known top folder', () => {
    const stray = files.filter((file) => !TOP_FOLDERS.includes(file.split('/')[0] ?? ''));
    expect(stray, `move these under tests/${TOP_FOLDERS.join('|')}/`).toEqual([]);
  });

  it('mirrors src/lib: every tests/lib/<area>/ is an area of src/lib/', () => {
    const areas = new Set(
      readdirSync(join(PROJECT, 'src/lib'), { withFileTypes: true })
        .filter((e) => e.isDirectory())
        .map((e) => e.name),
    );
    const testAreas = readdirSync(join(TESTS, 'lib'), { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name);
    expect(testAreas.filter((area) => !areas.has(area))).toEqual([]);
  });

  it('names every test that reads the built site or drives a browser *.site.test.ts', () => {
    const misnamed = files.filter(
      (file) => !file.endsWith('.site.test.ts') && SITE_ONLY.some((pattern) => pattern.test(readFileSync(join(TESTS, file), 'utf8'))),
    );
    expect(misnamed).toEqual([]);
  });
});
