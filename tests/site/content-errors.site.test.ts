/**
 * A broken program.yaml or guideline page stops the site build with the
 * validator's own words (the very lines `npm run validate` prints), naming the
 * file, line and field. Each case builds a small copy of the site (the real
 * src/ and schemas/, one program): three builds in all, as the program and
 * guideline loaders each stop the build on their own, and a third for the
 * statistics snapshot.
 *
 * Beside them, a sound copy (the real programs) built where no Chromium is
 * found: it builds, with no form PDF and no link to one, and says why once
 * (the PDF step of scripts/pdf/build-integration.ts; its decision and the
 * build with a browser are tested in tests/lib/forms/build-pdfs.site.test.ts).
 *
 * The broken program.yaml is built by the `astro build` command itself, a
 * process of its own, as a user runs it; the other three by Astro's `build()`
 * (what that command runs) one after another in one child process
 * (tests/support/site-builds.ts), which pays Node's and Astro's start-up once
 * for the three, in one copy of the site with each build's own content/.
 * That a sound site builds without an error or a warning is checked on the
 * shared test build (base-path.site.test.ts).
 */
import { existsSync, readFileSync } from 'node:fs';
import { cp, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatText } from '../../src/lib/diagnostics.ts';
import { readRepositoryFiles } from '../../src/lib/repository/read-files.ts';
import { validateFiles } from '../../src/lib/validate/index.ts';
import { codeFrontmatter } from '../support/frontmatter-code.ts';
import { astroBuild, copySiteSources, pdfLinks } from '../support/built-site.ts';
import { loadContractPrograms } from '../support/form-programs.ts';
import { buildSites, type SiteBuildResult } from '../support/site-builds.ts';

const root = resolve('.');
const made: string[] = [];

afterAll(async () => {
  for (const dir of made) await rm(dir, { recursive: true, force: true });
});

/** A new temporary folder, removed after the tests. */
async function tempDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'tandem-site-'));
  made.push(dir);
  return dir;
}

interface ContentEdit {
  programYaml?: (text: string) => string;
  guideline?: (text: string) => string;
  statisticsYaml?: string;
}

/** A copy of the site's sources with no content/, for `fixtureContent` folders to be built in. */
async function siteCopy(): Promise<string> {
  const dir = await tempDir();
  await copySiteSources(dir);
  return dir;
}

/** A site with only the ALAO program and its pages (they link to each other), its program.yaml and setting-goals page changed by `edit`. */
async function fixtureSite(edit: ContentEdit): Promise<string> {
  const dir = await siteCopy();
  await writeFixtureContent(dir, edit);
  return dir;
}

/** A folder with a fixture site's content/ only (`fixtureSite`), for a build in a shared copy of the site. */
async function fixtureContent(edit: ContentEdit): Promise<string> {
  const dir = await tempDir();
  await writeFixtureContent(dir, edit);
  return dir;
}

async function writeFixtureContent(dir: string, edit: ContentEdit): Promise<void> {
  const program = join(dir, 'content/programs/alao');
  await cp(join(root, 'content/programs/alao/guidelines'), join(program, 'guidelines'), { recursive: true });
  // The program's notice texts belong with it: without them the validator reports the notices it sends as missing.
  await cp(join(root, 'content/programs/alao/notices'), join(program, 'notices'), { recursive: true });
  const yaml = await readFile(join(root, 'content/programs/alao/program.yaml'), 'utf8');
  await writeFile(join(program, 'program.yaml'), edit.programYaml ? edit.programYaml(yaml) : yaml);
  const page = await readFile(join(root, 'content/programs/alao/guidelines/setting-goals.mdx'), 'utf8');
  await writeFile(join(program, 'guidelines/setting-goals.mdx'), edit.guideline ? edit.guideline(page) : page);
  if (edit.statisticsYaml !== undefined) await writeFile(join(program, 'statistics.yaml'), edit.statisticsYaml);
}

