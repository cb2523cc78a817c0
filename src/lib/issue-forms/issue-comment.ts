/**
 * Writes the IssueOps comment on an issue: the first run adds it, later runs
 * (after the issue is edited) rewrite it, so the issue keeps one current answer.
 */
import type { GitHubClient, RepositoryName } from '../github/index.ts';
import { toGitHubError } from '../github/index.ts';
import { COMMENT_MARKER } from './comment.ts';

export async function upsertRequestComment(client: GitHubClient, repo: RepositoryName, issueNumber: number, body: string): Promise<void> {
  const where = { owner: repo.owner, repo: repo.name, issue_number: issueNumber };
  try {
    const comments = await client.paginate(client.rest.issues.listComments, { ...where, per_page: 100 });
    const previous = comments.find((comment) => comment.body?.startsWith(COMMENT_MARKER));
    if (previous) {
      await client.rest.issues.updateComment({ owner: repo.owner, repo: repo.name, comment_id: previous.id, body });
    } else {
      await client.rest.issues.createComment({ ...where, body });
    }
  } catch (error) {
    throw toGitHubError(error, repo, `commenting on issue #${issueNumber}`);
  }
}
