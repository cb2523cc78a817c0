/**
 * The Git Data API steps a record pull request needs: read a branch, tell
 * whether files differ from it, and commit a set of files as one commit
 * (blobs, one tree, one commit) so that a branch never holds half a change.
 */
import { gitBlobSha } from './blob-sha.ts';
import type { GitHubClient } from './client.ts';
import { isStatus, isValidationFailure, toGitHubError, type RepositoryName } from './errors.ts';
import { repositoryFacts } from './repository-facts.ts';

/** path -> new UTF-8 content, or null to delete the file. */
export type FileChanges = Readonly<Record<string, string | null>>;

export interface GitContext {
  client: GitHubClient;
  repo: RepositoryName;
}

/** Runs one GitHub call, turning its failure into a GitHubError that says what was being done. */
export async function step<T>(context: GitContext, doing: string, call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    throw toGitHubError(error, context.repo, doing);
  }
}

const where = ({ repo }: GitContext) => ({ owner: repo.owner, repo: repo.name });

export async function defaultBranch(context: GitContext): Promise<string> {
  return (await repositoryFacts(context.client, context.repo)).defaultBranch;
}

/**
 * The commit a branch points at, or undefined when there is no such branch
 * (404) or no commit at all: an empty repository answers 409 "Git Repository
 * is empty." to every Git database request.
 */
export async function branchHead(context: GitContext, branch: string): Promise<string | undefined> {
  try {
    const { data } = await context.client.rest.git.getRef({ ...where(context), ref: `heads/${branch}` });
    return data.object.sha;
  } catch (error) {
    if (isStatus(error, 404) || isStatus(error, 409)) return undefined;
    throw toGitHubError(error, context.repo, `reading branch ${branch}`);
  }
}

/** The blob id of `path` at `ref`, or undefined when no file is there. */
export async function fileSha(context: GitContext, path: string, ref: string): Promise<string | undefined> {
  try {
    const { data } = await context.client.rest.repos.getContent({ ...where(context), path, ref });
    return !Array.isArray(data) && data.type === 'file' ? data.sha : `not-a-file:${path}`;
  } catch (error) {
    if (isStatus(error, 404)) return undefined;
    throw toGitHubError(error, context.repo, `reading ${path} on ${ref}`);
  }
}

export interface BranchComparison {
  /** The paths the branch changes since it left `base` (three-dot compare: its own commits only). */
  paths: string[];
  /** True when the branch starts from `base` itself (GitHub's status "ahead" or "identical"). */
  fromBase: boolean;
}

export async function compareWithBase(context: GitContext, base: string, head: string): Promise<BranchComparison> {
  const { data } = await step(context, 'comparing the branch with the default branch', () =>
    context.client.rest.repos.compareCommitsWithBasehead({ ...where(context), basehead: `${base}...${head}` }),
  );
  return { paths: (data.files ?? []).map((file) => file.filename), fromBase: data.status === 'ahead' || data.status === 'identical' };
}

/** The paths among `files` whose content at `ref` is not what `files` says. */
export async function differingPaths(context: GitContext, files: FileChanges, ref: string): Promise<string[]> {
  const differing: string[] = [];
  for (const [path, content] of Object.entries(files)) {
    const current = await fileSha(context, path, ref);
    const wanted = content === null ? undefined : gitBlobSha(content);
    if (current !== wanted) differing.push(path);
  }
  return differing;
}

/** One commit on top of `parent` holding `files`; returns its sha. The branch is not moved. */
export async function commitFiles(context: GitContext, parent: string, files: FileChanges, message: string): Promise<string> {
  const { data: parentCommit } = await step(context, 'reading the branch commit', () =>
    context.client.rest.git.getCommit({ ...where(context), commit_sha: parent }),
  );
  const tree: { path: string; mode: '100644'; type: 'blob'; sha: string | null }[] = [];
  for (const [path, content] of Object.entries(files)) {
    if (content === null) {
      tree.push({ path, mode: '100644', type: 'blob', sha: null });
      continue;
    }
    const { data: blob } = await step(context, `uploading ${path}`, () =>
      context.client.rest.git.createBlob({
        ...where(context),
        content: Buffer.from(content, 'utf8').toString('base64'),
        encoding: 'base64',
      }),
    );
    tree.push({ path, mode: '100644', type: 'blob', sha: blob.sha });
  }
  const { data: newTree } = await step(context, 'creating the commit tree', () =>
    context.client.rest.git.createTree({ ...where(context), base_tree: parentCommit.tree.sha, tree }),
  );
  const { data: commit } = await step(context, 'creating the commit', () =>
    context.client.rest.git.createCommit({ ...where(context), message, tree: newTree.sha, parents: [parent] }),
  );
  return commit.sha;
}

/**
 * Points a new branch at `sha`. Returns false when the branch already exists:
 * either an earlier run made it, or this very request succeeded behind a 5xx
 * and the retry plugin's second attempt was told "Reference already exists".
 */
export async function createBranch(context: GitContext, branch: string, sha: string): Promise<boolean> {
  try {
    await context.client.rest.git.createRef({ ...where(context), ref: `refs/heads/${branch}`, sha });
    return true;
  } catch (error) {
    if (isValidationFailure(error, 'Reference already exists')) return false;
    throw toGitHubError(error, context.repo, `creating branch ${branch}`);
  }
}

/** Moves a branch forward to `sha` (never forced: a branch someone else moved is not overwritten). */
export async function moveBranch(context: GitContext, branch: string, sha: string, options: { force?: boolean } = {}): Promise<void> {
  await step(context, `updating branch ${branch}`, () =>
    context.client.rest.git.updateRef({ ...where(context), ref: `heads/${branch}`, sha, force: options.force ?? false }),
  );
}
