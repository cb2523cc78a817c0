import { describe, expect, it } from 'vitest';
import { GitHubError, readGitHubSettings } from '../../../src/lib/github/index.ts';

const TOKEN = 'ghp_settingsTOKENvalue000000000000000000000';
const env = { GITHUB_TOKEN: TOKEN, GITHUB_REPOSITORY: 'alao-ohio/mentoring' };

function failure(run: () => unknown): GitHubError {
  try {
    run();
  } catch (error) {
    if (error instanceof GitHubError) return error;
    throw error;
  }
  throw new Error('expected a GitHubError');
}

describe('readGitHubSettings', () => {
  it('reads the conventional variables, with GitHub.com as the default API', () => {
    expect(readGitHubSettings(env)).toEqual({
      token: TOKEN,
      repo: { owner: 'alao-ohio', name: 'mentoring' },
      apiUrl: 'https://api.github.com',
    });
    expect(readGitHubSettings({ ...env, GITHUB_API_URL: 'https://ghe.example.org/api/v3/' }).apiUrl).toBe('https://ghe.example.org/api/v3');
  });

  it('lets flags win over the environment', () => {
    const settings = readGitHubSettings(env, { repo: 'cala/mentors', apiUrl: 'http://127.0.0.1:4000' });
    expect(settings.repo).toEqual({ owner: 'cala', name: 'mentors' });
    expect(settings.apiUrl).toBe('http://127.0.0.1:4000');
  });

  it('strips the line break a token read from a file ends with', () => {
    expect(readGitHubSettings({ ...env, GITHUB_TOKEN: `${TOKEN}\n` }).token).toBe(TOKEN);
  });

  it.each([
    [{ GITHUB_TOKEN: TOKEN }, 'Set GITHUB_REPOSITORY to the repository as owner/name (or pass --repo owner/name).'],
    [
      { ...env, GITHUB_REPOSITORY: 'mentoring' },
      'GITHUB_REPOSITORY must be owner/name (for example alao-ohio/mentoring), not "mentoring".',
    ],
    [{ ...env, GITHUB_REPOSITORY: 'a/b/c' }, 'GITHUB_REPOSITORY must be owner/name (for example alao-ohio/mentoring), not "a/b/c".'],
    [{ ...env, GITHUB_API_URL: 'api.github.com' }, 'GITHUB_API_URL must be a URL such as https://api.github.com, not "api.github.com".'],
    [
      { ...env, GITHUB_API_URL: 'ftp://example.org' },
      'GITHUB_API_URL must be an http(s) URL such as https://api.github.com, not "ftp://example.org".',
    ],
    [
      { GITHUB_REPOSITORY: 'a/b' },
      'Set GITHUB_TOKEN to a GitHub token with Contents and Pull requests read and write access to the repository.',
    ],
    [{ ...env, GITHUB_TOKEN: 'ghp_one two' }, 'GITHUB_TOKEN contains spaces or line breaks; copy the token again without them.'],
  ])('explains a missing or malformed setting in one sentence (%#)', (variables, message) => {
    const error = failure(() => readGitHubSettings(variables));
    expect(error.kind).toBe('config');
    expect(error.message).toBe(message);
  });

  it('refuses credentials inside the API URL without repeating them', () => {
    const error = failure(() => readGitHubSettings({ ...env, GITHUB_API_URL: `https://user:${TOKEN}@ghe.example.org/api/v3` }));
    expect(error.message).toBe('GITHUB_API_URL must not contain a user name or password; put the token in GITHUB_TOKEN.');
    expect(error.message).not.toContain(TOKEN);
  });

  it('names --repo when the flag is the malformed one', () => {
    expect(failure(() => readGitHubSettings(env, { repo: 'nope' })).message).toBe(
      '--repo must be owner/name (for example alao-ohio/mentoring), not "nope".',
    );
  });
});
