/**
 * The site's content: programs (content/programs/<id>/program.yaml), their
 * guideline pages (content/programs/<id>/guidelines/*.mdx) and each program's
 * public statistics (counts only).
 *
 * Programs and pages are checked by the same code as `npm run validate` (ajv
 * and the JSON Schemas in schemas/), once per build for all of them, so a
 * broken file fails the build with the validator's own
 * `path:line:col: error: message (rule)` text. The zod schemas here only carry
 * the TypeScript types.
 *
 * The statistics are the month's snapshot, content/programs/<id>/statistics.yaml
 * (src/lib/stats/snapshot.ts, `npm run stats:snapshot`), checked with the rest:
 * the build counts nothing itself, so a deploy that changes one pairing
 * changes nothing on the statistics pages, and a snapshot that does not load
 * stops the build. The site reads no pairing and no contract.
 */
import { readdir, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Loader } from 'astro/loaders';
import { z } from 'astro/zod';
import type { Diagnostic } from './lib/diagnostics.ts';
import type { Guideline, Program, Statistics } from './lib/types.generated.ts';
import type { SourceFile, ValidationResult } from './lib/validate/index.ts';

const nodeRequire = createRequire(import.meta.url);

/**
 * Astro's `defineCollection` and glob loader, loaded by Node itself too. Astro
 * loads this file through Vite's module runner, which transforms, source-maps
 * and runs again every Astro module it imports: `astro:content` brings in
 * Astro's page runtime (about 110 modules) and `astro/loaders` its image
 * utilities (about 50), none of which the content sync needs. Loaded by Node,
 * they are the modules Astro itself already runs: about 2 s of CPU less in
 * every build and every `astro sync` (3.3 s instead of 5.3 for a build that
 * stops at a broken program.yaml, measured with perf).
 */
const { defineCollection } = nodeRequire('astro/content/config') as typeof import('astro/content/config');
const { glob } = nodeRequire('astro/loaders') as typeof import('astro/loaders');

/**
 * The validator and the statistics, loaded by Node itself (its own type
 * stripping, as `npm run validate` loads them) instead of through Vite's
 * module runner, which would transform and source-map each of their modules
 * first (about 0.3 s of CPU in every build: npm run bench:site). They are
 * loaded on first use, during the content sync; the pages never import them.
 * In `astro dev`, a change under src/lib/ is seen after a restart.
 */
function library() {
  return {
    ...(nodeRequire('./lib/validate/index.ts') as typeof import('./lib/validate/index.ts')),
    ...(nodeRequire('./lib/dates.ts') as typeof import('./lib/dates.ts')),
    ...(nodeRequire('./lib/diagnostics.ts') as typeof import('./lib/diagnostics.ts')),
    ...(nodeRequire('./lib/stats/published.ts') as typeof import('./lib/stats/published.ts')),
  };
}

const PROGRAMS_DIR = 'content/programs';

let checked: { result: Promise<ValidationResult>; uses: number } | undefined;

/**
 * Every program.yaml and guideline page, validated together once per content
 * sync; each of the two loaders reports its own files. Once both have the
 * result, the next sync (in `astro dev`) reads the files again.
 */
function checkedProgramFiles(): Promise<ValidationResult> {
  const { validateFiles, todayIso } = library();
  // No date rule applies to program files; `today` only has to be a date.
  checked ??= { result: programFiles().then((files) => validateFiles(files, { today: todayIso() })), uses: 0 };
  const { result } = checked;
  checked.uses += 1;
  if (checked.uses === 2) checked = undefined;
  return result;
}

/** Stops the build on an error in `files`' diagnostics; logs their warnings. */
function report(diagnostics: readonly Diagnostic[], warn: (message: string) => void): void {
  const { formatText } = library();
  if (diagnostics.some((d) => d.severity === 'error')) throw new Error(`content/programs has errors:\n${formatText(diagnostics)}`);
  if (diagnostics.length > 0) warn(formatText(diagnostics));
}

/** The programs, from the validator's reading of every program.yaml; any error stops the build with its diagnostics. */
function programLoader(): Loader {
  return {
    name: 'tandem-programs',
    async load({ store, logger, ...context }) {
      const { diagnostics, repository } = await checkedProgramFiles();
      report(
        diagnostics.filter((d) => d.file.endsWith('/program.yaml')),
        (message) => logger.warn(message),
      );
      store.clear();
      for (const [, { file, data: program }] of [...repository.programs].sort(([a], [b]) => a.localeCompare(b))) {
        const data = await context.parseData({ id: program.id, data: { ...program }, filePath: file });
        store.set({ id: program.id, data, filePath: file, digest: context.generateDigest(data) });
      }
    },
  };
}

