/**
 * scripts/issue-to-pr.ts end to end: a real `issues` event file, the real
 * script, and the GitHub-shaped test server; assertions on the server's state.
 */
import { cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { main } from '../../scripts/issue-to-pr.ts';
import { pairingYamlHead } from '../support/pairing-records.ts';
import { GitHubTestServer } from '../support/github-server.ts';
import { runMain, runProcess } from '../support/run-main.ts';
import { submittedActionBody } from './action-body.ts';
import { repositoryProgram, repositoryPrograms } from './programs.ts';

const TODAY = '2026-02-20';
const PAIRING_PATH = 'content/pairings/alao/2026-brightwater-osei.yaml';

/** The pairing the check-in is recorded in. */
const PAIRING = `${pairingYamlHead('alao', {
  mentor: { name: 'Marguerite Brightwater', email: 'marguerite.brightwater@example.edu' },
  mentee: { name: 'Kwame Osei', email: 'kwame.osei@example.edu' },
  notified: '2026-01-20',
})}status: active
`;
/** Words from the form that must never reach the workflow's log. */
const PERSONAL = ['Brightwater', 'Kwame', 'marguerite.brightwater@example.edu', '614 555'];

let root: string;
let github: GitHubTestServer;

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'issue-to-pr-'));
  for (const program of repositoryPrograms()) {
    await mkdir(join(root, 'content/programs', program.id), { recursive: true });
    await cp(join('content/programs', program.id, 'program.yaml'), join(root, 'content/programs', program.id, 'program.yaml'));
  }
  await mkdir(join(root, 'content/pairings/alao'), { recursive: true });
  await writeFile(join(root, PAIRING_PATH), PAIRING);
  github = await GitHubTestServer.start({
    collaborators: { 'alao-mentoring-coordinator': 'write', 'alao-pdc-chair': 'write', 'helpful-member': 'write' },
    files: { [PAIRING_PATH]: PAIRING },
  });
});

afterEach(async () => {
  await github.close();
  await rm(root, { recursive: true, force: true });
});

interface ScriptRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** The script's main in this process, or (`spawn`, once) the real `node scripts/issue-to-pr.ts`, as the workflow runs it. */
async function runIssueToPr(issueNumber: number, action = 'opened', spawn = false): Promise<ScriptRun> {
  const issue = github.issues.get(issueNumber);
  if (!issue) throw new Error(`no issue ${issueNumber}`);
  const eventPath = join(root, 'event.json');
  await writeFile(eventPath, JSON.stringify({ action, issue: github.issueJson(issue), repository: { full_name: github.slug } }));
  const env = { ...process.env, ...github.env(), GITHUB_EVENT_PATH: eventPath };
  const args = ['--root', root, '--today', TODAY];
  if (!spawn) return runMain(main, args, { env });
  const run = await runProcess('scripts/issue-to-pr.ts', args, { env });
  return { ...run, code: run.code ?? -1 };
}

const CHECK_IN = { program: repositoryProgram('alao').name, pairing: '2026-brightwater-osei', date: '2026-02-18' };

const fileIssue = (author: string, labels = ['coordinator-action', 'action:check-in']) =>
  github.seedIssue({ title: 'Check-in', body: submittedActionBody('check-in', CHECK_IN), labels, author });

const commentsOn = (issueNumber: number) => [...github.comments.values()].filter((comment) => comment.issue === issueNumber);

function expectNoPersonalData(result: ScriptRun): void {
  for (const word of PERSONAL) {
    expect(result.stdout).not.toContain(word);
    expect(result.stderr).not.toContain(word);
  }
}

describe('scripts/issue-to-pr.ts against the test GitHub server', () => {
  it("turns a collaborator's action form into one pull request, run as the workflow runs it", async () => {
    const issue = fileIssue('helpful-member');
    const result = await runIssueToPr(issue.number, 'opened', true);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toContain(`issue #${issue.number}: opened.`);
    expectNoPersonalData(result);
    expect(github.pulls()).toHaveLength(1);
    expect(github.pulls()[0]!.body).toContain(`Asked by @helpful-member in #${issue.number}.`);
    expect(commentsOn(issue.number)).toHaveLength(1);
  });

  it('does nothing for an issue without the coordinator-action label', async () => {
    const issue = fileIssue('helpful-member', ['contract-request', 'program:alao']);
    const result = await runIssueToPr(issue.number);
    expect(result).toEqual({
      code: 0,
      stdout: '',
      stderr: `issue-to-pr: issue #${issue.number} has no coordinator-action label; nothing to do.\n`,
    });
    expect(github.writeRequests()).toEqual([]);
  });

  it('does nothing at all in a public or internal repository: no comment, no branch, exit 2 with one sentence', async () => {
    for (const visibility of ['public', 'internal'] as const) {
      github.visibility = visibility;
      const issue = fileIssue('helpful-member');
      const result = await runIssueToPr(issue.number);
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(new RegExp(`the repository ${github.slug} is ${visibility}`));
      expect(result.stderr).not.toMatch(/\n\s+at /);
      expectNoPersonalData(result);
    }
    expect(github.writeRequests()).toEqual([]);
    expect(github.requestsTo('GET', '/repos/{owner}/{repo}/collaborators/{username}/permission')).toEqual([]);
  });

  it('exits 2 with one sentence when GitHub rejects the token', async () => {
    const issue = fileIssue('helpful-member');
    const eventPath = join(root, 'event.json');
    await writeFile(eventPath, JSON.stringify({ action: 'opened', issue: github.issueJson(issue) }));
    const env = { ...process.env, ...github.env(), GITHUB_TOKEN: 'ghp_wrongtoken', GITHUB_EVENT_PATH: eventPath };
    const failure = await runMain(main, ['--root', root, '--today', TODAY], { env });
    expect(failure?.code).toBe(2);
    expect(failure?.stderr).toMatch(/401/);
    expect(failure?.stderr).not.toContain('ghp_wrongtoken');
    expect(failure?.stderr).not.toMatch(/\n\s+at /);
    expect(github.pulls()).toEqual([]);
  });
});
