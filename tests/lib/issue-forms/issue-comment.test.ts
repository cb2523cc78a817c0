/**
 * The IssueOps comment: the bot edits only its own comment (never a
 * stranger's that starts with the marker), as a personal token or as the
 * Actions bot, and a create that GitHub performed behind a 502 leaves one.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createGitHubClient, readGitHubSettings, type GitHubClient } from '../../../src/lib/github/index.ts';
import { COMMENT_MARKER } from '../../../src/lib/issue-forms/comment.ts';
import { upsertRequestComment } from '../../../src/lib/issue-forms/issue-comment.ts';
import { ACTIONS_BOT, GitHubTestServer } from '../../support/github-server.ts';

const ACTIONS_TOKEN = 'ghs_actionstoken000000000000000000000000';
let github: GitHubTestServer;
const repo = () => ({ owner: github.owner, name: github.repo });
const clientWith = (token: string): GitHubClient =>
  createGitHubClient(readGitHubSettings({ ...github.env(), GITHUB_TOKEN: token }), { delayScale: 0.001 });
const commentsOn = (issue: number) => [...github.comments.values()].filter((comment) => comment.issue === issue);

beforeEach(async () => {
  github = await GitHubTestServer.start({ login: 'tandem-bot' });
  github.addActionsToken(ACTIONS_TOKEN);
});
afterEach(async () => {
  await github.close();
});

describe('upsertRequestComment', () => {
  it("never edits a stranger's comment that starts with the marker: it adds its own, and edits only that one later", async () => {
    const issue = github.seedIssue({ title: 'Contract request', author: 'participant' });
    const planted = github.seedComment(issue.number, `${COMMENT_MARKER}\nClick here to confirm your contract.`, 'stranger');
    const client = clientWith(github.token);
    await upsertRequestComment(client, repo(), issue.number, `${COMMENT_MARKER}\nfirst answer`);
    await upsertRequestComment(client, repo(), issue.number, `${COMMENT_MARKER}\nsecond answer`);
    expect(github.comments.get(planted.id)?.body).toBe(`${COMMENT_MARKER}\nClick here to confirm your contract.`);
    const mine = commentsOn(issue.number).filter((comment) => comment.author === 'tandem-bot');
    expect(mine.map((comment) => comment.body)).toEqual([`${COMMENT_MARKER}\nsecond answer`]);
  });

  it('as the Actions bot (GET /user answers 403), recognises its comments by github-actions[bot]', async () => {
    const issue = github.seedIssue({ title: 'Contract request', author: 'participant' });
    github.seedComment(issue.number, `${COMMENT_MARKER}\nplanted`, 'stranger');
    const client = clientWith(ACTIONS_TOKEN);
    await upsertRequestComment(client, repo(), issue.number, `${COMMENT_MARKER}\nfirst`);
    await upsertRequestComment(client, repo(), issue.number, `${COMMENT_MARKER}\nsecond`);
    const comments = commentsOn(issue.number);
    expect(comments.map((comment) => [comment.author, comment.body.split('\n')[1]])).toEqual([
      ['stranger', 'planted'],
      [ACTIONS_BOT, 'second'],
    ]);
  });

  it('keeps one comment when GitHub created it but answered 502 and the retry created it again', async () => {
    const issue = github.seedIssue({ title: 'Contract request', author: 'participant' });
    github.failNext({ method: 'POST', route: '/repos/{owner}/{repo}/issues/{issue_number}/comments', status: 502, apply: true });
    await upsertRequestComment(clientWith(github.token), repo(), issue.number, `${COMMENT_MARKER}\nanswer`);
    expect(github.pendingFaults()).toEqual([]);
    expect(commentsOn(issue.number).map((comment) => comment.body)).toEqual([`${COMMENT_MARKER}\nanswer`]);
  });

  it('keeps one comment when every attempt failed with 502 after GitHub had created it', async () => {
    const issue = github.seedIssue({ title: 'Contract request', author: 'participant' });
    github.failNext({ method: 'POST', route: '/repos/{owner}/{repo}/issues/{issue_number}/comments', status: 502, apply: true, times: 4 });
    await upsertRequestComment(clientWith(github.token), repo(), issue.number, `${COMMENT_MARKER}\nanswer`);
    expect(commentsOn(issue.number).map((comment) => comment.body)).toEqual([`${COMMENT_MARKER}\nanswer`]);
  });
});
