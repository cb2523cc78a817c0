/**
 * Prints the validation workflow's job summary (Markdown) for a pull request.
 *
 *   tsx scripts/pr-summary.ts --changes changes.txt --diagnostics validation.json >> "$GITHUB_STEP_SUMMARY"
 *
 * `--changes`: the output of `git diff --name-status <base> <head>`;
 * `--diagnostics`: the output of `npm run validate -- --format json`.
 * Exit 0 when the summary was written, 2 when an input could not be read.
 * The summary is a report, not the gate: the validate step fails the check.
 */
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { parseNameStatus } from '../src/lib/pr-summary/changes.ts';
import { parseDiagnosticsJson } from '../src/lib/pr-summary/diagnostics-json.ts';
import { renderPullRequestSummary } from '../src/lib/pr-summary/render.ts';

async function main(): Promise<number> {
  let values: { changes?: string | undefined; diagnostics?: string | undefined };
  try {
    ({ values } = parseArgs({ options: { changes: { type: 'string' }, diagnostics: { type: 'string' } } }));
  } catch (error) {
    console.error(`pr-summary: ${(error as Error).message}`);
    return 2;
  }
  if (!values.changes || !values.diagnostics) {
    console.error('pr-summary: usage: tsx scripts/pr-summary.ts --changes <name-status.txt> --diagnostics <validate.json>');
    return 2;
  }
  const read = async (path: string, what: string): Promise<string> =>
    readFile(path, 'utf8').catch(() => {
      throw new Error(`cannot read the ${what} file ${path}`);
    });
  try {
    const changes = parseNameStatus(await read(values.changes, 'changes'));
    const diagnostics = parseDiagnosticsJson(await read(values.diagnostics, 'validation results'));
    process.stdout.write(renderPullRequestSummary(changes, diagnostics));
    return 0;
  } catch (error) {
    console.error(`pr-summary: ${(error as Error).message}`);
    return 2;
  }
}

process.exitCode = await main();
