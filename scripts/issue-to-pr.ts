/**
 * IssueOps: turns the contract request (or coordinator action) issue of the
 * current `issues` event into a validated pull request, or a comment saying
 * what to fix.
 *
 *   GITHUB_TOKEN=... GITHUB_REPOSITORY=owner/name GITHUB_EVENT_PATH=event.json \
 *     tsx scripts/issue-to-pr.ts [--root .] [--today YYYY-MM-DD]
 *
 * The issue body is read from the event file, never from the command line
 * or a shell interpolation. Exit 0: pull request opened, or an author who may
 * not use IssueOps was answered; 1: the form needs fixing (the comment says
 * how); 2: could not run.
 */
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { format as formatDate } from 'date-fns';
import { createGitHubClient, GitHubError, readGitHubSettings } from '../src/lib/github/index.ts';
import { failureComment } from '../src/lib/issue-forms/comment.ts';
import { draftVerdictOf, handleContractRequest } from '../src/lib/issue-forms/contract-request.ts';
import { readIssueEvent, type ContractRequestIssue } from '../src/lib/issue-forms/event.ts';
import { programsOf } from '../src/lib/issue-forms/generated-files.ts';
import { upsertRequestComment } from '../src/lib/issue-forms/issue-comment.ts';
import { CONTRACT_REQUEST_LABEL } from '../src/lib/issue-forms/render.ts';
import { readRepositoryFiles } from '../src/lib/repository/read-files.ts';
import { DELAY_SCALE_VARIABLE } from '../src/lib/submit/command.ts';
import { submitContractDraft, submitPairingDraft } from '../src/lib/submit/submit-draft.ts';
import { ACTION_LABEL } from '../src/lib/issue-forms/actions/fields.ts';
import { handleActionRequest } from '../src/lib/issue-forms/actions/handle.ts';

const log = (message: string): void => void process.stderr.write(`issue-to-pr: ${message}\n`);

async function readEvent(path: string | undefined): Promise<ContractRequestIssue> {
  if (!path) throw new Error('GITHUB_EVENT_PATH is not set: run this from a workflow triggered by issues');
  const text = await readFile(path, 'utf8').catch(() => {
    throw new Error(`cannot read the event file ${path}`);
  });
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new Error(`the event file ${path} is not JSON`);
  }
  return readIssueEvent(json);
}

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { root: { type: 'string', default: '.' }, today: { type: 'string' } } });
  const today = values.today ?? formatDate(new Date(), 'yyyy-MM-dd');
  const issue = await readEvent(process.env['GITHUB_EVENT_PATH']);
  const isAction = issue.labels.includes(ACTION_LABEL);
  if (!issue.labels.includes(CONTRACT_REQUEST_LABEL) && !isAction) {
    log(`issue #${issue.number} has no ${CONTRACT_REQUEST_LABEL} or ${ACTION_LABEL} label; nothing to do.`);
    return 0;
  }
  const settings = readGitHubSettings(process.env);
  // Tests shrink GitHub's pacing and retry waits with the same variable as contract:new.
  const delayScale = Number(process.env[DELAY_SCALE_VARIABLE]);
  const client = createGitHubClient(settings, { onNotice: log, ...(delayScale > 0 ? { delayScale } : {}) });
  const files = await readRepositoryFiles(values.root ?? '.');
  const { programs } = programsOf(files);
  const comment = (body: string) => upsertRequestComment(client, settings.repo, issue.number, body);

  try {
    if (isAction) {
      const result = await handleActionRequest(issue, {
        programs,
        files,
        comment,
        submit: async ({ draftText, id, amend }) =>
          draftVerdictOf(await submitPairingDraft({ files, draftText, today, client, repo: settings.repo, amend, ...(id !== undefined && { id }), bodyNote: `From issue #${issue.number}.` })),
      });
      log(`issue #${issue.number}: ${result.outcome}.`);
      return result.outcome === 'opened' || result.outcome === 'untrusted-author' || result.outcome === 'not-an-action' ? 0 : 1;
    }
    const result = await handleContractRequest(issue, {
      programs,
      comment,
      submit: async (draftText) => draftVerdictOf(await submitContractDraft({ files, draftText, today, client, repo: settings.repo, bodyNote: `From issue #${issue.number}.` })),
    });
    // The log names the outcome only: the comment, which may quote the form's answers, stays on the issue.
    log(`issue #${issue.number}: ${result.outcome}.`);
    return result.outcome === 'opened' || result.outcome === 'untrusted-author' ? 0 : 1;
  } catch (error) {
    if (error instanceof GitHubError) {
      log(error.message);
      await comment(failureComment()).catch(() => log('the failure could not be reported on the issue either.'));
      return 2;
    }
    throw error;
  }
}

try {
  process.exitCode = await main();
} catch (error) {
  log(error instanceof GitHubError || error instanceof Error ? error.message : String(error));
  process.exitCode = 2;
}
