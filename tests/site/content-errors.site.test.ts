/**
 * A broken program.yaml or guideline page stops the site build with the
 * validator's own words (the very lines `npm run validate` prints), naming the
 * file, line and field. Each case builds a small copy of the site (the real
 * src/ and schemas/, one program) in a temporary folder: two builds in all,
 * as the program and guideline loaders each stop the build on their own, and a
 * third for the statistics snapshot.
 * That a sound site builds without an error or a warning is checked on the
 * base-path build (base-path.test.ts).
 */
import { existsSync, readFileSync } from 'node:fs';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatText } from '../../src/lib/diagnostics.ts';
import { readRepositoryFiles } from '../../src/lib/repository/read-files.ts';
import { validateFiles } from '../../src/lib/validate/index.ts';
import { codeFrontmatter } from '../support/frontmatter-code.ts';
import { astroBuild, copySiteSources } from '../support/built-site.ts';

const root = resolve('.');
const made: string[] = [];

afterAll(async () => {
  for (const dir of made) await rm(dir, { recursive: true, force: true });
});

/** A site with only the ALAO program and its pages (they link to each other), its program.yaml and setting-goals page changed by `edit`. */
async function fixtureSite(edit: {
  programYaml?: (text: string) => string;
  guideline?: (text: string) => string;
  statisticsYaml?: string;
}): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'tandem-site-'));
  made.push(dir);
  await copySiteSources(dir, { withPrograms: false });
  const program = join(dir, 'content/programs/alao');
  await cp(join(root, 'content/programs/alao/guidelines'), join(program, 'guidelines'), { recursive: true });
  // The program's notice texts belong with it: without them the validator reports the notices it sends as missing.
  await cp(join(root, 'content/programs/alao/notices'), join(program, 'notices'), { recursive: true });
  const yaml = await readFile(join(root, 'content/programs/alao/program.yaml'), 'utf8');
  await writeFile(join(program, 'program.yaml'), edit.programYaml ? edit.programYaml(yaml) : yaml);
  const page = await readFile(join(root, 'content/programs/alao/guidelines/setting-goals.mdx'), 'utf8');
  await writeFile(join(program, 'guidelines/setting-goals.mdx'), edit.guideline ? edit.guideline(page) : page);
  if (edit.statisticsYaml !== undefined) await writeFile(join(program, 'statistics.yaml'), edit.statisticsYaml);
  return dir;
}

const build = (dir: string) => astroBuild(dir, { TANDEM_OUT_DIR: join(dir, 'dist'), BASE_PATH: '/', NO_COLOR: '1', FORCE_COLOR: '0' });

/** What `npm run validate` says about the fixture site's files: one `path:line:col: severity: message (rule)` line each. */
async function validatorLines(dir: string): Promise<string[]> {
  const { diagnostics } = validateFiles(await readRepositoryFiles(dir), { today: '2026-01-01' });
  return formatText(diagnostics)
    .split('\n')
    .filter((line) => /^content\/.*: (error|warning): /.test(line));
}

/** The 1-based line of the first line of `text` that starts with `prefix`. */
const lineOf = (text: string, prefix: string) => text.split('\n').findIndex((line) => line.startsWith(prefix)) + 1;

describe('an error in program.yaml stops the build', () => {
  it('names the file, line and field of an unknown key', async () => {
    const yaml = await readFile(join(root, 'content/programs/alao/program.yaml'), 'utf8');
    const line = lineOf(yaml, 'membersOnly:');
    const result = await build(await fixtureSite({ programYaml: (text) => text.replace(/^membersOnly:/m, 'membrsOnly:') }));
    expect(result.failed).toBe(true);
    expect(result.output).toMatch(new RegExp(`content/programs/alao/program\\.yaml:${line}:1: error: .*membrsOnly.*\\(schema-[a-z-]+\\)`));
  }, 120_000);
});

/**
 * One build of a guideline page broken three ways (unknown frontmatter, a
 * heading that skips a level, a link to a page that does not exist), beside a
 * page whose frontmatter is JavaScript that would write a marker file if run:
 * the guideline loader reports every problem of every page at once, as
 * `npm run validate` does, so one failed build shows all four.
 */
describe('errors in a guideline page stop the build', () => {
  const page = readFileSync(join(root, 'content/programs/alao/guidelines/setting-goals.mdx'), 'utf8');
  const broken = `${page.replace(/^order:/m, 'sidebarLabel: Goals\nposition: 2\norder:').replace('## If you are a mentee', '#### If you are a mentee')}\nSee [the missing page](/alao/no-such-page/).\n`;
  let result: { failed: boolean; output: string };
  let expected: string[];
  let marker: string;

  beforeAll(async () => {
    const dir = await fixtureSite({ guideline: () => broken });
    marker = join(dir, 'frontmatter-ran');
    await writeFile(
      join(dir, 'content/programs/alao/guidelines/run-code.mdx'),
      codeFrontmatter('---js', marker, `title: 'Code', description: 'Runs code.', order: 9`),
    );
    result = await build(dir);
    expected = await validatorLines(dir);
  }, 120_000);

  it('fails, with every line npm run validate prints about the page', () => {
    expect(result.failed).toBe(true);
    expect(expected.length).toBeGreaterThanOrEqual(3);
    for (const line of expected) expect(result.output).toContain(line);
  });

  it('names the file, line and field of unknown guideline frontmatter', () => {
    expect(result.output).toMatch(/content\/programs\/alao\/guidelines\/setting-goals\.mdx:5:1: error: .*position.*\(schema-[a-z-]+\)/);
  });

  it("applies the validator's body rules too: a heading that skips a level", () => {
    const line = lineOf(broken, '#### If you are a mentee');
    expect(result.output).toContain(`content/programs/alao/guidelines/setting-goals.mdx:${line}:1: error: `);
    expect(result.output).toContain('(guideline-heading-level)');
  });

  it('never runs frontmatter written in JavaScript, and names its file and line', () => {
    expect(existsSync(marker)).toBe(false);
    expect(result.output).toContain(
      'content/programs/alao/guidelines/run-code.mdx:1:4: error: The first line marks the frontmatter as "js": frontmatter is read as YAML only, and never run as code. Make the first line --- alone. (guideline-frontmatter)',
    );
  });

  it('stops on a link to a guideline page that does not exist', () => {
    expect(expected.join('\n')).toMatch(/setting-goals\.mdx:\d+:\d+: error: .*\(guideline-link\)/);
    expect(result.output).toMatch(/setting-goals\.mdx:\d+:\d+: error: .*\(guideline-link\)/);
  });
});

describe('a statistics snapshot that does not load stops the build', () => {
  it('names the file, line and field, instead of leaving the program without statistics', async () => {
    const snapshot =
      'program: alao\nmonth: 2026-12\ntaken: 2026-12-01\ncycles:\n  - { cycle: 2026, completed: 2, endedEarly: fewer than 3, reassigned: 3 }\n';
    const result = await build(await fixtureSite({ statisticsYaml: snapshot }));
    expect(result.failed).toBe(true);
    expect(result.output).toMatch(/content\/programs\/alao\/statistics\.yaml:5:\d+: error: .*Completed.*\(schema-not-allowed\)/);
  }, 120_000);
});
