/**
 * npm run forms:pdf [-- --dist <folder>]
 *
 * After `npm run build`: prints every program's blank contract form to
 * <dist>/<program>/contract.pdf (US Letter) and contract-a4.pdf (A4) with the
 * system Chromium, for the links on each form page. Set BASE_PATH as for the
 * build when the site lives under a sub-path; CHROMIUM_PATH picks the browser.
 * Exit codes: 0 printed, 2 could not run (no build, no Chromium).
 */
import { existsSync, readFileSync } from 'node:fs';
import { readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { ChromiumNotFoundError, launchChromium } from './pdf/chromium.ts';
import { PAPERS } from '../src/lib/forms/papers.ts';
import { printFormPdfs } from './pdf/print-forms.ts';
import { serveFolder } from './pdf/serve-folder.ts';
import { loadProgramFile } from '../src/lib/validate/program.ts';

const PROGRAMS_DIR = 'content/programs';

function fail(message: string): never {
  console.error(`forms:pdf: ${message}`);
  process.exit(2);
}

let dist: string;
try {
  ({ values: { dist } } = parseArgs({ options: { dist: { type: 'string', default: 'dist' } } }));
} catch (error) {
  fail(`${error instanceof Error ? error.message : String(error)} Usage: npm run forms:pdf [-- --dist <folder>]`);
}

const entries = await readdir(PROGRAMS_DIR, { withFileTypes: true }).catch((error: NodeJS.ErrnoException) =>
  fail(`cannot read ${PROGRAMS_DIR}/ (${error.code ?? 'error'}): run this from the repository's folder.`),
);
// Only programs whose documents have a written contract have a form to print (ALCTS has none).
const programs = entries
  .filter((entry) => entry.isDirectory() && existsSync(join(PROGRAMS_DIR, entry.name, 'program.yaml')))
  .map((entry) => entry.name)
  .filter((name) => {
    const path = `${PROGRAMS_DIR}/${name}/program.yaml`;
    return loadProgramFile(path, new Uint8Array(readFileSync(path))).program?.contract !== undefined;
  })
  .sort();
if (programs.length === 0) fail(`no programs found in ${PROGRAMS_DIR}/.`);
const unbuilt = programs.filter((program) => !existsSync(join(dist, program, 'contract', 'index.html')));
if (unbuilt.length > 0) {
  fail(`${dist}/ has no contract form for ${unbuilt.join(', ')}: run npm run build first.`);
}

let browser;
try {
  browser = await launchChromium(process.env);
} catch (error) {
  if (error instanceof ChromiumNotFoundError) fail(error.message);
  fail(`Chromium did not start: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
}
const site = await serveFolder(dist, process.env['BASE_PATH'] ?? '/').catch(async (error: unknown) => {
  await browser.close();
  return fail(`could not serve ${dist}/ to print it: ${error instanceof Error ? error.message : String(error)}`);
});
try {
  for await (const form of printFormPdfs(browser, site.url, programs)) {
    const file = join(dist, form.path);
    await writeFile(file, form.pdf);
    console.log(`Wrote ${file} (${PAPERS[form.paper].name})`);
  }
} catch (error) {
  fail(error instanceof Error ? error.message.split('\n')[0]! : String(error));
} finally {
  await browser.close();
  await site.close();
}