const buildEnv = (outDir: string) => ({ TANDEM_OUT_DIR: outDir, BASE_PATH: '/', NO_COLOR: '1', FORCE_COLOR: '0' });

/** What `npm run validate` says about the fixture site's files: one `path:line:col: severity: message (rule)` line each. */
async function validatorLines(dir: string): Promise<string[]> {
  const { diagnostics } = validateFiles(await readRepositoryFiles(dir), { today: '2026-01-01' });
  return formatText(diagnostics)
    .split('\n')
    .filter((line) => /^content\/.*: (error|warning): /.test(line));
}

/** The 1-based line of the first line of `text` that starts with `prefix`. */
const lineOf = (text: string, prefix: string) => text.split('\n').findIndex((line) => line.startsWith(prefix)) + 1;

const programYaml = readFileSync(join(root, 'content/programs/alao/program.yaml'), 'utf8');
const guidelinePage = readFileSync(join(root, 'content/programs/alao/guidelines/setting-goals.mdx'), 'utf8');
/** A guideline page broken three ways: unknown frontmatter, a heading that skips a level, a link to a page that does not exist. */
const brokenPage = `${guidelinePage.replace(/^order:/m, 'sidebarLabel: Goals\nposition: 2\norder:').replace('## If you are a mentee', '#### If you are a mentee')}\nSee [the missing page](/alao/no-such-page/).\n`;
const statisticsSnapshot =
  'program: alao\nmonth: 2026-12\ntaken: 2026-12-01\ncycles:\n  - { cycle: 2026, completed: 2, endedEarly: fewer than 3, reassigned: 3 }\n';

let programBuild: SiteBuildResult;
/** The sound copy built without a browser, and where it was built. */
let noBrowserBuild: SiteBuildResult;
let noBrowserDist: string;
let guidelineBuild: SiteBuildResult;
let statisticsBuild: SiteBuildResult;
/** What `npm run validate` prints about the broken guideline page's site. */
let guidelineLines: string[];
/** The file a guideline page's JavaScript frontmatter would write, if it were run. */
let marker: string;

beforeAll(async () => {
  const programDir = await fixtureSite({ programYaml: (text) => text.replace(/^membersOnly:/m, 'membrsOnly:') });
  const guidelineDir = await fixtureContent({ guideline: () => brokenPage });
  marker = join(guidelineDir, 'frontmatter-ran');
  await writeFile(
    join(guidelineDir, 'content/programs/alao/guidelines/run-code.mdx'),
    codeFrontmatter('---js', marker, `title: 'Code', description: 'Runs code.', order: 9`),
  );
  const statisticsDir = await fixtureContent({ statisticsYaml: statisticsSnapshot });
  // The sound site: the real programs.
  const soundDir = await tempDir();
  await cp(join(root, 'content/programs'), join(soundDir, 'content/programs'), { recursive: true });
  // The child's three builds, in one copy of the site, each with its own content/ and its own output.
  const site = await siteCopy();
  noBrowserDist = join(site, 'dist-no-browser');
  // The command in a process of its own and the child running the other builds, side by side.
  let others: SiteBuildResult[];
  [programBuild, others] = await Promise.all([
    astroBuild(programDir, buildEnv(join(programDir, 'dist'))),
    buildSites([
      { root: site, content: guidelineDir, env: buildEnv(join(site, 'dist-guideline')) },
      { root: site, content: statisticsDir, env: buildEnv(join(site, 'dist-statistics')) },
      // CHROMIUM_PATH naming no file: no browser to be found.
      { root: site, content: soundDir, env: { ...buildEnv(noBrowserDist), CHROMIUM_PATH: join(site, 'no-such-chromium') } },
    ]),
  ]);
  [guidelineBuild, statisticsBuild, noBrowserBuild] = others as [SiteBuildResult, SiteBuildResult, SiteBuildResult];
  guidelineLines = await validatorLines(guidelineDir);
}, 240_000);

