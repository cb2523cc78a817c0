/**
 * After `npm run build`: prints every program's blank contract form to
 * <dist>/<program>/contract.pdf (US Letter) and contract-a4.pdf (A4) with the
 * system Chromium, for the links on each form page. A form whose page did not
 * change since it was last printed is copied from the PDF cache
 * (node_modules/.cache/tandem-pdfs, or TANDEM_PDF_CACHE) without a browser. Set BASE_PATH as for the
 * build when the site lives under a sub-path; CHROMIUM_PATH picks the browser.
 * Exit codes: 0 printed, 2 could not run (no build, no Chromium) or bad usage.
 *
 * Usage and options: COMMAND below (`--help`), the script's one usage text.
 */
import { existsSync, readFileSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { CommandError } from '../src/lib/cli/errors.ts';
import { PAPERS } from '../src/lib/forms/papers.ts';
import { printLine, runAsScript, runCommand, type Command, type ParsedArgs } from './cli/run.ts';

const PROGRAMS_DIR = 'content/programs';

const args = { options: { dist: { type: 'string', default: 'dist' } } } as const;

async function run({ values: { dist } }: ParsedArgs<typeof args>): Promise<number> {
  const entries = await readdir(PROGRAMS_DIR, { withFileTypes: true }).catch((error: NodeJS.ErrnoException) => {
    throw new CommandError(`cannot read ${PROGRAMS_DIR}/ (${error.code ?? 'error'}): run this from the repository's folder.`);
  });
  // The validator and the printing are loaded here, not with the script: `--help` does not pay for them.
  const [
    { loadProgramFile },
    { ChromiumNotFoundError, launchChromium },
    { pdfCacheFolder },
    { PdfCache },
    { printOrReuseFormPdfs },
    { printingIdentity },
  ] = await Promise.all([
    import('../src/lib/validate/program.ts'),
    import('./pdf/chromium.ts'),
    import('./pdf/build-integration.ts'),
    import('./pdf/pdf-cache.ts'),
    import('./pdf/print-or-reuse.ts'),
    import('./pdf/printing-identity.ts'),
  ]);
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

  const cacheFolder = pdfCacheFolder(process.cwd(), process.env);
  let printing: string;
  try {
    printing = printingIdentity(process.env);
  } catch (error) {
    if (error instanceof ChromiumNotFoundError) throw new CommandError(error.message);
    throw error;
  }
  const launch = () =>
    launchChromium(process.env).catch((error: unknown) => {
      throw new CommandError(`Chromium did not start: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
    });
  const result = await printOrReuseFormPdfs({
    dist,
    base: process.env['BASE_PATH'] ?? '/',
    programs,
    cache: new PdfCache(cacheFolder),
    printing,
    launch,
  });
  for (const damaged of result.damaged) printLine(`A cached PDF was damaged (${damaged}): printed again.`);
  for (const pdf of result.pdfs) {
    printLine(
      `Wrote ${join(dist, pdf.path)} (${PAPERS[pdf.paper].name}${pdf.source === 'cache' ? ', unchanged: copied from the cache' : ''})`,
    );
  }
  return 0;
}

const COMMAND: Command<typeof args> = {
  name: 'forms:pdf',
  usage: 'npm run forms:pdf -- [--dist <folder>]',
  description: `
After npm run build: prints every program's blank contract form to
<dist>/<program>/contract.pdf (US Letter) and contract-a4.pdf (A4) with the
system Chromium. A form whose page did not change since it was last printed
is copied from node_modules/.cache/tandem-pdfs (or TANDEM_PDF_CACHE) instead.
Set BASE_PATH as for the build when the site lives under a
sub-path; CHROMIUM_PATH picks the browser.

  --dist   the built site (default: dist)

Exit 0 printed, 2 could not run (no build, no Chromium) or bad usage.`,
  args,
  run,
};

export async function main(argv: string[]): Promise<number> {
  return runCommand(COMMAND, argv);
}

if (import.meta.main) await runAsScript(main);
