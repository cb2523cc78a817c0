/**
 * npm run forms:pdf [-- --dist <folder>]
 *
 * After `npm run build`: prints every program's blank contract form to
 * <dist>/<program>/contract.pdf (US Letter) and contract-a4.pdf (A4) with the
 * system Chromium, for the links on each form page. Set BASE_PATH as for the
 * build when the site lives under a sub-path; CHROMIUM_PATH picks the browser.
 * Exit codes: 0 printed, 2 could not run (no build, no Chromium) or bad usage.
 */
import { existsSync, readFileSync } from 'node:fs';
import { readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { CommandError } from '../src/lib/cli/errors.ts';
import { PAPERS } from '../src/lib/forms/papers.ts';
import { printLine, runCommand, type Command, type ParsedArgs } from './cli/run.ts';
import { ChromiumNotFoundError, launchChromium } from './pdf/chromium.ts';
import { printFormPdfs } from './pdf/print-forms.ts';
import { serveFolder } from './pdf/serve-folder.ts';
import { loadProgramFile } from '../src/lib/validate/program.ts';

const PROGRAMS_DIR = 'content/programs';

const args = { options: { dist: { type: 'string', default: 'dist' } } } as const;

async function run({ values: { dist } }: ParsedArgs<typeof args>): Promise<number> {
  const entries = await readdir(PROGRAMS_DIR, { withFileTypes: true }).catch((error: NodeJS.ErrnoException) => {
    throw new CommandError(`cannot read ${PROGRAMS_DIR}/ (${error.code ?? 'error'}): run this from the repository's folder.`);
  });
  // Only programs whose documents have a written contract have a form to print (ALCTS has none).
  const programs = entries
    .filter((entry) => entry.isDirectory() && existsSync(join(PROGRAMS_DIR, entry.name, 'program.yaml')))
    .map((entry) => entry.name)
    .filter((name) => {
      const path = `${PROGRAMS_DIR}/${name}/program.yaml`;
      return loadProgramFile(path, new Uint8Array(readFileSync(path))).program?.contract !== undefined;
    })
    .sort();
  if (programs.length === 0) throw new CommandError(`no programs found in ${PROGRAMS_DIR}/.`);
  const unbuilt = programs.filter((program) => !existsSync(join(dist, program, 'contract', 'index.html')));
  if (unbuilt.length > 0) throw new CommandError(`${dist}/ has no contract form for ${unbuilt.join(', ')}: run npm run build first.`);

  const browser = await launchChromium(process.env).catch((error: unknown) => {
    if (error instanceof ChromiumNotFoundError) throw new CommandError(error.message);
    throw new CommandError(`Chromium did not start: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
  });
  try {
    const site = await serveFolder(dist, process.env['BASE_PATH'] ?? '/').catch((error: unknown) => {
      throw new CommandError(`could not serve ${dist}/ to print it: ${error instanceof Error ? error.message : String(error)}`);
    });
    try {
      for await (const form of printFormPdfs(browser, site.url, programs)) {
        const file = join(dist, form.path);
        await writeFile(file, form.pdf);
        printLine(`Wrote ${file} (${PAPERS[form.paper].name})`);
      }
    } finally {
      await site.close();
    }
  } finally {
    await browser.close();
  }
  return 0;
}

const COMMAND: Command<typeof args> = {
  name: 'forms:pdf',
  usage: 'npm run forms:pdf -- [--dist <folder>]',
  description: `
After npm run build: prints every program's blank contract form to
<dist>/<program>/contract.pdf (US Letter) and contract-a4.pdf (A4) with the
system Chromium. Set BASE_PATH as for the build when the site lives under a
sub-path; CHROMIUM_PATH picks the browser.

  --dist   the built site (default: dist)

Exit 0 printed, 2 could not run (no build, no Chromium) or bad usage.`,
  args,
  run,
};

export async function main(argv: string[]): Promise<number> {
  return runCommand(COMMAND, argv);
}

if (import.meta.main) process.exitCode = await main(process.argv.slice(2));
