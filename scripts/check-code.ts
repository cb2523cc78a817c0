/**
 * npm run check:code: the type check (`tsc --noEmit`) and the lint
 * (`eslint .`) in one process, on one TypeScript program.
 *
 * Type-aware lint rules need the same program the type check builds; run as
 * two commands, each builds and checks it on its own, and a cold `eslint .`
 * cost more than the type check itself. Here the program is built once from
 * tsconfig.json, its diagnostics are printed as tsc prints them, and ESLint
 * (eslint.config.mjs, unchanged) is handed that program through
 * typescript-eslint's `parserOptions.programs`, so its type queries find the
 * checker's work already done.
 *
 * No lint cache: a file's typed lint result can change when another file
 * changes, which a per-file cache cannot see. `npm run lint` (ESLint's own
 * command, cached, with --fix) stays for quick runs and fixes.
 *
 * Exit 0 clean, 1 type errors or lint errors, 2 could not run.
 */
import { ESLint, type Linter } from 'eslint';
import ts from 'typescript';
import { CommandError } from '../src/lib/cli/errors.ts';
import { printLine, runCommand, type Command } from './cli/run.ts';

/** The project's program, as `tsc --noEmit -p tsconfig.json` builds it. */
function projectProgram(): ts.Program {
  const path = ts.findConfigFile(process.cwd(), (file) => ts.sys.fileExists(file), 'tsconfig.json');
  if (!path) throw new CommandError('no tsconfig.json in this folder or above it.');
  const problems: ts.Diagnostic[] = [];
  const parsed = ts.getParsedCommandLineOfConfigFile(path, {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: (d) => problems.push(d) });
  if (!parsed || problems.length > 0)
    throw new CommandError(`could not read ${path}: ${ts.flattenDiagnosticMessageText(problems[0]?.messageText, ' ')}`);
  return ts.createProgram({
    rootNames: parsed.fileNames,
    options: parsed.options,
    configFileParsingDiagnostics: parsed.errors,
    ...(parsed.projectReferences && { projectReferences: parsed.projectReferences }),
  });
}

function formatTypeErrors(diagnostics: readonly ts.Diagnostic[]): string {
  const host: ts.FormatDiagnosticsHost = {
    getCanonicalFileName: (name) => name,
    getCurrentDirectory: () => process.cwd(),
    getNewLine: () => '\n',
  };
  return process.stdout.isTTY ? ts.formatDiagnosticsWithColorAndContext(diagnostics, host) : ts.formatDiagnostics(diagnostics, host);
}

/**
 * The program for ESLint's TypeScript files (Astro files and their script blocks are linted without types:
 * eslint.config.mjs). ESLint serialises each file's configuration; the program is named, not serialised.
 */
function withProgram(program: ts.Program): Linter.Config[] {
  const parserOptions = { projectService: false, programs: [program], toJSON: () => ({ programs: 'tsconfig.json (check-code)' }) };
  return [{ files: ['**/*.ts', '**/*.mts', '**/*.mjs'], ignores: ['**/*.astro/**'], languageOptions: { parserOptions } }];
}

const args = { options: {}, allowPositionals: false } as const;

const COMMAND: Command<typeof args> = {
  name: 'check:code',
  usage: 'npm run check:code',
  description: `
Type-checks the project (as tsc --noEmit) and lints it (as eslint .), building
the TypeScript program once for both. Prints tsc's diagnostics, then ESLint's.

Exit codes: 0 clean, 1 type or lint errors, 2 could not run.`,
  args,
  run: async () => {
    const program = projectProgram();
    const typeErrors = ts.getPreEmitDiagnostics(program);
    if (typeErrors.length > 0) process.stdout.write(formatTypeErrors(typeErrors));
    const eslint = new ESLint({ overrideConfig: withProgram(program) });
    const results = await eslint.lintFiles(['.']);
    const lintText = await (await eslint.loadFormatter('stylish')).format(results);
    if (lintText) process.stdout.write(lintText);
    const lintErrors = results.reduce((sum, result) => sum + result.errorCount, 0);
    printLine(
      `check:code: ${typeErrors.length} type error${typeErrors.length === 1 ? '' : 's'}, ${lintErrors} lint error${lintErrors === 1 ? '' : 's'}.`,
    );
    return typeErrors.length + lintErrors > 0 ? 1 : 0;
  },
};

export async function main(argv: string[]): Promise<number> {
  return runCommand(COMMAND, argv);
}

if (import.meta.main) process.exitCode = await main(process.argv.slice(2));
