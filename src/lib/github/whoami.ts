/**
 * The account the token acts as, so that the bot recognises its own comments.
 * A personal or app user token can ask GET /user; the Actions GITHUB_TOKEN
 * (an installation token) cannot (403 "Resource not accessible by
 * integration") and always writes as github-actions[bot].
 */
import type { GitHubClient } from './client.ts';
import { isStatus, toGitHubError, type RepositoryName } from './errors.ts';

export const ACTIONS_BOT_LOGIN = 'github-actions[bot]';

export async function authenticatedLogin(client: GitHubClient, repo: RepositoryName): Promise<string> {
  try {
    const { data } = await client.rest.users.getAuthenticated();
    return data.login;
  } catch (error) {
    if (isStatus(error, 403)) return ACTIONS_BOT_LOGIN;
    throw toGitHubError(error, repo, 'asking GitHub which account the token belongs to');
  }
}

/** Associations of accounts that can write to the repository (and so could have written the issue by hand). */
const WRITERS = new Set(['OWNER', 'MEMBER', 'COLLABORATOR']);

export interface Authored {
  user?: { login: string } | null;
  author_association?: string;
}

/**
 * Whether an issue Tandem keeps (the desk issue, the notices ledger in it) may
 * be trusted as Tandem's: written by the token's own account, by the Actions
 * bot (the weekly workflow), or by someone who can write to the repository
 * (a coordinator running the command with their own token). Anyone else's
 * issue carrying the label is ignored, never edited, closed or read from.
 */
export function isTrustedAuthor(item: Authored, ownLogin: string): boolean {
  const login = item.user?.login.toLowerCase();
  if (login === undefined) return false;
  return login === ownLogin.toLowerCase() || login === ACTIONS_BOT_LOGIN || WRITERS.has(item.author_association ?? '');
}
