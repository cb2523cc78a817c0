/**
 * scripts/issue-to-pr.ts end to end: a real `issues` event file, the real
 * script, and the GitHub-shaped test server; assertions on the server's state.
 */
import { cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { COMMENT_MARKER } from '../../src/lib/issue-forms/comment.ts';
import { contractDraftYaml, parseContractRequest } from '../../src/lib/issue-forms/parse.ts';
import { main } from '../../scripts/issue-to-pr.ts';
import { pairingYamlHead } from '../desk/records.ts';
import { GitHubTestServer } from '../support/github-server.ts';
import { runMain, runProcess } from '../support/run-main.ts';
import { fixture, repositoryPrograms } from './programs.ts';

const TODAY = '2026-02-20';
const CONTRACT_PATH = 'content/contracts/alao/2026-brightwater-osei.yaml';

/** The pairing the ALAO fixture's contract belongs to. */
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
  await writeFile(join(root, 'content/pairings/alao/2026-brightwater-osei.yaml'), PAIRING);
  github = await GitHubTestServer.start({
    collaborators: { 'alao-mentoring-coordinator': 'write', 'alao-pdc-chair': 'write', 'helpful-member': 'write' },
    files: { 'content/pairings/alao/2026-brightwater-osei.yaml': PAIRING },
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

const fileIssue = (body: string, author: string) =>
  github.seedIssue({ title: '[ALAO] Contract request', body, labels: ['contract-request', 'program:alao'], author });

const commentsOn = (issueNumber: number) => [...github.comments.values()].filter((comment) => comment.issue === issueNumber);

function expectNoPersonalData(result: ScriptRun): void {
  for (const word of PERSONAL) {
    expect(result.stdout).not.toContain(word);
    expect(result.stderr).not.toContain(word);
  }
}

describe('scripts/issue-to-pr.ts against the test GitHub server', () => {
  it("turns a collaborator's filled form into one pull request holding the contract, and one comment linking it", async () => {
    const issue = fileIssue(fixture('alao-mentoring.md'), 'helpful-member');
    const result = await runIssueToPr(issue.number, 'opened', true);
    expect(result.code, result.stderr).toBe(0);
    expectNoPersonalData(result);

    const pulls = github.pulls();
    expect(pulls).toHaveLength(1);
    const pull = pulls[0]!;
    expect(pull.pull?.head).toBe('tandem/contract-de513a486690');
    expect(pull.labels).toEqual(expect.arrayContaining(['contract', 'program:alao']));
    // The pull request names who asked, and links back to the issue.
    expect(pull.body).toMatch(new RegExp(`\\n\\nAsked by @helpful-member in #${issue.number}\\.$`));
    const expectedYaml = contractDraftYaml(parseContractRequest(fixture('alao-mentoring.md'), repositoryPrograms()).contract);
    expect(github.fileOn('tandem/contract-de513a486690', CONTRACT_PATH)).toBe(expectedYaml);
    expect(github.fileOn('main', CONTRACT_PATH)).toBeUndefined();

    const comments = commentsOn(issue.number);
    expect(comments).toHaveLength(1);
    expect(comments[0]!.body).toContain(COMMENT_MARKER);
    expect(comments[0]!.body).toContain(`pull request #${pull.number}`);
    expect(comments[0]!.body).toContain(`/pull/${pull.number}`);
    expect(comments[0]!.body).toMatch(/passed validation/);
  });

  it('after the issue is edited, updates the same pull request and rewrites its comment: still one of each', async () => {
    const issue = fileIssue(fixture('alao-mentoring.md'), 'helpful-member');
    expect((await runIssueToPr(issue.number)).code).toBe(0);
    issue.body = fixture('alao-mentoring.md').replace(
      'Present a poster at the state conference',
      'Present a paper at the state conference',
    );
    const again = await runIssueToPr(issue.number, 'edited');
    expect(again.code, again.stderr).toBe(0);

    expect(github.pulls()).toHaveLength(1);
    expect(github.fileOn('tandem/contract-de513a486690', CONTRACT_PATH)).toContain('Present a paper at the state conference');
    expect(github.pulls()[0]!.body).toContain(`Asked by @helpful-member in #${issue.number}.`);
    const comments = commentsOn(issue.number);
    expect(comments).toHaveLength(1);
    expect(comments[0]!.body).toMatch(/now holds the answers of this issue/);
  });

  // GitHub's author_association says COLLABORATOR for a read-only collaborator and MEMBER for any member of the
  // organisation: only the role GitHub reports for the author decides.
  it.each([
    ['read', 'COLLABORATOR', /@form-filler can read this repository but not change it/],
    ['triage', 'COLLABORATOR', /@form-filler can sort this repository's issues but not change its files/],
    ['an organisation member without a role', 'MEMBER', /@form-filler is not a collaborator of this repository/],
    ['a stranger (404)', 'NONE', /@form-filler is not a collaborator of this repository/],
  ] as const)('answers an author with %s politely, saying why, and opens nothing', async (role, association, why) => {
    if (role === 'read' || role === 'triage') github.collaborators.set('form-filler', role);
    if (association === 'MEMBER') github.members.add('form-filler');
    const issue = fileIssue(fixture('alao-mentoring.md'), 'form-filler');
    expect(github.issueJson(issue)['author_association']).toBe(association);
    const result = await runIssueToPr(issue.number);
    expect(result.code, result.stderr).toBe(0);
    expect(github.pulls()).toEqual([]);
    expect(github.branches()).toEqual(['main']);
    const permissionAsked = github.requestsTo('GET', '/repos/{owner}/{repo}/collaborators/{username}/permission');
    expect(permissionAsked.map((request) => request.status)).toEqual([role === 'a stranger (404)' ? 404 : 200]);
    const writes = github.writeRequests().map((request) => `${request.method} ${request.route}`);
    expect(writes).toEqual(['POST /repos/{owner}/{repo}/issues/{issue_number}/comments']);
    const comments = commentsOn(issue.number);
    expect(comments).toHaveLength(1);
    expect(comments[0]!.body).toMatch(/Thank you for filling in this form/);
    expect(comments[0]!.body).toMatch(why);
    expect(comments[0]!.body).toMatch(/write, maintain or admin role/);
    expect(comments[0]!.body).toMatch(/nothing has been created from this issue/);
  });

  it.each(['write', 'maintain', 'admin'] as const)(
    'opens the pull request for an author with the %s role, naming who asked',
    async (role) => {
      github.collaborators.set('form-filler', role);
      const issue = fileIssue(fixture('alao-mentoring.md'), 'form-filler');
      const result = await runIssueToPr(issue.number);
      expect(result.code, result.stderr).toBe(0);
      expect(github.pulls()).toHaveLength(1);
      expect(github.pulls()[0]!.body).toContain(`Asked by @form-filler in #${issue.number}.`);
    },
  );

  it('does nothing at all in a public or internal repository: no comment, no branch, exit 2 with one sentence', async () => {
    for (const visibility of ['public', 'internal'] as const) {
      github.visibility = visibility;
      const issue = fileIssue(fixture('alao-mentoring.md'), 'helpful-member');
      const result = await runIssueToPr(issue.number);
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(new RegExp(`the repository ${github.slug} is ${visibility}`));
      expect(result.stderr).not.toMatch(/\n\s+at /);
      expectNoPersonalData(result);
    }
    expect(github.writeRequests()).toEqual([]);
    expect(github.requestsTo('GET', '/repos/{owner}/{repo}/collaborators/{username}/permission')).toEqual([]);
  });

  it("lists what to fix, by the form's labels, for an invalid form, and opens nothing", async () => {
    const issue = fileIssue(fixture('alao-invalid.md'), 'helpful-member');
    const result = await runIssueToPr(issue.number);
    expect(result.code, result.stderr).toBe(1);
    expectNoPersonalData(result);
    expect(github.pulls()).toEqual([]);
    expect(github.branches()).toEqual(['main']);
    expect(github.writeRequests().map((request) => request.method + ' ' + request.route)).toEqual([
      'POST /repos/{owner}/{repo}/issues/{issue_number}/comments',
    ]);

    const [comment] = commentsOn(issue.number);
    expect(comment?.body).toMatch(/cannot become a pull request yet/);
    expect(comment?.body).toMatch(/^- \*\*Party 1: Email\*\*: /m);
    expect(comment?.body).toMatch(/^- \*\*Party 2: Date signed\*\*: /m);
    expect(comment?.body).toMatch(/^- \*\*Duration of commitment \(months\)\*\*: /m);
    // A missing answer is reported at its parent; the validator's sentence names the field itself.
    expect(comment?.body).toMatch(/^- .*Communication methods.*add it/m);
    expect(comment?.body).not.toMatch(/\n\s+at |Error:|\.ts:\d+/);
    expect(comment?.body).toMatch(/Edit this issue/);
  });

  it('says so when the issue was not written with a contract form', async () => {
    const issue = fileIssue(fixture('not-a-form.md'), 'helpful-member');
    const result = await runIssueToPr(issue.number);
    expect(result.code).toBe(1);
    expect(github.pulls()).toEqual([]);
    expect(commentsOn(issue.number)[0]?.body).toMatch(/open it with one of the contract forms/);
  });

  it('never overwrites a contract already on file: it says so and opens nothing', async () => {
    github.commit('main', { [CONTRACT_PATH]: 'program: alao\n' }, 'A contract already on file');
    const issue = fileIssue(fixture('alao-mentoring.md'), 'helpful-member');
    const result = await runIssueToPr(issue.number);
    expect(result.code, result.stderr).toBe(1);
    expect(github.pulls()).toEqual([]);
    expect(github.fileOn('main', CONTRACT_PATH)).toBe('program: alao\n');
    expect(commentsOn(issue.number)[0]?.body).toMatch(/already on file .*nothing was changed/);
  });

  it('exits 2 with one sentence when GitHub rejects the token', async () => {
    const issue = fileIssue(fixture('alao-mentoring.md'), 'helpful-member');
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
