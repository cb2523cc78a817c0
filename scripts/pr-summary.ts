/**
 * Prints the validation workflow's job summary (Markdown) for a pull request.
 *
 * `--changes`: the output of `git diff --name-status <base> <head>`;
 * `--diagnostics`: the output of `npm run validate -- --format json`.
 * Exit 0 when the summary was written, 2 when an input could not be read.
 * The summary is a report, not the gate: the validate step fails the check.
 *
 * Usage and options: COMMAND below (`--help`), the script's one usage text.
 */
import { readFile } from 'node:fs/promises';
import { CommandError, UsageError } from '../src/lib/cli/errors.ts';
import { runAsScript, runCommand, type Command } from './cli/run.ts';

const args = { options: { changes: { type: 'string' }, diagnostics: { type: 'string' } } } as const;

const read = async (path: string, what: string): Promise<string> =>
  readFile(path, 'utf8').catch(() => {
    throw new CommandError(`cannot read the ${what} file ${path}`);
  });

const COMMAND: Command<typeof args> = {
  name: 'pr-summary',
  usage: 'node scripts/pr-summary.ts --changes <name-status.txt> --diagnostics <validate.json>',
  description: `
Prints the validation workflow's job summary (Markdown) for a pull request.

  --changes       the output of git diff --name-status <base> <head>
  --diagnostics   the output of npm run validate -- --format json

Exit 0 the summary was written, 2 an input could not be read or bad usage.
The summary is a report, not the gate: the validate step fails the check.`,
  args,
  // A malformed diagnostics file: its parser's message is already a sentence.
  known: (error) => (error instanceof Error ? 2 : undefined),
  async run({ values }) {
    if (!values.changes || !values.diagnostics) throw new UsageError('give both --changes and --diagnostics.');
    // The readers and the summary are loaded here, not with the script: `--help` and a usage mistake need none of them.
    const [{ parseNameStatus }, { parseDiagnosticsJson }, { renderPullRequestSummary }] = await Promise.all([
      import('../src/lib/pr-summary/changes.ts'),
      import('../src/lib/pr-summary/diagnostics-json.ts'),
      import('../src/lib/pr-summary/render.ts'),
    ]);
    const changes = parseNameStatus(await read(values.changes, 'changes'));
    const diagnostics = parseDiagnosticsJson(await read(values.diagnostics, 'validation results'));
    process.stdout.write(renderPullRequestSummary(changes, diagnostics));
    return 0;
  },
};

export async function main(argv: string[]): Promise<number> {
  return runCommand(COMMAND, argv);
}

if (import.meta.main) await runAsScript(main);
