/**
 * npm run check:code: the type check and the lint in one pass.
 *
 * Oxlint (.oxlintrc.json) runs the lint rules and, through tsgolint, the type
 * check: tsgolint builds one TypeScript 7 program (typescript-go, native) for
 * both the compiler's diagnostics and the rules that need types. Under
 * ESLint and TypeScript 5 the same check cost about 55 s of CPU on the 2-core
 * machine; this costs about 13 (CONTRIBUTING.md). ESLint runs beside it for
 * the one thing oxlint has no rules for: Astro's own rules on .astro files
 * (eslint.config.mjs).
 *
 * Type errors print as tsc prints them (`file(line,col): error TS2322: …`),
 * lint errors as ESLint's stylish formatter does, then one count line.
 *
 * Exit 0 clean, 1 type errors or lint errors, 2 could not run.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { ESLint } from 'eslint';
import { CommandError } from '../src/lib/cli/errors.ts';
import { printLine, runAsScript, runCommand, type Command } from './cli/run.ts';
import { oxlintResults, type OxlintReport } from './check-code/oxlint-report.ts';

const execFileAsync = promisify(execFile);
const require = createRequire(import.meta.url);
/** oxlint's launcher (a Node script that starts the native linter), from this repository's node_modules. */
const OXLINT = join(dirname(require.resolve('oxlint/package.json')), 'bin/oxlint');
/** tsgolint's native binary, named so that oxlint finds it from any folder (a test's temporary project too). */
const TSGOLINT = createRequire(require.resolve('oxlint-tsgolint/package.json')).resolve(
  `@oxlint-tsgolint/${process.platform}-${process.arch}/tsgolint${process.platform === 'win32' ? '.exe' : ''}`,
);

function findUp(name: string, from: string): string | undefined {
  for (let folder = from; ; folder = dirname(folder)) {
    if (existsSync(join(folder, name))) return join(folder, name);
    if (dirname(folder) === folder) return undefined;
  }
}

/** Oxlint's JSON report for the folder `cwd`, type check included (the config's `typeCheck`). */
async function runOxlint(cwd: string): Promise<OxlintReport> {
  const env = { ...process.env, OXLINT_TSGOLINT_PATH: process.env['OXLINT_TSGOLINT_PATH'] ?? TSGOLINT };
  // Exit 1 means findings, reported like the rest: what tells a failure to run is a report that does not parse.
  const { stdout, stderr } = await execFileAsync(process.execPath, [OXLINT, '--format=json'], {
    cwd,
    env,
    maxBuffer: 256 * 1024 * 1024,
  }).catch((error: { stdout?: string; stderr?: string; message: string }) => ({
    stdout: error.stdout ?? '',
    stderr: error.stderr?.trim() || error.stdout?.trim() || error.message,
  }));
  try {
    return JSON.parse(stdout) as OxlintReport;
  } catch {
    throw new CommandError(`oxlint could not run: ${(stderr || stdout).trim().split('\n')[0] ?? ''}`);
  }
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

const args = { options: {}, allowPositionals: false } as const;

const COMMAND: Command<typeof args> = {
  name: 'check:code',
  usage: 'npm run check:code',
  description: `
Type-checks the project (TypeScript 7, through oxlint's tsgolint) and lints it
(oxlint's rules, .oxlintrc.json; Astro's rules on .astro files, by ESLint),
building one TypeScript program for both. Prints the type errors as tsc does,
then the lint errors.

Exit codes: 0 clean, 1 type or lint errors, 2 could not run.`,
  args,
  run: async () => {
    const cwd = process.cwd();
    if (!findUp('tsconfig.json', cwd)) throw new CommandError('no tsconfig.json in this folder or above it.');
    // Astro's rules on the .astro files; none is not an error (a project without pages has nothing to lint).
    const eslint = new ESLint({ cwd, errorOnUnmatchedPattern: false });
    const [report, astroResults] = await Promise.all([runOxlint(cwd), eslint.lintFiles(['**/*.astro'])]);
    const { typeErrors, lintResults } = oxlintResults(report, (file) => resolve(cwd, file));
    for (const error of typeErrors) printLine(error.text);
    const results = [...lintResults, ...astroResults];
    const lintText = await (await eslint.loadFormatter('stylish')).format(results);
    if (lintText) process.stdout.write(lintText);
    const lintErrors = results.reduce((sum, result) => sum + result.errorCount, 0);
    printLine(`check:code: ${plural(typeErrors.length, 'type error')}, ${plural(lintErrors, 'lint error')}.`);
    return typeErrors.length + lintErrors > 0 ? 1 : 0;
  },
};

export async function main(argv: string[]): Promise<number> {
  return runCommand(COMMAND, argv);
}

if (import.meta.main) await runAsScript(main);
