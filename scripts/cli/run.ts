/**
 * The one runner behind every script: `--help`, option parsing and the exit
 * codes of src/lib/cli/errors.ts.
 *
 *   export async function main(argv: string[]): Promise<number> {
 *     return runCommand(COMMAND, argv);
 *   }
 *   if (import.meta.main) await runAsScript(main);
 *
 * - `--help` (or `-h`) prints the usage and the description to standard output: exit 0.
 * - A UsageError, or an option parseArgs refuses: `<name>: <message>` and the usage line: exit 2.
 * - An InvalidDataError: `<name>: <message>`: exit 1 (the data is invalid).
 * - A CommandError, or an error the command declares `known`: `<name>: <message>`: exit 1 or 2.
 * - Anything else: `<name>: could not run: <first line of its message>`, no stack trace: exit 2.
 *
 * Kept small and free of heavy imports: every command, `validate` first, pays
 * for it at start-up.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { CommandError, InvalidDataError, isUsageMistake, type ExitCode } from '../../src/lib/cli/errors.ts';
import { cacheStrippedTypes } from './stripped-types-cache.ts';

export type CommandArgs = Pick<ParseArgsConfig, 'options' | 'allowPositionals'>;
export type ParsedArgs<A extends CommandArgs> = ReturnType<typeof parseArgs<A & { args: string[]; strict: true }>>;

export interface Command<A extends CommandArgs> {
  /** The npm script's name, which starts every message: `calendar`, `pairing:status`. */
  name: string;
  /** The synopsis: `npm run calendar -- <program>/<pairing-id> [--out file.ics]`. */
  usage: string;
  /** What --help prints after the synopsis: what the command does, its options, its exit codes. */
  description: string;
  /** The options and positionals, as node:util parseArgs takes them (`--help` is added). */
  args: A;
  /** The command's own errors whose message is already a sentence for the user, with their exit code. */
  known?: (error: unknown) => ExitCode | undefined;
  run: (parsed: ParsedArgs<A>) => Promise<number>;
}

/** A line on standard output. */
export function printLine(text: string): void {
  process.stdout.write(`${text}\n`);
}

/** A line on standard error. */
export function errorLine(text: string): void {
  process.stderr.write(`${text}\n`);
}

/** `--help` or `-h` before a `--` separator. */
function wantsHelp(argv: readonly string[]): boolean {
  const end = argv.indexOf('--');
  return (end === -1 ? argv : argv.slice(0, end)).some((arg) => arg === '--help' || arg === '-h');
}

function firstLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n')[0] ?? '';
}

export async function runCommand<A extends CommandArgs>(command: Command<A>, argv: readonly string[]): Promise<number> {
  if (wantsHelp(argv)) {
    printLine(`Usage: ${command.usage}\n\n${command.description.trim()}`);
    return 0;
  }
  try {
    const parsed = parseArgs({ ...command.args, args: [...argv], strict: true }) as ParsedArgs<A>;
    return await command.run(parsed);
  } catch (error) {
    return reportError(command, error);
  }
}

/**
 * What a script runs when Node runs it (`import.meta.main`): `main` on the
 * process's arguments, its exit code the process's. The modules the command
 * loads from here on are stripped of their types through a cache
 * (./stripped-types-cache.ts); tests calling `main` in their own process load
 * theirs as before.
 */
export async function runAsScript(main: (argv: string[]) => Promise<number>): Promise<void> {
  cacheStrippedTypes();
  process.exitCode = await main(process.argv.slice(2));
}

function reportError<A extends CommandArgs>(command: Pick<Command<A>, 'name' | 'usage' | 'known'>, error: unknown): ExitCode {
  if (isUsageMistake(error)) {
    errorLine(`${command.name}: ${error.message}`);
    errorLine(`Usage: ${command.usage}  (--help for more)`);
    return 2;
  }
  if (error instanceof InvalidDataError) {
    errorLine(`${command.name}: ${error.message}`);
    return 1;
  }
  if (error instanceof CommandError) {
    errorLine(`${command.name}: ${error.message}`);
    return 2;
  }
  const code = command.known?.(error);
  if (code !== undefined) {
    errorLine(`${command.name}: ${error instanceof Error ? error.message : String(error)}`);
    return code;
  }
  errorLine(`${command.name}: could not run: ${firstLine(error)}`);
  return 2;
}
