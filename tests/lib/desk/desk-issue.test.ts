import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { main } from '../../../scripts/desk-issue.ts';
import { createGitHubClient, readGitHubSettings } from '../../../src/lib/github/index.ts';
import { upsertLabelledIssue } from '../../../src/lib/github/upsert-labelled-issue.ts';
import { GitHubTestServer } from '../../support/github-server.ts';
import { runMain, runProcess } from '../../support/run-main.ts';
import { FIXTURE_ROOT } from '../../support/desk-fixture-repo.ts';

/** The test server's token user: the account the bot writes as. */
const BOT = 'coordinator-bot';
let github: GitHubTestServer;
beforeEach(async () => {
  github = await GitHubTestServer.start();
});
afterEach(async () => {
  await github.close();
});

const client = () => createGitHubClient(readGitHubSettings(github.env()), { delayScale: 0.001 });
const openDeskIssues = () =>
  [...github.issues.values()].filter((issue) => issue.state === 'open' && issue.labels.includes('desk') && !issue.pull);

describe('upsertLabelledIssue', () => {
  it('creates the issue once, then edits it, and leaves it alone when nothing changed', async () => {
    const repo = readGitHubSettings(github.env()).repo;
    const first = await upsertLabelledIssue(client(), repo, { label: 'desk', title: 'Desk', body: 'week 1' });
    expect(first.outcome).toBe('created');
    const second = await upsertLabelledIssue(client(), repo, { label: 'desk', title: 'Desk', body: 'week 2' });
    expect(second).toMatchObject({ outcome: 'updated', number: first.number });
    const third = await upsertLabelledIssue(client(), repo, { label: 'desk', title: 'Desk', body: 'week 2' });
    expect(third).toMatchObject({ outcome: 'unchanged', number: first.number });
    expect(openDeskIssues().map((issue) => [issue.number, issue.body])).toEqual([[first.number, 'week 2']]);
    expect(github.requestsTo('POST', '/repos/{owner}/{repo}/issues')).toHaveLength(1);
  });

  it('ignores closed desk issues, other labels and pull requests, and closes duplicate open ones', async () => {
    github.seedIssue({ title: 'Old desk', body: 'closed', labels: ['desk'], author: BOT }).state = 'closed';
    github.seedIssue({ title: 'Unrelated', labels: ['pairing'] });
    const keep = github.seedIssue({ title: 'Desk', body: 'a', labels: ['desk'], author: BOT });
    const twin = github.seedIssue({ title: 'Desk', body: 'b', labels: ['desk'], author: BOT });
    const repo = readGitHubSettings(github.env()).repo;
    const result = await upsertLabelledIssue(client(), repo, { label: 'desk', title: 'Desk', body: 'now' });
    expect(result).toMatchObject({ number: keep.number, outcome: 'updated', closedDuplicates: [twin.number] });
    expect(openDeskIssues().map((issue) => issue.number)).toEqual([keep.number]);
  });

  it('never edits or closes the issue of someone without write access that carries the label: it keeps its own', async () => {
    const theirs = github.seedIssue({ title: 'Desk', body: 'click here', labels: ['desk'], author: 'stranger' });
    const repo = readGitHubSettings(github.env()).repo;
    const result = await upsertLabelledIssue(client(), repo, { label: 'desk', title: 'Desk', body: 'now' });
    expect(result.outcome).toBe('created');
    expect(github.issues.get(theirs.number)).toMatchObject({ state: 'open', body: 'click here' });
    expect(github.issues.get(result.number)?.author).toBe(BOT);
  });
});

describe('scripts/desk-issue.ts', () => {
  it('keeps one desk issue across weekly runs, with ids and no names, and prints no pairing id', async () => {
    const env = { ...process.env, ...github.env() };
    // The real `node scripts/desk-issue.ts` once; main in this process the week after.
    const week1 = await runProcess('scripts/desk-issue.ts', ['--today', '2026-03-20'], { cwd: FIXTURE_ROOT, env });
    expect(week1.code, week1.stderr).toBe(0);
    expect(week1.stdout).toMatch(/issue #\d+ created/);
    const week2 = await runMain(main, ['--today', '2026-03-27'], { cwd: FIXTURE_ROOT, env });
    expect(week2.code, week2.stderr).toBe(0);
    expect(week2.stdout).toMatch(/issue #\d+ updated/);
    const issues = openDeskIssues();
    expect(issues).toHaveLength(1);
    expect(issues[0]!.title).toBe("Coordinator's desk");
    expect(issues[0]!.body).toContain('What needs a coordinator on 2026-03-27');
    expect(issues[0]!.body).toContain('- [ ] `2026-pemberton-oakes`: no contract yet');
    expect(issues[0]!.body).not.toMatch(/Pemberton|Oakes|@example/);
    expect(`${week1.stdout}${week2.stdout}`).not.toContain('pemberton');
  });

  it('exits 2 with one sentence when the GitHub settings are missing', async () => {
    const env = { ...process.env, GITHUB_TOKEN: '', GITHUB_REPOSITORY: github.slug };
    const failure = await runMain(main, ['--today', '2026-03-20'], { cwd: FIXTURE_ROOT, env });
    expect(failure).toMatchObject({ code: 2 });
    expect(failure.stderr).toContain('Set GITHUB_TOKEN');
    expect(failure.stderr).not.toContain('    at ');
  });
});
