/**
 * The "Regenerate" workflow's step: on a pull request that edits a
 * program.yaml or a schema, writes the generated files (npm run generate) and,
 * when any changed, commits exactly those files to the pull request's branch
 * and pushes them, so a coordinator who edited program.yaml on github.com is
 * never left with "stale generated files". Writes what it did to the job
 * summary.
 *
 * Loops are stopped twice: a push made with the workflow's token starts no
 * workflow, and a branch whose last commit is already this script's refuses
 * to commit again (generation that does not settle is a bug to fix, not to
 * repeat). Exit 0 up to date or pushed, 1 a program is invalid or the
 * generation does not settle, 2 git failed or bad usage.
 *
 * Usage and options: COMMAND below (`--help`), the script's one usage text.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { CommandError, InvalidDataError, UsageError } from '../src/lib/cli/errors.ts';
import { appendJobSummary } from './cli/job-summary.ts';
import { printLine, runAsScript, runCommand, type Command, type ParsedArgs } from './cli/run.ts';
import { generateFiles } from './generate.ts';

const run = promisify(execFile);
export const REGENERATE_MESSAGE = 'Regenerate the files derived from program.yaml and the schemas';
const BOT_NAME = 'github-actions[bot]';
const BOT_EMAIL = '41898282+github-actions[bot]@users.noreply.github.com';

async function git(...args: string[]): Promise<string> {
  try {
    return (await run('git', args, { maxBuffer: 16 * 1024 * 1024 })).stdout;
  } catch (error) {
    const stderr = (error as { stderr?: string }).stderr?.trim().split('\n')[0];
    throw new CommandError(`git ${args[0]} failed: ${stderr || (error instanceof Error ? error.message : String(error))}`);
  }
}

const args = { options: { branch: { type: 'string' }, remote: { type: 'string', default: 'origin' } } } as const;

async function regenerate({ values }: ParsedArgs<typeof args>): Promise<number> {
  const branch = values.branch;
  if (!branch || !/^[A-Za-z0-9._/-]+$/.test(branch) || branch.includes('..'))
    throw new UsageError("--branch takes the pull request's branch name, for example --branch tandem/program-alao.");
  const generated = await generateFiles(false);
  if (generated.code !== 0) {
    appendJobSummary('### Generated files\n\nA program.yaml is invalid, so nothing was generated: see the Validate check for where.\n');
    return 1;
  }
  const changed = (await git('status', '--porcelain', '--', ...generated.files)).trim();
  if (generated.files.length === 0 || changed === '') {
    printLine('regenerate: the generated files are up to date; nothing to commit.');
    appendJobSummary('### Generated files\n\nUp to date: nothing to commit.\n');
    return 0;
  }
  const last = (await git('log', '-1', '--format=%an%n%s')).trim().split('\n');
  if (last[0] === BOT_NAME && last[1] === REGENERATE_MESSAGE)
    throw new InvalidDataError(
      'the last commit on this branch already regenerated the files, and generating again changes them: generation does not settle, so nothing more is committed.',
    );
  await git('add', '--', ...generated.files);
  await git('-c', `user.name=${BOT_NAME}`, '-c', `user.email=${BOT_EMAIL}`, 'commit', '--quiet', '-m', REGENERATE_MESSAGE);
  await git('push', '--quiet', values.remote, `HEAD:refs/heads/${branch}`);
  const list = generated.files.map((file) => `- \`${file}\``).join('\n');
  printLine(`regenerate: committed and pushed ${generated.files.length} generated file(s) to ${branch}.`);
  appendJobSummary(`### Generated files\n\nCommitted to \`${branch}\`:\n\n${list}\n`);
  return 0;
}

const COMMAND: Command<typeof args> = {
  name: 'regenerate',
  usage: 'node scripts/regenerate-pull-request.ts --branch <head-branch> [--remote origin]',
  description: `
Writes the generated files (npm run generate) and, when any changed, commits
exactly those to the pull request's branch and pushes them (the Regenerate
workflow). Refuses to commit twice in a row.

Exit 0 up to date or pushed, 1 a program is invalid or generation does not settle, 2 git failed or bad usage.`,
  args,
  run: regenerate,
};

export async function main(argv: string[]): Promise<number> {
  return runCommand(COMMAND, argv);
}

if (import.meta.main) await runAsScript(main);
