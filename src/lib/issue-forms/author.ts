/**
 * Who may turn a form into a pull request: someone whose role in the
 * repository can write to it (write, maintain or admin), asked of GitHub by
 * the caller (repositoryRole in src/lib/github/permission.ts). The same check
 * for every form: contract requests, applications and coordinator actions.
 */
import { canWrite, type RepositoryRole } from '../github/permission.ts';
import { untrustedAuthorComment } from './comment.ts';
import type { FormIssue } from './event.ts';

/** Asks GitHub for a login's role in the repository. */
export type AuthorRole = (login: string) => Promise<RepositoryRole>;

/** The comment refusing the issue's author, or undefined when they may act. An event without an author is refused unasked. */
export async function authorRefusal(issue: FormIssue, authorRole: AuthorRole): Promise<string | undefined> {
  const role = issue.author === '' ? 'none' : await authorRole(issue.author);
  return canWrite(role) ? undefined : untrustedAuthorComment(issue.author, role);
}

/** The line a pull request body ends with: who asked, and where. */
export const askedByNote = (issue: Pick<FormIssue, 'author' | 'number'>): string =>
  issue.author === '' ? `Asked in #${issue.number}.` : `Asked by @${issue.author} in #${issue.number}.`;
