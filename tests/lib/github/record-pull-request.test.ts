/**
 * openRecordPullRequest against the GitHub-shaped server: the state it leaves
 * (branch, file, one pull request, labels, reviewers), idempotence, and the
 * retried-write cases where GitHub answers "already exists" to our own retry.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  createGitHubClient,
  GitHubError,
  openRecordPullRequest,
  readGitHubSettings,
  type GitHubClient,
  type RecordPullRequestRequest,
} from '../../../src/lib/github/index.ts';
import { GitHubTestServer } from '../../support/github-server.ts';

const PATH = 'content/contracts/demo/2026-lee-okafor.yaml';

function request(overrides: Partial<RecordPullRequestRequest> = {}): RecordPullRequestRequest {
  return {
    branch: 'tandem/contract-b7e2145cc173',
    files: { [PATH]: 'program: demo\npairing: 2026-lee-okafor\n' },
    commitMessage: 'Add contract b7e2145cc173 in DEMO (demo)',
    title: 'Add contract b7e2145cc173 in DEMO (demo)',
    body: 'Summary\n\n- [ ] checked',
    labels: ['contract', 'program:demo'],
    reviewers: ['casey-coord', 'robin-review'],
    mustNotExistOnBase: [PATH],
    ...overrides,
  };
}

let github: GitHubTestServer;
let client: GitHubClient;
const notices: string[] = [];

function clientFor(server: GitHubTestServer, env: Record<string, string> = server.env()): GitHubClient {
  return createGitHubClient(readGitHubSettings(env), { delayScale: 0.001, onNotice: (message) => notices.push(message) });
}

beforeEach(async () => {
  github = await GitHubTestServer.start({ collaborators: { 'casey-coord': 'write', 'robin-review': 'admin' } });
  client = clientFor(github);
  notices.length = 0;
});

afterEach(async () => {
  await github.close();
});

const repo = () => ({ owner: github.owner, name: github.repo });

describe('openRecordPullRequest', () => {
  it('commits the file on a new branch in one commit and opens one labelled pull request with reviewers', async () => {
    const baseBefore = github.branchHead('main');
    const result = await openRecordPullRequest(client, repo(), request());

    expect(result).toMatchObject({ outcome: 'created', number: 1, branch: 'tandem/contract-b7e2145cc173', base: 'main', warnings: [] });
    expect(result.url).toBe(`${github.url}/${github.slug}/pull/1`);
    expect(github.fileOn('tandem/contract-b7e2145cc173', PATH)).toBe('program: demo\npairing: 2026-lee-okafor\n');
    expect(github.fileOn('main', PATH)).toBeUndefined();
    expect(github.branchHead('main')).toBe(baseBefore);
    const head = github.branchHead('tandem/contract-b7e2145cc173') as string;
    expect(github.git.commits.get(head)).toMatchObject({ parents: [baseBefore], message: 'Add contract b7e2145cc173 in DEMO (demo)' });
    const [pull, ...others] = github.pulls();
    expect(others).toEqual([]);
    expect(pull).toMatchObject({ title: 'Add contract b7e2145cc173 in DEMO (demo)', body: 'Summary\n\n- [ ] checked', state: 'open' });
    expect(pull?.labels).toEqual(['contract', 'program:demo']);
    expect(pull?.pull).toMatchObject({
      head: 'tandem/contract-b7e2145cc173',
      base: 'main',
      requestedReviewers: ['casey-coord', 'robin-review'],
    });
    // One atomic commit: blob, tree, commit, ref.
    expect(github.requestsTo('POST', '/repos/{owner}/{repo}/git/commits')).toHaveLength(1);
  });

  it('finds the same branch and pull request on a rerun and changes nothing', async () => {
    const first = await openRecordPullRequest(client, repo(), request());
    const head = github.branchHead(first.branch);
    const writesBefore = github.writeRequests().length;

    const second = await openRecordPullRequest(client, repo(), request());

    expect(second).toMatchObject({ url: first.url, number: first.number, outcome: 'unchanged' });
    expect(github.branchHead(first.branch)).toBe(head);
    expect(github.pulls()).toHaveLength(1);
    expect(github.writeRequests().length).toBe(writesBefore);
  });

  it('updates the file on the existing branch when the content changed, still with one pull request', async () => {
    const first = await openRecordPullRequest(client, repo(), request());
    const oldHead = github.branchHead(first.branch);
    const changed = await openRecordPullRequest(
      client,
      repo(),
      request({ files: { [PATH]: 'program: demo\npairing: 2026-lee-okafor\n# v2\n' } }),
    );

    expect(changed).toMatchObject({ url: first.url, outcome: 'updated' });
    expect(github.fileOn(first.branch, PATH)).toBe('program: demo\npairing: 2026-lee-okafor\n# v2\n');
    expect(github.git.commits.get(github.branchHead(first.branch) as string)?.parents).toEqual([oldHead]);
    expect(github.pulls()).toHaveLength(1);
  });

  it('updates the title and body of the open pull request when they changed', async () => {
    await openRecordPullRequest(client, repo(), request());
    const result = await openRecordPullRequest(client, repo(), request({ body: 'New summary' }));
    expect(result.outcome).toBe('updated');
    expect(github.pulls()[0]?.body).toBe('New summary');
  });

  it('refuses when the file exists on the default branch, and leaves it untouched', async () => {
    github.commit('main', { [PATH]: 'the signed original\n' });
    const writesBefore = github.writeRequests().length;

    const error = await openRecordPullRequest(client, repo(), request()).catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(GitHubError);
    expect(error).toMatchObject({ kind: 'conflict' });
    expect((error as Error).message).toBe(`${PATH} already exists on main; it was not changed. Use --amend to propose a change to it.`);
    expect(github.writeRequests().length).toBe(writesBefore);
    expect(github.fileOn('main', PATH)).toBe('the signed original\n');
    expect(github.branches()).toEqual(['main']);
  });

  it('with amend, opens a pull request that changes the existing file', async () => {
    github.commit('main', { [PATH]: 'the signed original\n' });
    const result = await openRecordPullRequest(client, repo(), request({ amend: true }));
    expect(result.outcome).toBe('created');
    expect(github.fileOn('main', PATH)).toBe('the signed original\n');
    expect(github.fileOn(result.branch, PATH)).toBe('program: demo\npairing: 2026-lee-okafor\n');
  });

  it('with amend but nothing different from the default branch, says there is nothing to change', async () => {
    github.commit('main', { [PATH]: 'program: demo\npairing: 2026-lee-okafor\n' });
    await expect(openRecordPullRequest(client, repo(), request({ amend: true }))).rejects.toMatchObject({
      kind: 'conflict',
      message: `${PATH} on main already read exactly as proposed: there is nothing to change.`,
    });
    expect(github.pulls()).toEqual([]);
  });

  it('deletes a file when its content is null', async () => {
    github.commit('main', { [PATH]: 'old\n', 'content/pairings/demo/2026-lee-okafor.yaml': 'pairing\n' });
    const result = await openRecordPullRequest(client, repo(), request({ files: { [PATH]: null }, mustNotExistOnBase: [] }));
    expect(github.fileOn(result.branch, PATH)).toBeUndefined();
    expect(github.fileOn(result.branch, 'content/pairings/demo/2026-lee-okafor.yaml')).toBe('pairing\n');
    expect(github.fileOn('main', PATH)).toBe('old\n');
  });
});

describe('openRecordPullRequest when GitHub fails', () => {
  it('retries a 502 on the pull request call', async () => {
    github.failNext({ method: 'POST', route: '/repos/{owner}/{repo}/pulls', status: 502, times: 2 });
    const result = await openRecordPullRequest(client, repo(), request());
    expect(result.outcome).toBe('created');
    expect(github.requestsTo('POST', '/repos/{owner}/{repo}/pulls').map((r) => r.status)).toEqual([502, 502, 201]);
    expect(github.pulls()).toHaveLength(1);
  });

  it('treats "A pull request already exists" after a 502 that had succeeded as its own success', async () => {
    github.failNext({ method: 'POST', route: '/repos/{owner}/{repo}/pulls', status: 502, apply: true });
    const result = await openRecordPullRequest(client, repo(), request());
    expect(github.requestsTo('POST', '/repos/{owner}/{repo}/pulls').map((r) => r.status)).toEqual([502, 422]);
    expect(result).toMatchObject({ outcome: 'created', number: 1 });
    expect(github.pulls()).toHaveLength(1);
    expect(github.pulls()[0]?.labels).toEqual(['contract', 'program:demo']);
    expect(github.pulls()[0]?.pull?.requestedReviewers).toEqual(['casey-coord', 'robin-review']);
  });

  it('treats "Reference already exists" after a 502 that had created the branch as success', async () => {
    github.failNext({ method: 'POST', route: '/repos/{owner}/{repo}/git/refs', status: 502, apply: true });
    const result = await openRecordPullRequest(client, repo(), request());
    expect(github.requestsTo('POST', '/repos/{owner}/{repo}/git/refs').map((r) => r.status)).toEqual([502, 422]);
    expect(result.outcome).toBe('created');
    expect(github.fileOn(result.branch, PATH)).toBe('program: demo\npairing: 2026-lee-okafor\n');
    // No second commit was stacked on the branch.
    expect(github.git.commits.get(github.branchHead(result.branch) as string)?.parents).toEqual([github.branchHead('main')]);
  });

  it('gives up after the retries with one sentence naming the step', async () => {
    github.failNext({ method: 'GET', route: '/repos/{owner}/{repo}', status: 503, times: 10 });
    await expect(openRecordPullRequest(client, repo(), request())).rejects.toMatchObject({
      kind: 'server',
      message:
        'GitHub kept answering with a server error (503) while reading the repository, even after retrying: try again in a few minutes.',
    });
    expect(github.requestsTo('GET', '/repos/{owner}/{repo}')).toHaveLength(4);
  });

  it('says the branch is on GitHub and a rerun finishes the job when the pull request call keeps failing', async () => {
    // One answer more than the client's three retries.
    github.failNext({ method: 'POST', route: '/repos/{owner}/{repo}/pulls', status: 502, times: 4 });
    await expect(openRecordPullRequest(client, repo(), request())).rejects.toMatchObject({
      kind: 'server',
      status: 502,
      message:
        'GitHub kept answering with a server error (502) while creating the pull request, even after retrying: try again in a few minutes. The branch tandem/contract-b7e2145cc173 is on GitHub; run the same command again to finish.',
    });
    expect(github.requestsTo('POST', '/repos/{owner}/{repo}/pulls')).toHaveLength(4);
    expect(github.fileOn('tandem/contract-b7e2145cc173', PATH)).toBe('program: demo\npairing: 2026-lee-okafor\n');
    expect(github.pulls()).toHaveLength(0);
    expect(github.pendingFaults()).toEqual([]);

    // The rerun the message asks for does finish it: the same branch, one pull request.
    const result = await openRecordPullRequest(client, repo(), request());
    expect(result).toMatchObject({ outcome: 'created', number: 1, branch: 'tandem/contract-b7e2145cc173' });
    expect(github.pulls()).toHaveLength(1);
  });

  it('waits out a secondary rate limit and carries on', async () => {
    github.failNext({
      method: 'POST',
      route: '/repos/{owner}/{repo}/git/blobs',
      status: 403,
      body: { message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.' },
      headers: { 'retry-after': '1' },
    });
    const result = await openRecordPullRequest(client, repo(), request());
    expect(result.outcome).toBe('created');
    expect(notices).toContain('GitHub asks us to slow down; waiting 1 s before trying again.');
  });

  it('reports a primary rate limit with the time it resets', async () => {
    const reset = Math.floor(Date.UTC(2030, 0, 1, 14, 5) / 1000);
    github.failNext({
      method: 'GET',
      route: '/repos/{owner}/{repo}',
      status: 403,
      body: { message: 'API rate limit exceeded for user ID 1.' },
      headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(reset) },
    });
    await expect(openRecordPullRequest(client, repo(), request())).rejects.toMatchObject({
      kind: 'rate-limited',
      message: "GitHub's rate limit for this token is used up while reading the repository. It resets at 14:05 UTC.",
    });
  });

  it.each([
    [401, 'unauthorized', 'GitHub rejected the token (401 Bad credentials): check that GITHUB_TOKEN is complete and has not expired.'],
    [
      403,
      'forbidden',
      'The token may not do this in tandem-test/mentoring (403 while reading the repository): give it Contents and Pull requests read and write access to that repository.',
    ],
    [
      404,
      'not-found',
      "GitHub found no repository tandem-test/mentoring, or the token cannot see it (404 while reading the repository): check GITHUB_REPOSITORY and the token's repository access.",
    ],
  ])('maps %i to one sentence (%s)', async (status, kind, message) => {
    github.failNext({ method: 'GET', route: '/repos/{owner}/{repo}', status, body: { message: 'Nope' } });
    await expect(openRecordPullRequest(client, repo(), request())).rejects.toMatchObject({ kind, message, status });
    expect(github.requestsTo('GET', '/repos/{owner}/{repo}')).toHaveLength(1);
  });

  it('says the repository is unknown for a repository the server does not have', async () => {
    const other = clientFor(github, { ...github.env(), GITHUB_REPOSITORY: 'someone/else' });
    await expect(openRecordPullRequest(other, { owner: 'someone', name: 'else' }, request())).rejects.toMatchObject({ kind: 'not-found' });
  });

  it('says GitHub cannot be reached when nothing listens at the API URL', async () => {
    const url = github.url;
    await github.close();
    const offline = clientFor(github, { ...github.env(), GITHUB_API_URL: url });
    await expect(openRecordPullRequest(offline, repo(), request())).rejects.toMatchObject({
      kind: 'network',
      message: "Could not reach GitHub's API while reading the repository: check GITHUB_API_URL and the network connection.",
    });
    github = await GitHubTestServer.start();
  });
});

describe('review requests', () => {
  it('leaves the pull request author out of the reviewers', async () => {
    await github.close();
    github = await GitHubTestServer.start({ login: 'casey-coord', collaborators: { 'casey-coord': 'write', 'robin-review': 'write' } });
    client = clientFor(github);
    const result = await openRecordPullRequest(client, repo(), request());
    expect(result.warnings).toEqual([]);
    expect(github.pulls()[0]?.pull?.requestedReviewers).toEqual(['robin-review']);
  });

  it('keeps the pull request and warns when GitHub refuses a reviewer', async () => {
    await github.close();
    github = await GitHubTestServer.start({ collaborators: { 'casey-coord': 'write' } });
    client = clientFor(github);
    const result = await openRecordPullRequest(client, repo(), request());
    expect(result.outcome).toBe('created');
    expect(result.warnings).toEqual([
      'GitHub would not request a review from casey-coord, robin-review: Reviews may only be requested from collaborators. One or more of the users or teams you specified is not a collaborator of the tandem-test/mentoring repository.',
    ]);
    expect(github.pulls()).toHaveLength(1);
  });
});