describe('an error in program.yaml stops the build (the astro build command)', () => {
  it('names the file, line and field of an unknown key', () => {
    const line = lineOf(programYaml, 'membersOnly:');
    expect(programBuild.failed).toBe(true);
    expect(programBuild.output).toMatch(
      new RegExp(`content/programs/alao/program\\.yaml:${line}:1: error: .*membrsOnly.*\\(schema-[a-z-]+\\)`),
    );
  });
});

/**
 * One build of a guideline page broken three ways (unknown frontmatter, a
 * heading that skips a level, a link to a page that does not exist), beside a
 * page whose frontmatter is JavaScript that would write a marker file if run:
 * the guideline loader reports every problem of every page at once, as
 * `npm run validate` does, so one failed build shows all four.
 */
describe('errors in a guideline page stop the build', () => {
  it('fails, with every line npm run validate prints about the page', () => {
    expect(guidelineBuild.failed).toBe(true);
    expect(guidelineLines.length).toBeGreaterThanOrEqual(3);
    for (const line of guidelineLines) expect(guidelineBuild.output).toContain(line);
  });

  it('names the file, line and field of unknown guideline frontmatter', () => {
    expect(guidelineBuild.output).toMatch(
      /content\/programs\/alao\/guidelines\/setting-goals\.mdx:5:1: error: .*position.*\(schema-[a-z-]+\)/,
    );
  });

  it("applies the validator's body rules too: a heading that skips a level", () => {
    const line = lineOf(brokenPage, '#### If you are a mentee');
    expect(guidelineBuild.output).toContain(`content/programs/alao/guidelines/setting-goals.mdx:${line}:1: error: `);
    expect(guidelineBuild.output).toContain('(guideline-heading-level)');
  });

  it('never runs frontmatter written in JavaScript, and names its file and line', () => {
    expect(existsSync(marker)).toBe(false);
    expect(guidelineBuild.output).toContain(
      'content/programs/alao/guidelines/run-code.mdx:1:4: error: The first line marks the frontmatter as "js": frontmatter is read as YAML only, and never run as code. Make the first line --- alone. (guideline-frontmatter)',
    );
  });

  it('stops on a link to a guideline page that does not exist', () => {
    expect(guidelineLines.join('\n')).toMatch(/setting-goals\.mdx:\d+:\d+: error: .*\(guideline-link\)/);
    expect(guidelineBuild.output).toMatch(/setting-goals\.mdx:\d+:\d+: error: .*\(guideline-link\)/);
  });
});

describe('a statistics snapshot that does not load stops the build', () => {
  it('names the file, line and field, instead of leaving the program without statistics', () => {
    expect(statisticsBuild.failed).toBe(true);
    expect(statisticsBuild.output).toMatch(/content\/programs\/alao\/statistics\.yaml:5:\d+: error: .*Completed.*\(schema-not-allowed\)/);
  });
});

describe('a site built without a browser', () => {
  it('has no PDF and links none, and the build says why once', async () => {
    const { failed, output } = noBrowserBuild;
    expect(failed, output.slice(-2000)).toBe(false);
    expect(output.match(/No Chromium found/g), output.slice(-2000)).toHaveLength(1);
    const files = await readdir(noBrowserDist, { recursive: true });
    expect(files.filter((file) => file.endsWith('.pdf'))).toEqual([]);
    expect(await pdfLinks(noBrowserDist)).toEqual([]);
    // The form itself is still there to print, on every program's contract page.
    const programs = loadContractPrograms();
    expect(programs.length).toBeGreaterThan(0);
    for (const program of programs) {
      const page = await readFile(join(noBrowserDist, program.id, 'contract', 'index.html'), 'utf8');
      expect(page).toContain('data-print-form');
      expect(page).not.toContain('Download as PDF');
    }
  });
});
