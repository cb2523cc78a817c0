/**
 * Writes the IssueOps comment on an issue: the first run adds it, later runs
 * (after the issue is edited) rewrite it, so the issue keeps one current answer.
 *
 * Only comments written by the token's own account count as ours: anyone can
 * post a comment that starts with the marker, and the bot must never edit a
 * stranger's words. A create that GitHub performed but answered with a 5xx
 * (and that the retry then performed again) is settled by looking again and
 * keeping the oldest of our comments.
 */
import type { GitHubClient, RepositoryName } from '../github/index.ts';
import { authenticatedLogin, toGitHubError } from '../github/index.ts';
import { COMMENT_MARKER } from './comment.ts';

interface CommentSummary {
  id: number;
  body?: string | null | undefined;
  user: { login: string } | null;
}

/** `marker` opens the comment and tells ours apart: one comment per marker per issue or pull request. */
export async function upsertRequestComment(
  client: GitHubClient,
  repo: RepositoryName,
  issueNumber: number,
  body: string,
  marker: string = COMMENT_MARKER,
): Promise<void> {
  const where = { owner: repo.owner, repo: repo.name, issue_number: issueNumber };
  const login = (await authenticatedLogin(client, repo)).toLowerCase();
  const ours = async (): Promise<CommentSummary[]> => {
    const comments = (await client.paginate(client.rest.issues.listComments, { ...where, per_page: 100 })) as CommentSummary[];
    return comments
      .filter((comment) => comment.user?.login.toLowerCase() === login && (comment.body ?? '').startsWith(marker))
      .sort((a, b) => a.id - b.id);
  };
  try {
    let [previous] = await ours();
    if (!previous) {
      try {
        await client.rest.issues.createComment({ ...where, body });
      } catch (error) {
        // The create may have happened behind the failure: look before giving up.
        if ((await ours()).length === 0) throw error;
      }
      [previous] = await ours();
      if (!previous) return;
    }
    if ((previous.body ?? '') !== body) {
      await client.rest.issues.updateComment({ owner: repo.owner, repo: repo.name, comment_id: previous.id, body });
    }
    for (const twin of (await ours()).filter((comment) => comment.id !== previous.id)) {
      await client.rest.issues.deleteComment({ owner: repo.owner, repo: repo.name, comment_id: twin.id });
    }
  } catch (error) {
    throw toGitHubError(error, repo, `commenting on issue #${issueNumber}`);
  }
}
