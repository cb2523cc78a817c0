/**
 * Where and as whom to talk to GitHub, read from the conventional environment
 * (the variables GitHub Actions sets) with command-line flags winning.
 */
import type { RepositoryName } from './errors.ts';
import { GitHubError } from './github-error.ts';

export interface GitHubSettings {
  token: string;
  repo: RepositoryName;
  /** REST API root without a trailing slash: https://api.github.com, a GitHub Enterprise /api/v3, or a test server. */
  apiUrl: string;
}

export interface GitHubSettingsFlags {
  repo?: string | undefined;
  apiUrl?: string | undefined;
}

const DEFAULT_API_URL = 'https://api.github.com';

// GitHub's own rules: owners are alphanumerics and single hyphens; repository names also allow . and _.
const OWNER = /^[A-Za-z0-9](?:-?[A-Za-z0-9])*$/;
const NAME = /^[A-Za-z0-9._-]+$/;

function parseRepositoryName(value: string, source: string): RepositoryName {
  const [owner = '', name = '', ...rest] = value.trim().split('/');
  if (rest.length > 0 || !OWNER.test(owner) || !NAME.test(name) || name === '.' || name === '..') {
    throw new GitHubError('config', `${source} must be owner/name (for example alao-ohio/mentoring), not "${value}".`);
  }
  return { owner, name };
}

function parseApiUrl(value: string, source: string): string {
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    throw new GitHubError('config', `${source} must be a URL such as ${DEFAULT_API_URL}, not "${value}".`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new GitHubError('config', `${source} must be an http(s) URL such as ${DEFAULT_API_URL}, not "${value}".`);
  }
  if (url.username || url.password) {
    // A token pasted into the URL would be printed with it: refuse it without echoing the value.
    throw new GitHubError('config', `${source} must not contain a user name or password; put the token in GITHUB_TOKEN.`);
  }
  return url.toString().replace(/\/+$/, '');
}

/**
 * Whether a command works in local mode (src/lib/publish/): GITHUB_TOKEN is not
 * set. Never inside GitHub Actions, where a missing token is a workflow
 * mistake that must fail loudly rather than write files into the runner's
 * checkout and exit 0.
 */
export const usesLocalMode = (env: Readonly<Record<string, string | undefined>>): boolean =>
  (env['GITHUB_TOKEN'] ?? '').trim() === '' && env['GITHUB_ACTIONS'] !== 'true';

/**
 * Reads GITHUB_TOKEN, GITHUB_REPOSITORY and GITHUB_API_URL. Throws a
 * GitHubError of kind 'config' whose message is one sentence naming the
 * setting; the token's value is never part of it.
 */
export function readGitHubSettings(env: Readonly<Record<string, string | undefined>>, flags: GitHubSettingsFlags = {}): GitHubSettings {
  const repoValue = flags.repo ?? env['GITHUB_REPOSITORY'];
  const repoSource = flags.repo !== undefined ? '--repo' : 'GITHUB_REPOSITORY';
  if (repoValue === undefined || repoValue.trim() === '') {
    throw new GitHubError('config', 'Set GITHUB_REPOSITORY to the repository as owner/name (or pass --repo owner/name).');
  }
  const repo = parseRepositoryName(repoValue, repoSource);

  const apiValue = flags.apiUrl ?? env['GITHUB_API_URL'];
  const apiUrl =
    apiValue === undefined || apiValue.trim() === ''
      ? DEFAULT_API_URL
      : parseApiUrl(apiValue, flags.apiUrl !== undefined ? '--api-url' : 'GITHUB_API_URL');

  const token = env['GITHUB_TOKEN'] ?? '';
  if (token.trim() === '') {
    throw new GitHubError(
      'config',
      'Set GITHUB_TOKEN to a GitHub token with Contents and Pull requests read and write access to the repository.',
    );
  }
  if (/\s/.test(token.trim()) || token.trim() !== token.replace(/\r?\n$/, '')) {
    throw new GitHubError('config', 'GITHUB_TOKEN contains spaces or line breaks; copy the token again without them.');
  }
  return { token: token.replace(/\r?\n$/, ''), repo, apiUrl };
}
