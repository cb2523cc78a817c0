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
