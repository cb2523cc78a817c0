/**
 * The Validate workflow's build job, on a pull request: which pages of the
 * built site the pull request changes (guideline pages, and a program's pages
 * when its program.yaml changes). Prints them as Markdown for the job summary,
 * writes them as JSON for the comment workflow, and sets the step output
 * `pages` (how many) so the workflow uploads a preview only when there is one.
 *
 * Usage and options: COMMAND below (`--help`), the script's one usage text.
 */
import { appendFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { UsageError } from '../src/lib/cli/errors.ts';
import { changedPages, parseNameStatus } from '../src/lib/preview/changed-pages.ts';
import { printLine, runAsScript, runCommand, type Command, type ParsedArgs } from './cli/run.ts';

const args = { options: { changes: { type: 'string' }, dist: { type: 'string', default: 'dist' }, out: { type: 'string' } } } as const;

async function run({ values }: ParsedArgs<typeof args>): Promise<number> {
  if (!values.changes) throw new UsageError('--changes takes the file `git diff --name-status` wrote.');
  const dist = values.dist;
  const changed = changedPages(parseNameStatus(readFileSync(values.changes, 'utf8')), (page) => existsSync(join(dist, page, 'index.html')));
  if (values.out) writeFileSync(values.out, `${JSON.stringify(changed, null, 2)}\n`);
  const output = process.env['GITHUB_OUTPUT'];
  if (output) appendFileSync(output, `pages=${changed.pages.length + changed.removed.length}\n`);
  printLine('### Site preview\n');
  if (changed.pages.length + changed.removed.length === 0) {
    printLine('No guideline page or program.yaml changed: no preview.');
    return 0;
  }
  for (const page of changed.pages) printLine(`- changed: \`${page}\``);
  for (const page of changed.removed) printLine(`- removed: \`${page}\``);
  printLine("\nThe built site is this run's `site-preview` artifact.");
  return 0;
}

const COMMAND: Command<typeof args> = {
  name: 'preview-pages',
  usage: 'node scripts/preview-pages.ts --changes <file> [--dist dist] [--out pages.json]',
  description: `
Lists the pages of the built site (--dist) that a pull request changes, from
its \`git diff --name-status\` (--changes): Markdown on standard output, JSON
in --out, and the step output "pages" in GitHub Actions.

Exit 0 listed, 2 bad usage or a file could not be read.`,
  args,
  run,
};

export async function main(argv: string[]): Promise<number> {
  return runCommand(COMMAND, argv);
}

if (import.meta.main) await runAsScript(main);
