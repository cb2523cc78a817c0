/**
 * The one choke point every submit command goes through to propose a change
 * of record files: with a GitHub token, a pull request
 * (openRecordPullRequest); without one, local mode: the same files, byte for
 * byte, written into the working tree, on the pull request's own branch name
 * when the tree is clean, for the person to push with Git.
 */
import {
  openRecordPullRequest,
  type GitHubClient,
  type RecordPullRequestRequest,
  type RecordPullRequestResult,
  type RepositoryName,
} from '../github/index.ts';
import type { LocalGit } from './local-git.ts';
import { planLocalChange, type LocalPlan } from './local-plan.ts';

export type ChangeTarget = { kind: 'github'; client: GitHubClient; repo: RepositoryName } | { kind: 'local'; git: LocalGit };

/** What local mode did: enough to tell the person how to push it and open the pull request by hand. */
export interface LocalChangeResult {
  plan: LocalPlan;
  /** The pull request's branch: the one written on, or (on a dirty tree) the name to push the current commit to. */
  branch: string;
  /** The paths written (or deleted), in the request's order. */
  paths: string[];
  deleted: string[];
  commitMessage: string;
  title: string;
  body: string;
  originUrl: string | undefined;
}

export type PublishedChange = ({ kind: 'pull-request' } & RecordPullRequestResult) | ({ kind: 'local' } & LocalChangeResult);

/** The target from the optional client, repository and local port a submit input carries. */
export function changeTargetOf(input: {
  client?: GitHubClient | undefined;
  repo?: RepositoryName | undefined;
  local?: LocalGit | undefined;
}): ChangeTarget {
  if (input.client && input.repo) return { kind: 'github', client: input.client, repo: input.repo };
  if (input.local) return { kind: 'local', git: input.local };
  throw new Error('a GitHub client and repository, or a local Git port, are needed unless dryRun is set');
}

async function writeLocally(git: LocalGit, request: RecordPullRequestRequest): Promise<LocalChangeResult> {
  const paths = Object.keys(request.files);
  const state = await git.state(request.branch, paths);
  const plan = planLocalChange(state, {
    branch: request.branch,
    mustNotExist: request.mustNotExistOnBase ?? [],
    amend: request.amend ?? false,
  });
  if (plan.action === 'new-branch') await git.createBranch(plan.branch);
  await git.writeFiles(request.files);
  return {
    plan,
    branch: request.branch,
    paths,
    deleted: paths.filter((path) => request.files[path] === null),
    commitMessage: request.commitMessage,
    title: request.title,
    body: request.body,
    originUrl: state.originUrl,
  };
}

export async function publishRecordChange(target: ChangeTarget, request: RecordPullRequestRequest): Promise<PublishedChange> {
  if (target.kind === 'local') return { kind: 'local', ...(await writeLocally(target.git, request)) };
  return { kind: 'pull-request', ...(await openRecordPullRequest(target.client, target.repo, request)) };
}
