/**
 * Frontmatter is YAML only. A guideline page or notice text whose first line
 * names another language (`---js` and the like) is refused by
 * `npm run validate`, at its line and column, and its frontmatter is never
 * evaluated: the payload would set a global and write a marker file.
 */
import { rmSync } from 'node:fs';
import { cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { benchPages } from '../../../bench/site/pages.ts';
import { main } from '../../../scripts/validate.ts';
import { loadNoticeFile } from '../../../src/lib/notices/notice-file.ts';
import { loadGuidelineFile } from '../../../src/lib/validate/guideline.ts';
import { codeFrontmatter, codeRan, LANGUAGE_FENCES, RAN_GLOBAL } from '../../support/frontmatter-code.ts';
import { runMain } from '../../support/run-main.ts';
import { BASE, GUIDELINE, TODAY } from './helpers.ts';

let repo: string;
let marker: string;

beforeAll(async () => {
  repo = await mkdtemp(join(tmpdir(), 'tandem-frontmatter-'));
  await cp(BASE, repo, { recursive: true });
  marker = join(repo, 'frontmatter-ran');
});
afterAll(async () => {
  await rm(repo, { recursive: true, force: true });
});
afterEach(() => {
  rmSync(marker, { force: true });
  delete (globalThis as Record<string, unknown>)[RAN_GLOBAL];
});

const PAGE_FIELDS = `title: 'Setting goals', description: 'How a pair chooses goals.', order: 2`;

/** The column where the language's name starts on the first line. */
const languageColumn = (fence: string) => 4 + (fence.slice(3).length - fence.slice(3).trimStart().length);

describe('npm run validate refuses frontmatter in any language but YAML', () => {
  it.each(LANGUAGE_FENCES)('a guideline page opening with %j: refused at line 1, never run', async (fence) => {
    await writeFile(join(repo, GUIDELINE), codeFrontmatter(fence, marker, PAGE_FIELDS));
    const result = await runMain(main, ['--today', TODAY], { cwd: repo });
    expect(codeRan(marker)).toBe(false);
    expect(result.code).toBe(1);
    const word = fence.slice(3).trim();
    expect(result.stdout.split('\n')[0]).toBe(
      `${GUIDELINE}:1:${languageColumn(fence)}: error: The first line marks the frontmatter as "${word}": frontmatter is read as YAML only, and never run as code. Make the first line --- alone. (guideline-frontmatter)`,
    );
    // Only that one problem: the code is not read as the page's body either.
    expect(result.stdout).toContain('Invalid: 1 error and 0 warnings in 1 file');
  });

  it('refuses a fence written with Windows line endings', () => {
    const text = codeFrontmatter('---js', marker, PAGE_FIELDS).replaceAll('\n', '\r\n');
    const page = loadGuidelineFile(GUIDELINE, new TextEncoder().encode(text));
    expect(codeRan(marker)).toBe(false);
    expect(page.diagnostics).toMatchObject([{ line: 1, column: 4, rule: 'guideline-frontmatter' }]);
  });

  it.each(LANGUAGE_FENCES)('a notice text opening with %j: refused at line 1, never run', (fence) => {
    const file = 'content/programs/alao/notices/contract-due.md';
    const notice = loadNoticeFile(file, new TextEncoder().encode(codeFrontmatter(fence, marker, `subject: 'Due'`)));
    expect(codeRan(marker)).toBe(false);
    expect(notice.data).toBeUndefined();
    expect(notice.diagnostics).toEqual([
      {
        file,
        line: 1,
        column: languageColumn(fence),
        severity: 'error',
        rule: 'notice-frontmatter',
        message: `The first line marks the frontmatter as "${fence.slice(3).trim()}": frontmatter is read as YAML only, and never run as code. Make the first line --- alone.`,
      },
    ]);
  });

  it('still reads YAML frontmatter, with spaces after the fences and Windows line endings', () => {
    const text = '--- \r\ntitle: Setting goals\r\ndescription: How a pair chooses goals.\r\norder: 2\r\n---  \r\n\r\n## Goals\r\n';
    const page = loadGuidelineFile(GUIDELINE, new TextEncoder().encode(text));
    expect(page.diagnostics).toEqual([]);
    expect(page.data).toEqual({ title: 'Setting goals', description: 'How a pair chooses goals.', order: 2 });
    expect(page.body).toBe('\r\n## Goals\r\n');
  });

  it('names the line of a closing fence that holds more than ---, and a frontmatter never closed', () => {
    const closing = loadGuidelineFile(GUIDELINE, new TextEncoder().encode('---\ntitle: T\ndescription: D\norder: 1\n---js\nText\n'));
    expect(closing.diagnostics).toMatchObject([
      { line: 5, column: 4, rule: 'guideline-frontmatter', message: expect.stringContaining('closes the frontmatter') },
    ]);
    const unclosed = loadGuidelineFile(GUIDELINE, new TextEncoder().encode('---\ntitle: T\n'));
    expect(unclosed.diagnostics).toMatchObject([{ line: 1, column: 1, message: expect.stringContaining('never closed') }]);
  });

  it('keeps YAML line numbers equal to the file: a schema problem is placed on its own line', () => {
    const page = loadGuidelineFile(
      GUIDELINE,
      new TextEncoder().encode('---\ntitle: T\ndescription: D\norder: 1\ncolour: red\n---\nText\n'),
    );
    expect(page.diagnostics).toMatchObject([{ line: 5, column: 1, rule: 'schema-unknown-key' }]);
  });

  it("the site benchmark's page reader refuses it too, without running it", async () => {
    const root = join(repo, 'bench-root');
    await mkdir(join(root, 'content/programs/alao/guidelines'), { recursive: true });
    await writeFile(join(root, 'content/programs/alao/guidelines/goals.mdx'), codeFrontmatter('---js', marker, PAGE_FIELDS));
    expect(() => benchPages(root, 1)).toThrow(/goals\.mdx: the page has no YAML frontmatter/);
    expect(codeRan(marker)).toBe(false);
  });
});
