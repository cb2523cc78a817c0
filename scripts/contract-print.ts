/**
 * npm run contract:print -- content/contracts/<program>/<id>.yaml [--out file.pdf] [--force] [--paper letter|a4] [--today YYYY-MM-DD]
 *
 * Prints one contract, filled in, on the same form as the program's blank
 * contract, for the coordinator's file. The contract is validated first (in
 * the context of its repository: program, pairing); an invalid one gets the
 * validator's diagnostics and no PDF. The PDF holds personal data: it goes
 * to ./<id>.pdf (or --out), never into dist/, and never over an existing file
 * unless --force. Exit codes: 0 printed, 1 invalid input, 2 could not run.
 */
import { existsSync, statSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { dirname, relative, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { isIsoDate, todayIso } from '../src/lib/dates.ts';
import { formatText } from '../src/lib/diagnostics.ts';
import { contractLocation } from '../src/lib/forms/contract-location.ts';
import { contractFormModel } from '../src/lib/forms/contract-form.ts';
import { renderFormDocument } from '../src/lib/forms/render-document.ts';
import { ChromiumNotFoundError, launchChromium } from './pdf/chromium.ts';
import { PAPERS, paperNames, type Paper } from '../src/lib/forms/papers.ts';
import { printHtml } from './pdf/print-html.ts';
import { readRepositoryFiles } from '../src/lib/repository/read-files.ts';
import { validateFiles } from '../src/lib/validate/index.ts';

const USAGE = 'Usage: npm run contract:print -- content/contracts/<program>/<id>.yaml [--out file.pdf] [--force] [--paper letter|a4] [--today YYYY-MM-DD]';
const STYLESHEET = new URL('../src/styles/form.css', import.meta.url);

function exit(code: 1 | 2, message: string): never {
  console.error(`contract:print: ${message}`);
  process.exit(code);
}

let parsed;
try {
  parsed = parseArgs({
    allowPositionals: true,
    options: {
      out: { type: 'string' },
      force: { type: 'boolean', default: false },
      paper: { type: 'string', default: 'letter' },
      today: { type: 'string', default: todayIso() },
    },
  });
} catch (error) {
  exit(1, `${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
}
const { values, positionals } = parsed;
if (positionals.length !== 1) exit(1, `give exactly one contract file.\n${USAGE}`);
if (!isIsoDate(values.today)) exit(1, `--today must be a real date written YYYY-MM-DD, not "${values.today}".`);
if (!paperNames.includes(values.paper as Paper)) exit(1, `--paper must be one of ${paperNames.join(', ')}, not "${values.paper}".`);
const paper = values.paper as Paper;

// `npm run` starts scripts in the package folder; paths on the command line are relative to where the user typed it.
const here = process.env['INIT_CWD'] ?? process.cwd();
const contractPath = resolve(here, positionals[0]!);
const location = contractLocation(contractPath);
if (!location) exit(1, `${positionals[0]} is not a contract file: contracts live in content/contracts/<program>/<pairing-id>.yaml.`);
if (!existsSync(contractPath)) exit(1, `${positionals[0]} does not exist.`);

const out = resolve(here, values.out ?? `${location.id}.pdf`);
const dist = resolve(location.root, 'dist');
if (out === dist || out.startsWith(dist + sep)) {
  exit(1, `${relative(here, out)} is inside dist/, the public site: a filled contract holds personal data and is never written there.`);
}
if (!statSync(dirname(out), { throwIfNoEntry: false })?.isDirectory()) {
  exit(1, `cannot write ${relative(here, out)}: the folder ${relative(here, dirname(out)) || dirname(out)} does not exist.`);
}
if (!values.force && existsSync(out)) exit(1, `${relative(here, out)} already exists; give another --out or add --force to replace it.`);

const files = await readRepositoryFiles(location.root);
const { diagnostics, repository, ok } = validateFiles(files, { today: values.today, only: [location.file] });
if (diagnostics.length > 0) console.error(formatText(diagnostics));
const contract = repository.contracts.get(`${location.program}/${location.id}`)?.data;
const program = repository.programs.get(location.program)?.data;
if (!ok || !contract || !program) exit(1, `${location.file} is not valid; nothing was printed.`);

let browser;
try {
  browser = await launchChromium(process.env);
} catch (error) {
  if (error instanceof ChromiumNotFoundError) exit(2, error.message);
  exit(2, `Chromium did not start: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
}
try {
  const html = renderFormDocument(contractFormModel(program, contract), await readFile(STYLESHEET, 'utf8'));
  const pdf = await printHtml(browser, html, paper);
  await writeFile(out, pdf, { flag: values.force ? 'w' : 'wx' });
} catch (error) {
  exit(2, `could not print ${location.file}: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
} finally {
  await browser.close();
}
console.log(`Wrote ${relative(here, out) || out} (${PAPERS[paper].name}): the signed contract ${location.program}/${location.id}.`);
console.log('It holds the pair\'s contact details: keep it with the program\'s confidential records only.');
