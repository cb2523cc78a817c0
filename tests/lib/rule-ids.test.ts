/**
 * The one list of rule ids (src/lib/rule-ids.ts): the program author's guide shows it as it is,
 * every diagnostic carries a listed id, every listed id is reported somewhere,
 * and the reserved page names the validator checks are the site's own pages.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULES_DOCUMENT, rulesMarkdown, withRulesSection } from '../../src/lib/generate/readme-rules.ts';
import { PROGRAM_PAGE_NAMES, SITE_PAGE_NAMES } from '../../src/lib/reserved-pages.ts';
import { isRuleId, RULE_GROUPS, RULES } from '../../src/lib/rule-ids.ts';
import { baseFiles, GUIDELINE, PROGRAM, TODAY, validatedFixture, validateWith } from './validate/helpers.ts';
import { invalidCases } from './validate/invalid-cases.ts';
import { validateFiles } from '../../src/lib/validate/index.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const read = (path: string): string => readFileSync(resolve(ROOT, path), 'utf8');

/** Every .ts file under a folder, as text. */
function sources(folder: string): string[] {
  return readdirSync(resolve(ROOT, folder), { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.ts'))
    .map((name) => read(`${folder}/${name}`));
}

describe('the list of rule ids', () => {
  it('has unique kebab-case ids, each with one sentence, under a known group', () => {
    const ids = RULES.map((rule) => rule.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const rule of RULES) {
      expect(rule.id).toMatch(/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/);
      expect(rule.description, rule.id).toMatch(/^[A-Z].*\.$/);
      expect(Object.keys(RULE_GROUPS)).toContain(rule.group);
    }
  });

  it("is what the program author's guide lists (npm run generate rewrites the section)", () => {
    expect(RULES_DOCUMENT).toBe('docs/program-authors.md');
    const guide = read(RULES_DOCUMENT);
    expect(withRulesSection(guide), `${RULES_DOCUMENT}: run npm run generate`).toBe(guide);
    expect(read('README.md')).not.toContain('<!-- rules:start -->');
    for (const rule of RULES) expect(rulesMarkdown()).toContain(`| \`${rule.id}\` |`);
    expect(() => withRulesSection('# no markers')).toThrow(/rules:start/);
  });

  it('lists no id that no code reports', () => {
    const code = [...sources('src/lib'), read('src/content.config.ts')].join('\n').replace(read('src/lib/rule-ids.ts'), '');
    const unused = RULES.map((rule) => rule.id).filter((id) => !code.includes(`'${id}'`));
    expect(unused).toEqual([]);
  });

  it('knows every id the validator reports on the invalid fixtures', async () => {
    const seen = new Set<string>();
    for (const testCase of invalidCases) {
      for (const diagnostic of (await validatedFixture(testCase.path, testCase.fixture)).diagnostics) seen.add(diagnostic.rule);
    }
    expect(seen.size).toBeGreaterThan(20);
    expect([...seen].filter((id) => !isRuleId(id))).toEqual([]);
  });
});

describe('reserved page names', () => {
  const pageNames = (folder: string): string[] =>
    readdirSync(resolve(ROOT, folder), { withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => entry.name.replace(/\.(astro|ts)$/, ''))
      .filter((name) => !name.startsWith('['));

  it('are the pages of src/pages/ and public/', () => {
    expect([...PROGRAM_PAGE_NAMES].sort()).toEqual(pageNames('src/pages/[program]').sort());
    for (const name of [...pageNames('src/pages'), ...readdirSync(resolve(ROOT, 'public'))]) expect(SITE_PAGE_NAMES).toContain(name);
  });

  it('a guideline named like a page of its program is an error at its file', async () => {
    const path = 'content/programs/alao/guidelines/statistics.mdx';
    const page = (await baseFiles()).find((file) => file.path === GUIDELINE)!;
    const result = await validateWith(path, page.bytes);
    expect(result.ok).toBe(false);
    expect(result.diagnostics).toContainEqual(
      expect.objectContaining({ file: path, line: 1, column: 1, severity: 'error', rule: 'guideline-reserved-name' }),
    );
    expect(result.diagnostics.find((d) => d.rule === 'guideline-reserved-name')?.message).toContain('"statistics"');
  });

  it('a program whose folder is the name of a site page is an error at its id', async () => {
    const files = await baseFiles();
    const program = new TextDecoder().decode(files.find((file) => file.path === PROGRAM)!.bytes);
    const path = 'content/programs/search/program.yaml';
    const text = program.replace(/^id: .*$/m, 'id: search');
    const line = text.split('\n').findIndex((l) => l.startsWith('id: ')) + 1;
    const result = validateFiles([...files, { path, bytes: new TextEncoder().encode(text) }], { today: TODAY, only: [path] });
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([
      expect.objectContaining({ file: path, line, rule: 'program-reserved-name' }),
    ]);
  });
});
