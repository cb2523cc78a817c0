/**
 * IssueOps: turns the coordinator action issue (the `coordinator-action`
 * label) of the current `issues` event into a validated pull request, or a
 * comment saying what to fix. (Participants send their contracts and
 * applications by email: `npm run inbox`.)
 *
 * The issue body is read from the event file, never from the command line
 * or a shell interpolation. Nothing is done in a repository that is not
 * private, and only for an author whose role in the repository can write
 * (asked of GitHub). Exit 0: pull request opened, or an author who may not
 * use IssueOps was answered; 1: the form needs fixing (the comment says how);
 * 2: could not run (the repository is public or internal, among others).
 *
 * Usage and options: COMMAND below (`--help`), the script's one usage text.
 */
import { readFile } from 'node:fs/promises';
import { CommandError } from '../src/lib/cli/errors.ts';
import { todayIso } from '../src/lib/dates.ts';
import { GitHubError } from '../src/lib/github/github-error.ts';
import type { AuthorRole } from '../src/lib/issue-forms/author.ts';
import { readIssueEvent, type FormIssue } from '../src/lib/issue-forms/event.ts';
import { errorLine, runAsScript, runCommand, type Command, type ParsedArgs } from './cli/run.ts';

const log = (message: string): void => errorLine(`issue-to-pr: ${message}`);

async function readEvent(path: string | undefined): Promise<FormIssue> {
  if (!path) throw new CommandError('GITHUB_EVENT_PATH is not set: run this from a workflow triggered by issues');
  const text = await readFile(path, 'utf8').catch(() => {
    throw new CommandError(`cannot read the event file ${path}`);
  });
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new CommandError(`the event file ${path} is not JSON`);
  }
  return readIssueEvent(json);
}

const args = { options: { root: { type: 'string', default: '.' }, today: { type: 'string' } } } as const;

async function run({ values }: ParsedArgs<typeof args>): Promise<number> {
  const today = values.today ?? todayIso();
  const issue = await readEvent(process.env['GITHUB_EVENT_PATH']);
  // The form's field list (the label is named there) is loaded when the script runs, not with it.
  const { ACTION_LABEL } = await import('../src/lib/issue-forms/actions/fields.ts');
  if (!issue.labels.includes(ACTION_LABEL)) {
    log(`issue #${issue.number} has no ${ACTION_LABEL} label; nothing to do.`);
    return 0;
  }
  // The validator, the forms and the GitHub calls are loaded for an action issue only, not with the script.
  const [
    { assertPrivateRepository, readGitHubSettings, repositoryRole },
    { askedByNote },
    { failureComment },
    { draftVerdictOf },
    { programsOf },
    { upsertRequestComment },
    { readRepositoryFiles },
    { submitPairingDraft },
    { submitProgram },
    { acceptLateApplication },
    { handleActionRequest },
    { scriptGitHubClient },
  ] = await Promise.all([
    import('../src/lib/github/index.ts'),
    import('../src/lib/issue-forms/author.ts'),
    import('../src/lib/issue-forms/comment.ts'),
    import('../src/lib/issue-forms/actions/verdict.ts'),
    import('../src/lib/issue-forms/generated-files.ts'),
    import('../src/lib/issue-forms/issue-comment.ts'),
    import('../src/lib/repository/read-files.ts'),
    import('../src/lib/submit/submit-draft.ts'),
    import('../src/lib/submit/submit-program.ts'),
    import('../src/lib/applications/accept-late.ts'),
    import('../src/lib/issue-forms/actions/handle.ts'),
    import('./cli/github-client.ts'),
  ]);
  const settings = readGitHubSettings(process.env);
  // Tests shrink GitHub's pacing and retry waits with the same variable as contract:new.
  const client = scriptGitHubClient(settings, 'issue-to-pr');
  const authorRole: AuthorRole = (login) => repositoryRole(client, settings.repo, login);
  const bodyNote = askedByNote(issue);
  const files = await readRepositoryFiles(values.root);
  const { programs } = programsOf(files);
  const comment = (body: string) => upsertRequestComment(client, settings.repo, issue.number, body);

  try {
    // Before anything is written: a form's answers never go to a repository others can read.
    await assertPrivateRepository(client, settings.repo);
    // A coordinator's action form (a new pairing, a status change, a check-in, contact hours): one pairing file.
    const outcome = (
      await handleActionRequest(issue, {
        programs,
        files,
        comment,
        authorRole,
        submit: async ({ draftText, id, amend }) =>
          draftVerdictOf(
            await submitPairingDraft({
              files,
              draftText,
              today,
              client,
              repo: settings.repo,
              amend,
              ...(id !== undefined && { id }),
              bodyNote,
            }),
          ),
        acceptLate: (acceptance) =>
          acceptLateApplication({ kind: 'github', client, repo: settings.repo }, files, acceptance, today, bodyNote),
        submitProgram: (program) => submitProgram({ ...program, repositoryFiles: files, today, client, repo: settings.repo, bodyNote }),
      })
    ).outcome;
    log(`issue #${issue.number}: ${outcome}.`);
    return outcome === 'opened' || outcome === 'untrusted-author' || outcome === 'not-an-action' ? 0 : 1;
  } catch (error) {
    if (error instanceof GitHubError) {
      log(error.message);
      // Not even a comment in a public or internal repository: the log says why.
      if (error.kind === 'not-private') return 2;
      await comment(failureComment()).catch(() => log('the failure could not be reported on the issue either.'));
      return 2;
    }
    throw error;
  }
}

const COMMAND: Command<typeof args> = {
  name: 'issue-to-pr',
  usage: 'node scripts/issue-to-pr.ts [--root .] [--today YYYY-MM-DD]',
  description: `
IssueOps: turns the coordinator action issue of the current "issues" event
(GITHUB_EVENT_PATH) into a validated pull request, or a comment saying what to
fix. Needs GITHUB_TOKEN and GITHUB_REPOSITORY; the repository must be private,
and the issue's author must have the write, maintain or admin role in it.

Exit 0 pull request opened (or an author who may not use IssueOps answered),
1 the form needs fixing (the comment says how), 2 could not run (a public or
internal repository among others).`,
  args,
  known: (error) => (error instanceof GitHubError || error instanceof Error ? 2 : undefined),
  run,
};

export async function main(argv: string[]): Promise<number> {
  return runCommand(COMMAND, argv);
}

if (import.meta.main) await runAsScript(main);
