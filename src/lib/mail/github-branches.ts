/**
 * What the inbox reads back from GitHub before it writes: the open pull
 * request of a branch, a file as that branch has it, the files a branch adds,
 * and a comment for the coordinator. The client comes from the caller.
 */
import type { GitHubClient, RepositoryName } from '../github/index.ts';
import { isStatus, toGitHubError } from '../github/errors.ts';
import { branchHead, compareWithBase, defaultBranch } from '../github/git-data.ts';

export interface GitHubTarget {
  client: GitHubClient;
  repo: RepositoryName;
}

export async function openPullNumber({ client, repo }: GitHubTarget, branch: string): Promise<number | undefined> {
  try {
    const { data } = await client.rest.pulls.list({ owner: repo.owner, repo: repo.name, head: `${repo.owner}:${branch}`, state: 'open' });
    return data[0]?.number;
  } catch (error) {
    throw toGitHubError(error, repo, `looking for the pull request of ${branch}`);
  }
}

async function fileOnBranch({ client, repo }: GitHubTarget, branch: string, path: string): Promise<string | undefined> {
  try {
    const { data } = await client.rest.repos.getContent({ owner: repo.owner, repo: repo.name, path, ref: branch });
    if (Array.isArray(data) || data.type !== 'file' || !('content' in data)) return undefined;
    return Buffer.from(data.content, 'base64').toString('utf8');
  } catch (error) {
    if (isStatus(error, 404)) return undefined;
    throw toGitHubError(error, repo, `reading ${path} on ${branch}`);
  }
}

/** The file as an open pull request's branch has it, or undefined when the branch has no open pull request. */
export async function fileOnOpenPull(target: GitHubTarget, branch: string, path: string): Promise<string | undefined> {
  return (await openPullNumber(target, branch)) === undefined ? undefined : fileOnBranch(target, branch, path);
}

/** The files under `prefix` that an open pull request's branch adds or changes, with their text. */
export async function filesAddedOnOpenPull(target: GitHubTarget, branch: string, prefix: string): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  if ((await openPullNumber(target, branch)) === undefined) return files;
  const context = { client: target.client, repo: target.repo };
  const base = await defaultBranch(context);
  const [baseSha, head] = [await branchHead(context, base), await branchHead(context, branch)];
  if (!baseSha || !head) return files;
  const comparison = await compareWithBase(context, baseSha, head);
  for (const path of comparison.paths.filter((candidate) => candidate.startsWith(prefix))) {
    const text = await fileOnBranch(target, branch, path);
    if (text !== undefined) files.set(path, text);
  }
  return files;
}

export async function commentOnPull({ client, repo }: GitHubTarget, number: number, body: string): Promise<void> {
  try {
    await client.rest.issues.createComment({ owner: repo.owner, repo: repo.name, issue_number: number, body });
  } catch (error) {
    throw toGitHubError(error, repo, `commenting on pull request #${number}`);
  }
}
