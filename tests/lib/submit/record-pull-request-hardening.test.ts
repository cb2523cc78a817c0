/**
 * What a flaky or unusual GitHub found in openRecordPullRequest: a rerun after
 * a failure finishes every missing step; a branch of the same name carrying
 * other changes is never reused; an empty repository, a read-only token and
 * a repository without issues each get one plain sentence; a pairing's and its
 * status change's branches can both exist.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  createGitHubClient,
  openRecordPullRequest,
  readGitHubSettings,
  type GitHubClient,
  type RecordPullRequestRequest,
} from '../../../src/lib/github/index.ts';
import { upsertRequestComment } from '../../../src/lib/issue-forms/issue-comment.ts';
import { recordBranch } from '../../../src/lib/submit/pull-request-names.ts';
import { GitHubTestServer } from '../../support/github-server.ts';

const PATH = 'content/pairings/demo/2026-lee-okafor.yaml';
const BRANCH = recordBranch('pairing', 'demo', '2026-lee-okafor');

const request = (overrides: Partial<RecordPullRequestRequest> = {}): RecordPullRequestRequest => ({
  branch: BRANCH,
  files: { [PATH]: 'program: demo\nstatus: active\n' },
  commitMessage: 'Add pairing',
  title: 'Add pairing',
  body: 'Body',
  labels: ['pairing', 'program:demo'],
  reviewers: ['casey-coord'],
  ...overrides,
});

let github: GitHubTestServer;
let client: GitHubClient;
const repo = () => ({ owner: github.owner, name: github.repo });
const clientFor = (server: GitHubTestServer, token = server.token): GitHubClient =>
  createGitHubClient(readGitHubSettings({ ...server.env(), GITHUB_TOKEN: token }), { delayScale: 0.001 });

beforeEach(async () => {
  github = await GitHubTestServer.start({ collaborators: { 'casey-coord': 'write' } });
  client = clientFor(github);
});
afterEach(async () => {
  await github.close();
});

describe('a rerun after a failure', () => {
  it('requests the reviewers a failed run never asked for', async () => {
    github.failNext({ method: 'POST', route: '/repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers', status: 502, times: 4 });
    await expect(openRecordPullRequest(client, repo(), request())).rejects.toMatchObject({ kind: 'server' });
    expect(github.pulls()[0]?.pull?.requestedReviewers).toEqual([]);
    const rerun = await openRecordPullRequest(client, repo(), request());
    expect(rerun.outcome).toBe('unchanged');
    expect(github.pulls()[0]?.pull?.requestedReviewers).toEqual(['casey-coord']);
  });

  it('adds the labels a failed run never added', async () => {
    github.failNext({ method: 'POST', route: '/repos/{owner}/{repo}/issues/{issue_number}/labels', status: 502, times: 4 });
    await expect(openRecordPullRequest(client, repo(), request())).rejects.toMatchObject({ kind: 'server' });
    await openRecordPullRequest(client, repo(), request());
    expect(github.pulls()[0]?.labels).toEqual(['pairing', 'program:demo']);
    expect(github.pulls()[0]?.pull?.requestedReviewers).toEqual(['casey-coord']);
  });

  it('does not ask again someone who has already reviewed', async () => {
    await openRecordPullRequest(client, repo(), request());
    const pull = github.pulls()[0]!.pull!;
    pull.requestedReviewers = [];
    pull.reviewedBy = ['casey-coord'];
    await openRecordPullRequest(client, repo(), request());
    expect(pull.requestedReviewers).toEqual([]);
  });
});

describe('a branch of the same name that already exists', () => {
  it('is refused, untouched, when it changes other files too', async () => {
    github.commit(BRANCH, { 'scripts/innocent.ts': 'steal()\n' });
    const before = github.branchHead(BRANCH);
    await expect(openRecordPullRequest(client, repo(), request())).rejects.toMatchObject({
      kind: 'conflict',
      message: expect.stringContaining(`The branch ${BRANCH} already exists and also changes one other file`),
    });
    expect(github.branchHead(BRANCH)).toBe(before);
    expect(github.pulls()).toEqual([]);
  });

  it('is reused when it changes only the record (an earlier run, or a coordinator fixing it)', async () => {
    github.commit(BRANCH, { [PATH]: 'program: demo\nstatus: proposed\n' });
    const result = await openRecordPullRequest(client, repo(), request());
    expect(result.outcome).toBe('created');
    expect(github.fileOn(BRANCH, PATH)).toBe('program: demo\nstatus: active\n');
  });

  it('is rebuilt from the default branch when its earlier pull request was squash-merged, so the new one cannot conflict', async () => {
    await openRecordPullRequest(client, repo(), request());
    // Squash merge: main gets the change as a new commit, the branch keeps its own; the pull request closes.
    github.commit('main', { [PATH]: 'program: demo\nstatus: active\n' }, 'Squashed');
    const pull = github.pulls()[0]!;
    pull.state = 'closed';
    pull.pull!.merged = true;
    const later = await openRecordPullRequest(client, repo(), request({ files: { [PATH]: 'program: demo\nstatus: completed\n' } }));
    expect(later).toMatchObject({ outcome: 'created', number: 2 });
    const head = github.branchHead(BRANCH)!;
    expect(github.git.commits.get(head)?.parents).toEqual([github.branchHead('main')]);
    expect(github.fileOn(BRANCH, PATH)).toBe('program: demo\nstatus: completed\n');
  });

  it("keeps a coordinator's commit on a branch whose pull request is open", async () => {
    await openRecordPullRequest(client, repo(), request());
    github.commit(BRANCH, { [PATH]: 'program: demo\nstatus: active\n# checked by a coordinator\n' }, 'Coordinator fix');
    const fixed = github.branchHead(BRANCH);
    github.commit('main', { 'README.md': 'moved on\n' });
    await openRecordPullRequest(client, repo(), request({ files: { [PATH]: 'program: demo\nstatus: completed\n' } }));
    expect(github.git.isAncestor(fixed!, github.branchHead(BRANCH)!)).toBe(true);
  });
});

describe('branch names', () => {
  it("lets a pairing's branch and its status change's branch exist together", async () => {
    await openRecordPullRequest(client, repo(), request());
    const status = await openRecordPullRequest(
      client,
      repo(),
      request({ branch: recordBranch('status', 'demo', '2026-lee-okafor'), files: { [PATH]: 'program: demo\nstatus: completed\n' } }),
    );
    expect(status.outcome).toBe('created');
    expect(github.pulls()).toHaveLength(2);
  });
});

describe('GitHub answers listed in its API description', () => {
  it('an empty repository (409 on the Git database) gets the "no commit yet" sentence', async () => {
    await github.close();
    github = await GitHubTestServer.start({ empty: true });
    await expect(openRecordPullRequest(clientFor(github), repo(), request())).rejects.toMatchObject({
      kind: 'conflict',
      message:
        "The repository tandem-test/mentoring is empty: its default branch main has no commit yet. Push the project's files to it first, then run the command again.",
    });
    expect(github.writeRequests()).toEqual([]);
  });

  it('a read-only token (403 on the first write) gets the permission sentence', async () => {
    github.addReadOnlyToken('ghp_readonly00000000000000000000000000000', 'reader');
    await expect(
      openRecordPullRequest(clientFor(github, 'ghp_readonly00000000000000000000000000000'), repo(), request()),
    ).rejects.toMatchObject({
      kind: 'forbidden',
      status: 403,
    });
  });

  it('a repository with issues switched off (410) gets a sentence saying so', async () => {
    await github.close();
    github = await GitHubTestServer.start({ issuesDisabled: true });
    const issue = github.seedIssue({ title: 'x' });
    await expect(
      upsertRequestComment(clientFor(github), repo(), issue.number, '<!-- tandem:contract-request -->\nhi'),
    ).rejects.toMatchObject({
      kind: 'gone',
      message: expect.stringContaining('issues are switched off'),
    });
  });
});
