/**
 * Opens (or finds and refreshes) the pull request that proposes a set of
 * record files: the one GitHub operation behind `contract:new`,
 * `pairing:new`, the IssueOps workflow and the desk's retention changes.
 *
 * Idempotent by construction, the way peter-evans/create-pull-request is:
 * one branch per record, found again on every run; a request that succeeded
 * behind a 5xx and came back from the retry as "already exists" counts as the
 * success it was.
 */
import type { GitHubClient } from './client.ts';
import { isValidationFailure, repositorySlug, toGitHubError, validationMessages, type RepositoryName } from './errors.ts';
import { GitHubError } from './github-error.ts';
import {
  branchHead,
  commitFiles,
  createBranch,
  defaultBranch,
  differingPaths,
  fileSha,
  moveBranch,
  compareWithBase,
  step,
  type FileChanges,
  type GitContext,
} from './git-data.ts';
import { assertPrivateRepository } from './private-repository.ts';

export interface RecordPullRequestRequest {
  /** The branch that carries the change, e.g. contract/alao/2026-lee-okafor. */
  branch: string;
  /** path -> UTF-8 content, or null to delete; committed together as one commit. */
  files: FileChanges;
  commitMessage: string;
  title: string;
  body: string;
  labels?: readonly string[];
  /** GitHub handles asked to review; the pull request's own author is left out, as GitHub refuses it. */
  reviewers?: readonly string[];
  /** Refuse (GitHubError 'conflict') when one of these paths exists on the default branch... */
  mustNotExistOnBase?: readonly string[];
  /** ...unless the change is explicitly an amendment. */
  amend?: boolean;
}

export type RecordPullRequestOutcome = 'created' | 'updated' | 'unchanged';

export interface RecordPullRequestResult {
  url: string;
  number: number;
  outcome: RecordPullRequestOutcome;
  branch: string;
  /** The default branch the pull request targets. */
  base: string;
  /** Things that did not stop the pull request but the coordinator should know (a reviewer GitHub would not accept). */
  warnings: string[];
}

interface PullSummary {
  number: number;
  html_url: string;
  title: string;
  body: string | null;
  user: { login: string } | null;
  labels: { name?: string }[];
  requested_reviewers?: { login: string }[] | null;
}

async function findOpenPull(context: GitContext, branch: string, base: string): Promise<PullSummary | undefined> {
  const { data } = await step(context, 'looking for an open pull request', () =>
    context.client.rest.pulls.list({
      owner: context.repo.owner,
      repo: context.repo.name,
      head: `${context.repo.owner}:${branch}`,
      base,
      state: 'open',
    }),
  );
  return data[0];
}

/** The changes for `paths` only: a tree entry deleting a file that is not there, or rewriting an unchanged one, is noise. */
const only = (files: FileChanges, paths: readonly string[]): FileChanges =>
  Object.fromEntries(Object.entries(files).filter(([path]) => paths.includes(path)));

