/**
 * The "Site preview comment" workflow (after Validate, on the default
 * branch's code): writes, or rewrites, one comment on the pull request with
 * the pages it changes and how to open the built preview. The pull request's
 * number comes from the workflow_run event (PULL_REQUEST), the checks run's
 * address from RUN_URL; the page list comes from an artifact the pull
 * request's own code wrote, so only plain site paths are taken from it.
 *
 * Usage and options: COMMAND below (`--help`), the script's one usage text.
 */
import { readFileSync } from 'node:fs';
import { UsageError } from '../src/lib/cli/errors.ts';
import { GitHubError } from '../src/lib/github/github-error.ts';
import { readGitHubSettings } from '../src/lib/github/settings.ts';
import { PREVIEW_MARKER, previewComment, trustedPages } from '../src/lib/preview/changed-pages.ts';
import { printLine, runAsScript, runCommand, type Command, type ParsedArgs } from './cli/run.ts';

const args = { options: { pages: { type: 'string' } } } as const;

async function run({ values }: ParsedArgs<typeof args>): Promise<number> {
  if (!values.pages) throw new UsageError('--pages takes the pages.json of the preview artifact.');
  const number = Number(process.env['PULL_REQUEST']);
  if (!Number.isInteger(number) || number <= 0) {
    printLine('preview-comment: the run belongs to no pull request of this repository (a fork or a push): no comment.');
    return 0;
  }
  const runUrl = process.env['RUN_URL'] ?? '';
  if (!/^https:\/\/[^\s()]+$/.test(runUrl)) throw new UsageError('RUN_URL must be the https address of the checks run.');
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(values.pages, 'utf8'));
  } catch {
    parsed = {};
  }
  const settings = readGitHubSettings(process.env);
  // The GitHub calls are loaded once the settings are read, not with the script.
  const [{ upsertRequestComment }, { scriptGitHubClient }] = await Promise.all([
    import('../src/lib/issue-forms/issue-comment.ts'),
    import('./cli/github-client.ts'),
  ]);
  const client = scriptGitHubClient(settings, 'preview-comment');
  await upsertRequestComment(client, settings.repo, number, previewComment(trustedPages(parsed), runUrl), PREVIEW_MARKER);
  printLine(`preview-comment: the preview comment on #${number} is up to date.`);
  return 0;
}

const COMMAND: Command<typeof args> = {
  name: 'preview-comment',
  usage: 'node scripts/preview-comment.ts --pages <pages.json>   (PULL_REQUEST, RUN_URL, GITHUB_TOKEN, GITHUB_REPOSITORY)',
  description: `
Writes, or rewrites, the one "Site preview" comment on pull request
$PULL_REQUEST: the changed pages listed in --pages and how to open the
preview artifact of the checks run at $RUN_URL.

Exit 0 done (or no pull request to comment on), 2 bad usage or GitHub failed.`,
  args,
  known: (error) => (error instanceof GitHubError ? 2 : undefined),
  run,
};

export async function main(argv: string[]): Promise<number> {
  return runCommand(COMMAND, argv);
}

if (import.meta.main) await runAsScript(main);
