/**
 * The desk issue and the notices ledger in it are read only from issues a
 * trusted author wrote: a stranger's issue carrying the label (a planted
 * ledger would mark notices as sent and silence them) is ignored. Trust comes
 * from the author's role in the repository, asked of GitHub; the issue's
 * author_association says COLLABORATOR for a read-only collaborator and
 * MEMBER for any member of the organisation, so it cannot decide.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createGitHubClient, readGitHubSettings } from '../../../src/lib/github/index.ts';
import { issuesWithLabel } from '../../../src/lib/github/labelled-issues.ts';
import { upsertLabelledIssue } from '../../../src/lib/github/upsert-labelled-issue.ts';
import { ACTIONS_BOT, GitHubTestServer } from '../../support/github-server.ts';

let github: GitHubTestServer;
beforeEach(async () => {
  github = await GitHubTestServer.start({
    collaborators: { 'casey-coord': 'write', keeper: 'maintain', reader: 'read', sorter: 'triage' },
    members: ['member-only'],
  });
});
afterEach(async () => {
  await github.close();
});

const client = () => createGitHubClient(readGitHubSettings(github.env()), { delayScale: 0.001 });
const repo = () => ({ owner: github.owner, name: github.repo });
const PERMISSION = '/repos/{owner}/{repo}/collaborators/{username}/permission';

describe('issuesWithLabel', () => {
  it('reads the issues of the bot, the Actions bot, the owner and those whose role can write, and no one else', async () => {
    const authors = ['coordinator-bot', ACTIONS_BOT, github.owner, 'casey-coord', 'keeper', 'reader', 'sorter', 'member-only', 'stranger'];
    const seeded = authors.map((author) => github.seedIssue({ title: 'Desk', body: author, labels: ['desk'], author }));
    github.seedIssue({ title: 'Desk', body: 'reader again', labels: ['desk'], author: 'reader' });
    seeded[8]!.state = 'closed';
    expect(seeded.map((issue) => github.issueJson(issue)['author_association'])).toEqual([
      'NONE',
      'NONE',
      'OWNER',
      'COLLABORATOR',
      'COLLABORATOR',
      'COLLABORATOR',
      'COLLABORATOR',
      'MEMBER',
      'NONE',
    ]);
    const issues = await issuesWithLabel(client(), repo(), 'desk', 'coordinator-bot');
    expect(issues.map((issue) => issue.body)).toEqual(['coordinator-bot', ACTIONS_BOT, github.owner, 'casey-coord', 'keeper']);
    // Each author asked about once (reader wrote two), the token's own account and the Actions bot never.
    expect(
      github
        .requestsTo('GET', PERMISSION)
        .map((request) => request.path.split('/')[5] ?? '')
        .sort(),
    ).toEqual(['casey-coord', 'keeper', 'member-only', 'reader', 'sorter', 'stranger', github.owner].sort());
  });
});

describe('upsertLabelledIssue', () => {
  it("never rewrites a read-only collaborator's issue carrying the label: it opens the desk itself", async () => {
    const planted = github.seedIssue({ title: "Coordinator's desk", body: 'planted', labels: ['desk'], author: 'reader' });
    const result = await upsertLabelledIssue(client(), repo(), { label: 'desk', title: "Coordinator's desk", body: 'the desk' });
    expect(result.outcome).toBe('created');
    expect(result.number).not.toBe(planted.number);
    expect(github.issues.get(planted.number)).toMatchObject({ body: 'planted', state: 'open' });
  });
});
