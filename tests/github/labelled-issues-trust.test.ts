/**
 * The desk issue and the notices ledger in it are read only from issues a
 * trusted author wrote: a stranger's issue carrying the label (a planted
 * ledger would mark notices as sent and silence them) is ignored.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createGitHubClient, readGitHubSettings } from '../../src/lib/github/index.ts';
import { issuesWithLabel } from '../../src/lib/github/labelled-issues.ts';
import { ACTIONS_BOT, GitHubTestServer } from '../support/github-server.ts';

let github: GitHubTestServer;
beforeEach(async () => {
  github = await GitHubTestServer.start({ collaborators: { 'casey-coord': 'write', reader: 'read' } });
});
afterEach(async () => {
  await github.close();
});

describe('issuesWithLabel', () => {
  it('reads the issues of the bot, the Actions bot, the owner and collaborators, and no one else', async () => {
    const authors = ['coordinator-bot', ACTIONS_BOT, github.owner, 'casey-coord', 'reader', 'stranger'];
    const seeded = authors.map((author) => github.seedIssue({ title: 'Desk', body: author, labels: ['desk'], author }));
    seeded[5]!.state = 'closed';
    const client = createGitHubClient(readGitHubSettings(github.env()), { delayScale: 0.001 });
    const issues = await issuesWithLabel(client, { owner: github.owner, name: github.repo }, 'desk', 'coordinator-bot');
    expect(issues.map((issue) => issue.body)).toEqual(['coordinator-bot', ACTIONS_BOT, github.owner, 'casey-coord']);
  });
});