/** Makes `branch` hold `files`; returns whether it moved. */
async function putFilesOnBranch(
  context: GitContext,
  request: RecordPullRequestRequest,
  base: { branch: string; sha: string },
): Promise<boolean> {
  const { branch, files, commitMessage } = request;
  let head = await branchHead(context, branch);
  if (head === undefined) {
    const changed = await differingPaths(context, files, base.sha);
    if (changed.length === 0) {
      throw new GitHubError(
        'conflict',
        `${Object.keys(files).join(', ')} on ${base.branch} already read exactly as proposed: there is nothing to change.`,
      );
    }
    const commit = await commitFiles(context, base.sha, only(files, changed), commitMessage);
    if (await createBranch(context, branch, commit)) return true;
    head = await branchHead(context, branch);
    // The "already exists" was our own retried request: the branch holds our commit.
    if (head === commit) return true;
    if (head === undefined) {
      throw new GitHubError('unexpected', `GitHub said branch ${branch} exists but then could not find it; run the command again.`);
    }
  }
  // A branch of this name that changes other files too (someone else's work, or a stale branch) would carry
  // those changes into a pull request whose body describes only this record: leave it alone.
  const comparison = await compareWithBase(context, base.sha, head);
  const foreign = comparison.paths.filter((path) => !(path in files));
  if (foreign.length > 0) {
    throw new GitHubError(
      'conflict',
      `The branch ${branch} already exists and also changes ${foreign.length === 1 ? 'one other file' : `${foreign.length} other files`}; ` +
        'nothing was changed. Delete that branch on GitHub (after saving anything on it that matters) and run the command again.',
    );
  }
  if (!comparison.fromBase && !(await findOpenPull(context, branch, base.branch))) {
    // A branch left from an earlier pull request (merged or closed; a later status change of the same
    // pairing reuses the name) that no longer starts from the default branch: rebuilt from it, so that the
    // new pull request holds this change only and cannot conflict with what the earlier one merged (a
    // squash merge leaves the branch's own commits behind). A branch with an open pull request is only
    // ever added to: a coordinator's commits on it stay.
    const fromBase = await differingPaths(context, files, base.sha);
    if (fromBase.length === 0) {
      throw new GitHubError(
        'conflict',
        `${Object.keys(files).join(', ')} on ${base.branch} already read exactly as proposed: there is nothing to change.`,
      );
    }
    const commit = await commitFiles(context, base.sha, only(files, fromBase), commitMessage);
    await moveBranch(context, branch, commit, { force: true });
    return true;
  }
  const changed = await differingPaths(context, files, head);
  if (changed.length === 0) return false;
  const commit = await commitFiles(context, head, only(files, changed), commitMessage);
  await moveBranch(context, branch, commit);
  return true;
}

async function openOrFindPull(
  context: GitContext,
  request: RecordPullRequestRequest,
  base: string,
): Promise<{ pull: PullSummary; created: boolean; edited: boolean }> {
  const existing = await findOpenPull(context, request.branch, base);
  if (existing) {
    if (existing.title === request.title && (existing.body ?? '') === request.body) {
      return { pull: existing, created: false, edited: false };
    }
    const { data } = await step(context, `updating pull request #${existing.number}`, () =>
      context.client.rest.pulls.update({
        owner: context.repo.owner,
        repo: context.repo.name,
        pull_number: existing.number,
        title: request.title,
        body: request.body,
      }),
    );
    return { pull: data, created: false, edited: true };
  }
  try {
    const { data } = await context.client.rest.pulls.create({
      owner: context.repo.owner,
      repo: context.repo.name,
      head: request.branch,
      base,
      title: request.title,
      body: request.body,
    });
    return { pull: data, created: true, edited: false };
  } catch (error) {
    if (!isValidationFailure(error, 'A pull request already exists')) {
      throw toGitHubError(error, context.repo, 'creating the pull request');
    }
    // None was open a moment ago, so this is our own request, retried after it succeeded behind a 5xx.
    const found = await findOpenPull(context, request.branch, base);
    if (!found) {
      throw new GitHubError(
        'unexpected',
        `GitHub says a pull request for ${request.branch} already exists but lists none open in ${repositorySlug(context.repo)}; run the command again.`,
      );
    }
    return { pull: found, created: true, edited: false };
  }
}

async function addMissingLabels(context: GitContext, pull: PullSummary, labels: readonly string[]): Promise<void> {
  const present = new Set(pull.labels.map((label) => label.name));
  const missing = labels.filter((label) => !present.has(label));
  if (missing.length === 0) return;
  await step(context, `labelling pull request #${pull.number}`, () =>
    context.client.rest.issues.addLabels({
      owner: context.repo.owner,
      repo: context.repo.name,
      issue_number: pull.number,
      labels: missing,
    }),
  );
}

/**
 * Asks for the reviews still missing: on every run, so that a rerun after a
 * failure at this step (or before it) finishes it. Nobody is asked twice:
 * those already asked and those who have already reviewed are left out.
 */
