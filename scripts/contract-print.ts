/**
 * Prints one contract, filled in, on the same form as the program's blank
 * contract, for the coordinator's file. The contract is validated first (in
 * the context of its repository: program, pairing); an invalid one gets the
 * validator's diagnostics and no PDF. The PDF holds personal data: it goes
 * to ./<id>.pdf (or --out), never into public/ or dist/ (symlinks resolved), and never over an existing file
 * unless --force. Exit codes: 0 printed, 1 the contract is invalid, 2 bad usage or could not run.
 *
 * Usage and options: COMMAND below (`--help`), the script's one usage text.
 */
import { existsSync, statSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { dirname, relative, resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { CommandError, InvalidDataError, UsageError } from '../src/lib/cli/errors.ts';
import { isIsoDate, todayIso } from '../src/lib/dates.ts';
import { formatText } from '../src/lib/diagnostics.ts';
import { contractLocation } from '../src/lib/forms/contract-location.ts';
import { PAPERS, paperNames, type Paper } from '../src/lib/forms/papers.ts';
import { printLine, runAsScript, runCommand, type Command, type ParsedArgs } from './cli/run.ts';
import { ChromiumNotFoundError, launchChromium } from './pdf/chromium.ts';
import { publishedOutputProblem } from './pdf/output-path.ts';
import { printHtml } from './pdf/print-html.ts';

const STYLESHEET = new URL('../src/styles/form.css', import.meta.url);

const args = {
  allowPositionals: true,
  options: {
    out: { type: 'string' },
    force: { type: 'boolean', default: false },
    paper: { type: 'string', default: 'letter' },
    today: { type: 'string' },
  },
} as const;

/** Starts the browser that prints: the system Chromium (scripts/pdf/chromium.ts), or one the caller hands in. */
type Launch = (env: Readonly<Record<string, string | undefined>>) => Promise<Browser>;

async function run({ values, positionals }: ParsedArgs<typeof args>, launch: Launch): Promise<number> {
  if (positionals.length !== 1) throw new UsageError('give exactly one contract file.');
  const today = values.today ?? todayIso();
  if (!isIsoDate(today)) throw new UsageError(`--today must be a real date written YYYY-MM-DD, not "${today}".`);
  if (!paperNames.includes(values.paper as Paper))
    throw new UsageError(`--paper must be one of ${paperNames.join(', ')}, not "${values.paper}".`);
  const paper = values.paper as Paper;

  // `npm run` starts scripts in the package folder; paths on the command line are relative to where the user typed it.
  const here = process.env['INIT_CWD'] ?? process.cwd();
  const given = positionals[0]!;
  const contractPath = resolve(here, given);
  const location = contractLocation(contractPath);
  if (!location) throw new UsageError(`${given} is not a contract file: contracts live in content/contracts/<program>/<pairing-id>.yaml.`);
  if (!existsSync(contractPath)) throw new UsageError(`${given} does not exist.`);

  const out = resolve(here, values.out ?? `${location.id}.pdf`);
  const published = publishedOutputProblem(out, location.root);
  if (published) throw new CommandError(published);
  if (!statSync(dirname(out), { throwIfNoEntry: false })?.isDirectory()) {
    throw new CommandError(
      `cannot write ${relative(here, out)}: the folder ${relative(here, dirname(out)) || dirname(out)} does not exist.`,
    );
  }
  if (!values.force && existsSync(out))
    throw new CommandError(`${relative(here, out)} already exists; give another --out or add --force to replace it.`);

  // The validator and the form are loaded here, not with the script: `--help` and a usage mistake need neither.
  const [{ readRepositoryFiles }, { validateFiles }, { contractFormModel }, { renderFormDocument }] = await Promise.all([
    import('../src/lib/repository/read-files.ts'),
    import('../src/lib/validate/index.ts'),
    import('../src/lib/forms/contract-form.ts'),
    import('../src/lib/forms/render-document.ts'),
  ]);
  const files = await readRepositoryFiles(location.root);
  const { diagnostics, repository, ok } = validateFiles(files, { today, only: [location.file] });
  if (diagnostics.length > 0) process.stderr.write(formatText(diagnostics));
  const contract = repository.contracts.get(`${location.program}/${location.id}`)?.data;
  const program = repository.programs.get(location.program)?.data;
  if (!ok || !contract || !program) throw new InvalidDataError(`${location.file} is not valid; nothing was printed.`);

  const browser = await launch(process.env).catch((error: unknown) => {
    if (error instanceof ChromiumNotFoundError) throw new CommandError(error.message);
    throw new CommandError(`Chromium did not start: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
  });
  try {
    const html = renderFormDocument(contractFormModel(program, contract), await readFile(STYLESHEET, 'utf8'));
    const pdf = await printHtml(browser, html, paper);
    await writeFile(out, pdf, { flag: values.force ? 'w' : 'wx' });
  } catch (error) {
    throw new CommandError(`could not print ${location.file}: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
  } finally {
    await browser.close();
  }
  printLine(`Wrote ${relative(here, out) || out} (${PAPERS[paper].name}): the signed contract ${location.program}/${location.id}.`);
  printLine("It holds the pair's contact details: keep it with the program's confidential records only.");
  return 0;
}

const COMMAND: Command<typeof args> = {
  name: 'contract:print',
  usage:
    'npm run contract:print -- content/contracts/<program>/<id>.yaml [--out file.pdf] [--force] [--paper letter|a4] [--today YYYY-MM-DD]',
  description: `
Prints one contract, filled in, on the same form as the program's blank
contract, for the coordinator's file. The contract is validated first; an
invalid one gets the validator's diagnostics and no PDF. The PDF holds
personal data: it goes to ./<id>.pdf (or --out), never into public/ or
dist/ (symlinks resolved), and never
over an existing file unless --force. CHROMIUM_PATH picks the browser.

Exit 0 printed, 1 the contract is invalid, 2 bad usage or could not run.`,
  args,
  run: (parsed) => run(parsed, launchChromium),
};

/**
 * `launch` starts the browser (closed again after printing); the tests hand in their worker's Chromium,
 * instead of a browser started for each print.
 */
export async function main(argv: string[], launch: Launch = launchChromium): Promise<number> {
  return runCommand({ ...COMMAND, run: (parsed) => run(parsed, launch) }, argv);
}

if (import.meta.main) await runAsScript(main);
