/**
 * The site's content: programs (content/programs/<id>/program.yaml) and their
 * guideline pages (content/programs/<id>/guidelines/*.mdx).
 *
 * Both are checked by the same code as `npm run validate` (ajv and the JSON
 * Schemas in schemas/), so a broken file fails the build with the validator's
 * own `path:line:col: error: message (rule)` text. The zod schemas here only
 * carry the TypeScript types.
 *
 * Only content/programs/ is read: contracts and pairings hold personal data
 * and never reach the public site.
 */
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { defineCollection } from 'astro:content';
import { glob, type Loader } from 'astro/loaders';
import { z } from 'astro/zod';
import { todayIso } from './lib/dates.ts';
import { formatText, type Diagnostic } from './lib/diagnostics.ts';
import type { Guideline, Program } from './lib/types.generated.ts';
import { validateFiles, type SourceFile } from './lib/validate/index.ts';
import { loadProgramFile } from './lib/validate/program.ts';

const PROGRAMS_DIR = 'content/programs';

/** Reads every program.yaml through the validator; any error stops the build with its diagnostics. */
function programLoader(): Loader {
  return {
    name: 'tandem-programs',
    async load({ store, logger, ...context }) {
      const folders = (await readdir(PROGRAMS_DIR, { withFileTypes: true }))
        .filter((entry) => entry.isDirectory())
        .map((entry) => entry.name)
        .sort();
      const loaded: { path: string; program: Program }[] = [];
      const problems: Diagnostic[] = [];
      for (const folder of folders) {
        const path = `${PROGRAMS_DIR}/${folder}/program.yaml`;
        const bytes = await readFile(path).catch(() => undefined);
        if (!bytes) continue; // a folder without program.yaml is not a program (the validator reports it)
        const { program, diagnostics } = loadProgramFile(path, new Uint8Array(bytes));
        problems.push(...diagnostics);
        if (program) loaded.push({ path, program });
      }
      if (problems.some((d) => d.severity === 'error')) {
        throw new Error(`content/programs has errors:\n${formatText(problems)}`);
      }
      if (problems.length > 0) logger.warn(formatText(problems));
      store.clear();
      for (const { path, program } of loaded) {
        const data = await context.parseData({ id: program.id, data: { ...program }, filePath: path });
        store.set({ id: program.id, data, filePath: path, digest: context.generateDigest(data) });
      }
    },
  };
}

/** A program's data, already checked by ajv in the loader. */
const programSchema = z.custom<Program>((value) => typeof value === 'object' && value !== null);

/**
 * The guideline pages, each first checked by `validateFiles` (the code behind
 * `npm run validate`: frontmatter schema, MDX syntax, heading levels, personal
 * data in public text, links to other pages) in the context of every program
 * file; any error stops the build with the validator's own text. Astro's glob
 * loader then reads and renders the pages that passed.
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
      const files = await programFiles();
      const guidelinePaths = files.map((file) => file.path).filter((path) => path.endsWith('.mdx'));
      // No date rule applies to program files; `today` only has to be a date.
      const { diagnostics } = validateFiles(files, { today: todayIso(), only: guidelinePaths });
      if (diagnostics.some((d) => d.severity === 'error')) {
        throw new Error(`content/programs has errors:\n${formatText(diagnostics)}`);
      }
      if (diagnostics.length > 0) context.logger.warn(formatText(diagnostics));
      await pages.load(context);
    },
  };
}

/** Every program.yaml and guideline page under content/programs (never contracts or pairings). */
async function programFiles(): Promise<SourceFile[]> {
  const files: SourceFile[] = [];
  const folders = (await readdir(PROGRAMS_DIR, { withFileTypes: true })).filter((entry) => entry.isDirectory()).map((entry) => entry.name);
  for (const folder of folders.sort()) {
    const programPath = join(PROGRAMS_DIR, folder, 'program.yaml');
    const programBytes = await readFile(programPath).catch(() => undefined);
    if (programBytes) files.push({ path: programPath, bytes: new Uint8Array(programBytes) });
    const guidelinesDir = join(PROGRAMS_DIR, folder, 'guidelines');
    const names = (await readdir(guidelinesDir).catch(() => [])).filter((name) => name.endsWith('.mdx')).sort();
    for (const name of names) {
      files.push({ path: `${guidelinesDir}/${name}`, bytes: new Uint8Array(await readFile(join(guidelinesDir, name))) });
    }
  }
  return files;
}

/** A guideline's frontmatter, already checked against schemas/guideline.schema.json by the loader. */
const guidelineSchema = z.custom<Guideline>((value) => typeof value === 'object' && value !== null, 'The frontmatter must be a YAML mapping');

const programs = defineCollection({ loader: programLoader(), schema: programSchema });

const guidelines = defineCollection({ loader: guidelineLoader(), schema: guidelineSchema });

export const collections = { programs, guidelines };
