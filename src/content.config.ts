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
import { defineCollection } from 'astro:content';
import { glob, type Loader } from 'astro/loaders';
import { z } from 'astro/zod';
import { formatText, type Diagnostic } from './lib/diagnostics.ts';
import { validatorFor } from './lib/schemas.ts';
import type { Guideline, Program } from './lib/types.generated.ts';
import { loadProgramFile } from './lib/validate/program.ts';
import { schemaFindings } from './lib/validate/schema-errors.ts';

const PROGRAMS_DIR = 'content/programs';

/** Reads every program.yaml through the validator; any error stops the build with its diagnostics. */
function programLoader(): Loader {
  return {
    name: 'tandem-programs',
    async load({ store, parseData, generateDigest, logger }) {
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
        const data = await parseData({ id: program.id, data: { ...program }, filePath: path });
        store.set({ id: program.id, data, filePath: path, digest: generateDigest(data) });
      }
    },
  };
}

/** A program's data, already checked by ajv in the loader. */
const programSchema = z.custom<Program>((value) => typeof value === 'object' && value !== null);

/** A guideline's frontmatter, checked against schemas/guideline.schema.json with the validator's own wording. */
const guidelineSchema = z
  .custom<Guideline>((value) => typeof value === 'object' && value !== null, 'The frontmatter must be a YAML mapping')
  .superRefine((data, ctx) => {
    const validate = validatorFor('guideline');
    if (validate(data)) return;
    for (const finding of schemaFindings('guideline', validate.errors ?? [])) {
      ctx.addIssue({ code: 'custom', message: `${finding.message} (${finding.rule})`, path: [...finding.path] });
    }
  });

const programs = defineCollection({ loader: programLoader(), schema: programSchema });

const guidelines = defineCollection({
  loader: glob({
    base: `./${PROGRAMS_DIR}`,
    pattern: '*/guidelines/*.mdx',
    // `<program>/<page>`: the page's URL under its program.
    generateId: ({ entry }) => entry.replace(/\/guidelines\//, '/').replace(/\.mdx$/, ''),
  }),
  schema: guidelineSchema,
});

export const collections = { programs, guidelines };