async function requestReviews(context: GitContext, pull: PullSummary, reviewers: readonly string[], warnings: string[]): Promise<void> {
  if (reviewers.length === 0) return;
  const reviewed = await step(context, `reading the reviews of pull request #${pull.number}`, () =>
    context.client.paginate(context.client.rest.pulls.listReviews, {
      owner: context.repo.owner,
      repo: context.repo.name,
      pull_number: pull.number,
      per_page: 100,
    }),
  );
  const skip = new Set(
    [
      pull.user?.login,
      ...(pull.requested_reviewers ?? []).map((reviewer) => reviewer.login),
      ...reviewed.map((review) => review.user?.login),
    ]
      .filter((login): login is string => typeof login === 'string')
      .map((login) => login.toLowerCase()),
  );
  const wanted = [...new Set(reviewers)].filter((login) => !skip.has(login.toLowerCase()));
  if (wanted.length === 0) return;
  try {
    await context.client.rest.pulls.requestReviewers({
      owner: context.repo.owner,
      repo: context.repo.name,
      pull_number: pull.number,
      reviewers: wanted,
    });
  } catch (error) {
    if (!(error instanceof Error) || !('status' in error) || error.status !== 422) {
      throw toGitHubError(error, context.repo, `requesting reviews on pull request #${pull.number}`);
    }
    // The pull request stands; a reviewer GitHub will not accept (not a collaborator) is worth a warning, not a failure.
    const why = validationMessages(error)
      .filter((message) => message !== 'Validation Failed')
      .join('; ')
      .replace(/\.$/, '');
    warnings.push(`GitHub would not request a review from ${wanted.join(', ')}${why ? `: ${why}` : ''}.`);
  }
}

/**
 * A server or network failure after the branch was written leaves half the
 * job done: says so, and that a rerun finishes it (it finds the branch and
 * opens or refreshes the pull request). Other failures pass unchanged.
 */
function afterBranchWritten(error: unknown, branch: string): unknown {
  if (!(error instanceof GitHubError) || (error.kind !== 'server' && error.kind !== 'network')) return error;
  return new GitHubError(
    error.kind,
    `${error.message} The branch ${branch} is on GitHub; run the same command again to finish.`,
    error.status,
  );
}

export async function openRecordPullRequest(
  client: GitHubClient,
  repo: RepositoryName,
  request: RecordPullRequestRequest,
): Promise<RecordPullRequestResult> {
  const context: GitContext = { client, repo };
  // Every record names people: nothing is written to a repository others can read.
  await assertPrivateRepository(client, repo);
  const base = await defaultBranch(context);
  const baseSha = await branchHead(context, base);
  if (baseSha === undefined) {
    throw new GitHubError(
      'conflict',
      `The repository ${repositorySlug(repo)} is empty: its default branch ${base} has no commit yet. Push the project's files to it first, then run the command again.`,
    );
  }
  if (!request.amend) {
    for (const path of request.mustNotExistOnBase ?? []) {
      if ((await fileSha(context, path, base)) !== undefined) {
        throw new GitHubError('conflict', `${path} already exists on ${base}; it was not changed. Use --amend to propose a change to it.`);
      }
    }
  }
  const branchMoved = await putFilesOnBranch(context, request, { branch: base, sha: baseSha });
  try {
    const { pull, created, edited } = await openOrFindPull(context, request, base);
    const outcome: RecordPullRequestOutcome = created ? 'created' : branchMoved || edited ? 'updated' : 'unchanged';
    const warnings: string[] = [];
    await addMissingLabels(context, pull, request.labels ?? []);
    await requestReviews(context, pull, request.reviewers ?? [], warnings);
    return { url: pull.html_url, number: pull.number, outcome, branch: request.branch, base, warnings };
  } catch (error) {
    throw afterBranchWritten(error, request.branch);
  }
}
