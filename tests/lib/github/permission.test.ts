/**
 * repositoryRole: the one answer to "may this person make Tandem write?",
 * read from GitHub's permission endpoint on the GitHub-shaped test server,
 * whose answers follow GitHub's (role_name, and the legacy permission that
 * folds maintain into write and triage into read).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  canWrite,
  createGitHubClient,
  readGitHubSettings,
  repositoryRole,
  roleOf,
  type GitHubClient,
} from '../../../src/lib/github/index.ts';
import { GitHubTestServer } from '../../support/github-server.ts';

let github: GitHubTestServer;
let client: GitHubClient;
beforeAll(async () => {
  github = await GitHubTestServer.start({
    collaborators: { reader: 'read', sorter: 'triage', editor: 'write', keeper: 'maintain', chief: 'admin' },
    members: ['member-only'],
  });
  client = createGitHubClient(readGitHubSettings(github.env()), { delayScale: 0.001 });
});
afterAll(async () => {
  await github.close();
});

describe('repositoryRole', () => {
  it.each([
    ['reader', 'read', false],
    ['sorter', 'triage', false],
    ['editor', 'write', true],
    ['keeper', 'maintain', true],
    ['chief', 'admin', true],
    ['member-only', 'none', false],
    ['stranger', 'none', false],
  ] as const)('%s has the %s role (may act: %s)', async (login, role, mayAct) => {
    expect(await repositoryRole(client, { owner: github.owner, name: github.repo }, login)).toBe(role);
    expect(canWrite(role)).toBe(mayAct);
  });

  it('reads a stranger from the 404 GitHub answers for a login it does not know', async () => {
    await repositoryRole(client, { owner: github.owner, name: github.repo }, 'nobody-at-all');
    expect(github.requestsTo('GET', '/repos/{owner}/{repo}/collaborators/{username}/permission').at(-1)?.status).toBe(404);
  });

  it('fails with one sentence, not "none", when GitHub will not say (a token without access)', async () => {
    github.failNext({ method: 'GET', route: '/repos/{owner}/{repo}/collaborators/{username}/permission', status: 403 });
    await expect(repositoryRole(client, { owner: github.owner, name: github.repo }, 'editor')).rejects.toMatchObject({
      kind: 'forbidden',
      message: expect.stringContaining('403 while reading the repository role of editor'),
    });
  });
});

describe('roleOf', () => {
  it('prefers role_name, which tells maintain from write and triage from read', () => {
    expect(roleOf({ permission: 'write', role_name: 'maintain' })).toBe('maintain');
    expect(roleOf({ permission: 'read', role_name: 'triage' })).toBe('triage');
  });

  it("reads the legacy permission for an organisation's custom role or an answer without role_name", () => {
    expect(roleOf({ permission: 'write', role_name: 'release-manager' })).toBe('write');
    expect(roleOf({ permission: 'read', role_name: 'security-reviewer' })).toBe('read');
    expect(roleOf({ permission: 'admin' })).toBe('admin');
    expect(roleOf({ permission: 'none', role_name: '' })).toBe('none');
    expect(roleOf({ permission: 'superuser' })).toBe('none');
  });
});
