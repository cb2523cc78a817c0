/**
 * Every way talking to GitHub can fail, each turned into one sentence a
 * coordinator can act on. The token never enters a message: messages are
 * written here from the status and the repository name, never copied from a
 * request.
 */
import type { RequestError } from 'octokit';
import { GitHubError } from './github-error.ts';
import { octokitPackage } from './octokit-package.ts';

export interface RepositoryName {
  owner: string;
  name: string;
}

/**
 * An error octokit threw for an answer (or no answer) from GitHub. Only an
 * Error can be one, so octokit is loaded (./octokit-package.ts) for nothing else.
 */
const isRequestError = (error: unknown): error is RequestError => error instanceof Error && error instanceof octokitPackage().RequestError;

export const repositorySlug = (repo: RepositoryName): string => `${repo.owner}/${repo.name}`;

/** The `message`s of a 422's `errors` array, where GitHub puts what actually went wrong. */
export function validationMessages(error: unknown): string[] {
  if (!isRequestError(error)) return [];
  const data: unknown = error.response?.data;
  if (typeof data !== 'object' || data === null) return [];
  const messages: string[] = [];
  if ('message' in data && typeof data.message === 'string') messages.push(data.message);
  if ('errors' in data && Array.isArray(data.errors)) {
    for (const item of data.errors as unknown[]) {
      if (typeof item === 'string') messages.push(item);
      else if (typeof item === 'object' && item !== null && 'message' in item && typeof item.message === 'string') {
        messages.push(item.message);
      }
    }
  }
  return messages;
}

/** True when GitHub answered 422 and one of its messages contains `text`. */
export function isValidationFailure(error: unknown, text: string): boolean {
  if (!isRequestError(error) || error.status !== 422) return false;
  const needle = text.toLowerCase();
  return validationMessages(error).some((message) => message.toLowerCase().includes(needle));
}

export const isStatus = (error: unknown, status: number): boolean => isRequestError(error) && error.status === status;

function isRateLimit(error: RequestError): boolean {
  const headers = error.response?.headers ?? {};
  return error.status === 429 || headers['x-ratelimit-remaining'] === '0' || /\brate limit\b/i.test(error.message);
}

function resetTime(error: RequestError): string | undefined {
  const reset = Number(error.response?.headers['x-ratelimit-reset']);
  if (!Number.isFinite(reset) || reset <= 0) return undefined;
  return new Date(reset * 1000).toISOString().slice(11, 16);
}

/**
 * Turns whatever octokit threw into a GitHubError. `doing` says what was
 * being attempted ("creating the pull request") so that an unexpected answer
 * still tells the coordinator where things stopped.
 */
export function toGitHubError(error: unknown, repo: RepositoryName, doing: string): GitHubError {
  if (error instanceof GitHubError) return error;
  const slug = repositorySlug(repo);
  if (!isRequestError(error)) {
    const what = error instanceof Error ? error.name : typeof error;
    return new GitHubError('unexpected', `Something unexpected went wrong while ${doing} in ${slug} (${what}).`);
  }
  const { status } = error;
  if (status === 401) {
    return new GitHubError(
      'unauthorized',
      'GitHub rejected the token (401 Bad credentials): check that GITHUB_TOKEN is complete and has not expired.',
      status,
    );
  }
  if ((status === 403 || status === 429) && isRateLimit(error)) {
    const reset = resetTime(error);
    const when = reset ? ` It resets at ${reset} UTC.` : ' Wait a few minutes and run the command again.';
    return new GitHubError('rate-limited', `GitHub's rate limit for this token is used up while ${doing}.${when}`, status);
  }
  if (status === 403) {
    return new GitHubError(
      'forbidden',
      `The token may not do this in ${slug} (403 while ${doing}): give it Contents and Pull requests read and write access to that repository.`,
      status,
    );
  }
  if (status === 404) {
    return new GitHubError(
      'not-found',
      `GitHub found no repository ${slug}, or the token cannot see it (404 while ${doing}): check GITHUB_REPOSITORY and the token's repository access.`,
      status,
    );
  }
  if (status === 409) {
    return new GitHubError(
      'conflict',
      `GitHub answered 409 Conflict while ${doing} in ${slug}: the repository may be empty (no commit yet) or changed at the same moment; check it on GitHub and run the command again.`,
      status,
    );
  }
  if (status === 410) {
    return new GitHubError(
      'gone',
      `GitHub answered 410 Gone while ${doing} in ${slug}: issues are switched off for that repository; turn them on in its settings (General, Features).`,
      status,
    );
  }
  if (status >= 500 && error.response === undefined) {
    // @octokit/request reports a failed connection as a 500 without a response.
    return new GitHubError('network', `Could not reach GitHub's API while ${doing}: check GITHUB_API_URL and the network connection.`);
  }
  if (status >= 500) {
    return new GitHubError(
      'server',
      `GitHub kept answering with a server error (${status}) while ${doing}, even after retrying: try again in a few minutes.`,
      status,
    );
  }
  const detail = validationMessages(error)
    .filter((message) => message !== 'Validation Failed')
    .join('; ');
  return new GitHubError('unexpected', `GitHub refused ${doing} in ${slug} (${status}${detail ? `: ${detail}` : ''}).`, status);
}
