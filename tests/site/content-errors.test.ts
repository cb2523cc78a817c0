/**
 * A broken program.yaml or guideline frontmatter stops the site build with the
 * validator's own words, naming the file, line and field. Each case builds a
 * small copy of the site (the real src/ and schemas/, one program) in a
 * temporary folder.
 */
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { astroBuild, copySiteSources } from './built-site.ts';

const root = resolve('.');
const made: string[] = [];

afterAll(async () => {
  for (const dir of made) await rm(dir, { recursive: true, force: true });
});

/** A site with only the ALAO program, its program.yaml and first guideline page changed by `edit`. */
async function fixtureSite(edit: { programYaml?: (text: string) => string; guideline?: (text: string) => string }): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'tandem-site-'));
  made.push(dir);
  await copySiteSources(dir, { withPrograms: false });
  const program = join(dir, 'content/programs/alao');
  await mkdir(join(program, 'guidelines'), { recursive: true });
  const yaml = await readFile(join(root, 'content/programs/alao/program.yaml'), 'utf8');
  await writeFile(join(program, 'program.yaml'), edit.programYaml ? edit.programYaml(yaml) : yaml);
  const page = await readFile(join(root, 'content/programs/alao/guidelines/setting-goals.mdx'), 'utf8');
  await writeFile(join(program, 'guidelines/setting-goals.mdx'), edit.guideline ? edit.guideline(page) : page);
  return dir;
}

const build = (dir: string) => astroBuild(dir, { TANDEM_OUT_DIR: join(dir, 'dist'), BASE_PATH: '/', NO_COLOR: '1', FORCE_COLOR: '0' });

/** The 1-based line of the first line of `text` that starts with `prefix`. */
const lineOf = (text: string, prefix: string) => text.split('\n').findIndex((line) => line.startsWith(prefix)) + 1;

describe('content errors stop the build', () => {
  it('builds the fixture site when nothing is broken', async () => {
    const result = await build(await fixtureSite({}));
    expect(result.output).not.toMatch(/error/i);
    expect(result.failed).toBe(false);
  }, 120_000);

  it('names the file, line and field of an unknown key in program.yaml', async () => {
    const yaml = await readFile(join(root, 'content/programs/alao/program.yaml'), 'utf8');
    const line = lineOf(yaml, 'membersOnly:');
    const result = await build(await fixtureSite({ programYaml: (text) => text.replace(/^membersOnly:/m, 'membrsOnly:') }));
    expect(result.failed).toBe(true);
    expect(result.output).toMatch(new RegExp(`content/programs/alao/program\\.yaml:${line}:1: error: .*membrsOnly.*\\(schema-[a-z-]+\\)`));
  }, 120_000);

  it('names the file and field of unknown guideline frontmatter', async () => {
    const result = await build(await fixtureSite({ guideline: (text) => text.replace(/^order:/m, 'sidebarLabel: Goals\nposition: 2\norder:') }));
    expect(result.failed).toBe(true);
    expect(result.output).toContain('setting-goals.mdx');
    expect(result.output).toMatch(/position/);
    expect(result.output).toMatch(/\(schema-[a-z-]+\)/);
  }, 120_000);
});