/** A program's data, already checked by ajv in the loader. */
const programSchema = z.custom<Program>((value) => typeof value === 'object' && value !== null);

/**
 * The guideline pages, each first checked by `validateFiles` (the code behind
 * `npm run validate`: frontmatter schema, MDX syntax, heading levels, personal
 * data in public text, links to other pages, reserved names) in the context of
 * every program file; any error stops the build with the validator's own text.
 * Astro's glob loader then reads and renders the pages that passed.
 */
function guidelineLoader(): Loader {
  const pages = glob({
    base: `./${PROGRAMS_DIR}`,
    pattern: '*/guidelines/*.mdx',
    // `<program>/<page>`: the page's URL under its program.
    generateId: ({ entry }) => entry.replace(/\/guidelines\//, '/').replace(/\.mdx$/, ''),
  });
  return {
    name: 'tandem-guidelines',
    async load(context) {
      const { diagnostics } = await checkedProgramFiles();
      report(
        diagnostics.filter((d) => d.file.endsWith('.mdx')),
        (message) => context.logger.warn(message),
      );
      await pages.load(context);
    },
  };
}

/** Every program.yaml, statistics snapshot, guideline page and notice text under content/programs (never contracts or pairings). */
async function programFiles(): Promise<SourceFile[]> {
  const files: SourceFile[] = [];
  const folders = (await readdir(PROGRAMS_DIR, { withFileTypes: true })).filter((entry) => entry.isDirectory()).map((entry) => entry.name);
  for (const folder of folders.sort()) {
    const programPath = join(PROGRAMS_DIR, folder, 'program.yaml');
    const programBytes = await readFile(programPath).catch(() => undefined);
    if (programBytes) files.push({ path: programPath, bytes: new Uint8Array(programBytes) });
    const statisticsPath = join(PROGRAMS_DIR, folder, 'statistics.yaml');
    const statisticsBytes = await readFile(statisticsPath).catch(() => undefined);
    if (statisticsBytes) files.push({ path: statisticsPath, bytes: new Uint8Array(statisticsBytes) });
    // The guideline pages, and the notice texts beside them: they are not published, but program.yaml's notices
    // are checked against them (notice-texts).
    for (const [subfolder, extension] of [
      ['guidelines', '.mdx'],
      ['notices', '.md'],
    ] as const) {
      const dir = join(PROGRAMS_DIR, folder, subfolder);
      const names = (await readdir(dir).catch(() => [])).filter((name) => name.endsWith(extension)).sort();
      for (const name of names) files.push({ path: `${dir}/${name}`, bytes: new Uint8Array(await readFile(join(dir, name))) });
    }
  }
  return files;
}

/** A guideline's frontmatter, already checked against schemas/guideline.schema.json by the loader. */
const guidelineSchema = z.custom<Guideline>(
  (value) => typeof value === 'object' && value !== null,
  'The frontmatter must be a YAML mapping',
);

/**
 * Each program's published statistics: its latest monthly snapshot, as
 * committed (content/programs/<id>/statistics.yaml), by program id. A snapshot
 * with an error stops the build with the validator's own text; a program
 * without one has no statistics yet.
 */
function statisticsLoader(): Loader {
  return {
    name: 'tandem-statistics',
    async load({ store, logger, ...context }) {
      const { publishedStatistics, todayIso } = library();
      const { statistics, diagnostics } = publishedStatistics(await programFiles(), todayIso());
      report(diagnostics, (message) => logger.warn(message));
      store.clear();
      for (const [program, snapshot] of [...statistics].sort(([a], [b]) => a.localeCompare(b))) {
        // Spread into a plain object: the store takes records, which an interface type is not.
        const data = { ...snapshot };
        store.set({ id: program, data, digest: context.generateDigest(data) });
      }
    },
  };
}

const statisticsSchema = z.custom<Statistics>((value) => typeof value === 'object' && value !== null);

const programs = defineCollection({ loader: programLoader(), schema: programSchema });

const guidelines = defineCollection({ loader: guidelineLoader(), schema: guidelineSchema });

const statistics = defineCollection({ loader: statisticsLoader(), schema: statisticsSchema });

export const collections = { programs, guidelines, statistics };
