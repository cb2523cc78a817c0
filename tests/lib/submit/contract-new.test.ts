/**
 * `npm run contract:new` end to end: the real script, a copy of the fixture
 * repository, and the GitHub-shaped server; assertions on what the server
 * holds afterwards and on what the coordinator reads.
 */
import { copyFile, mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { main as validateMain } from '../../../scripts/validate.ts';
import { GitHubTestServer } from '../../support/github-server.ts';
import { runMain } from '../../support/run-main.ts';
import { commandEnv, FIXTURES, fixtureRepository, lastLine, runScript, writeDraft, type CommandRun } from '../../support/run-command.ts';

const TODAY = ['--today', '2026-03-10'];
const PATH = 'content/contracts/demo/2026-lee-okafor.yaml';
const BRANCH = 'tandem/contract-b7e2145cc173';
/** Recognisable, so that a leak anywhere in the output would be found. */
const SECRET = 'ghp_TANDEMsecretTOKENthatMUSTneverBEprinted01';

let draft: string;
let invalidDraft: string;
let github: GitHubTestServer;
let repository: { root: string; remove: () => Promise<void> };
const outputs: CommandRun[] = [];

beforeAll(async () => {
  draft = await readFile(join(FIXTURES, 'drafts/contract.yaml'), 'utf8');
  invalidDraft = await readFile(join(FIXTURES, 'drafts/contract-invalid.yaml'), 'utf8');
});

beforeEach(async () => {
  github = await GitHubTestServer.start({ token: SECRET, collaborators: { 'casey-coord': 'write', 'robin-review': 'maintain' } });
  repository = await fixtureRepository();
});

afterEach(async () => {
  await github.close();
  await repository.remove();
});

afterAll(() => {
  // Whatever happened in any run, the token was never printed.
  expect(outputs.length).toBeGreaterThan(0);
  for (const run of outputs) expect(`${run.stdout}${run.stderr}`).not.toContain(SECRET);
});

async function contractNew(args: string[], env: Record<string, string | undefined> = github.env(), stdin?: string): Promise<CommandRun> {
  const run = await runScript('contract-new', [...args, ...TODAY], {
    cwd: repository.root,
    env: commandEnv(env),
    ...(stdin ? { stdin } : {}),
  });
  outputs.push(run);
  return run;
}

describe('contract:new --from', () => {
  it('opens one pull request holding the contract and prints its URL last', async () => {
    const from = await writeDraft(repository.root, 'draft.yaml', draft);
    const run = await contractNew(['--from', from]);

    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(lastLine(run.stdout)).toBe(`${github.url}/${github.slug}/pull/1`);
    expect(github.fileOn(BRANCH, PATH)).toBe(draft);
    expect(github.fileOn('main', PATH)).toBeUndefined();
    const pulls = github.pulls();
    expect(pulls).toHaveLength(1);
    const [pull] = pulls;
    expect(pull?.title).toBe('Add contract b7e2145cc173 in DEMO (demo)');
    expect(pull?.labels).toEqual(['contract', 'program:demo']);
    expect(pull?.pull).toMatchObject({ head: BRANCH, base: 'main', requestedReviewers: ['casey-coord', 'robin-review'] });
    expect(pull?.body).toContain('| Program | Demo Mentoring Program (`demo`) |');
    expect(pull?.body).toContain('| Kind of mentoring | Mentor and mentee |');
    expect(pull?.body).toContain('| Mentor | Jordan Lee (date signed 2026-02-03) |');
    expect(pull?.body).toContain('| Mentee | Ada Okafor (date signed 2026-02-04) |');
    expect(pull?.body).toContain('| Start date | 2026-02-10 |');
    expect(pull?.body).toContain('| Duration of commitment (months) | 10 |');
    expect(pull?.body).toContain('| Frequency of meetings | Monthly |');
    expect(pull?.body).toContain('| Communication methods | Video call, Phone |');
    expect(pull?.body).toContain('1. Prepare a dossier for continuing appointment\n2. Present a poster at the state conference');
    expect(pull?.body).toContain("## Coordinator's checklist");
    expect(pull?.body).toContain('- [ ] The file matches what both people signed');
    const commit = github.git.commits.get(github.branchHead(BRANCH) as string);
    expect(commit?.message).toBe('Add contract b7e2145cc173 in DEMO (demo)');
  });

  it('finds the same branch and pull request when run again, and writes nothing', async () => {
    const from = await writeDraft(repository.root, 'draft.yaml', draft);
    const first = await contractNew(['--from', from]);
    const writes = github.writeRequests().length;
    const second = await contractNew(['--from', from]);

    expect(second.code).toBe(0);
    expect(lastLine(second.stdout)).toBe(lastLine(first.stdout));
    expect(second.stdout).toContain('Already up to date: pull request #1');
    expect(github.pulls()).toHaveLength(1);
    expect(github.writeRequests()).toHaveLength(writes);
  });

  it('updates the file on the branch when the draft changed', async () => {
    const from = await writeDraft(repository.root, 'draft.yaml', draft);
    const first = await contractNew(['--from', from]);
    const changed = draft.replace('durationMonths: 10', 'durationMonths: 11');
    await writeDraft(repository.root, 'draft.yaml', changed);
    const second = await contractNew(['--from', from]);

    expect(second.code).toBe(0);
    expect(lastLine(second.stdout)).toBe(lastLine(first.stdout));
    expect(second.stdout).toContain('Updated pull request #1');
    expect(github.fileOn(BRANCH, PATH)).toBe(changed);
    expect(github.pulls()).toHaveLength(1);
    expect(github.pulls()[0]?.body).toContain('| Duration of commitment (months) | 11 |');
  });

  it('reads the draft from standard input with --from -', async () => {
    const run = await contractNew(['--from', '-'], github.env(), draft);
    expect(run.code).toBe(0);
    expect(github.fileOn(BRANCH, PATH)).toBe(draft);
  });

  it('prints the same diagnostics as npm run validate for an invalid draft and makes zero requests', async () => {
    const from = await writeDraft(repository.root, 'bad.yaml', invalidDraft);
    const run = await contractNew(['--from', from]);

    expect(run.code).toBe(1);
    expect(run.stderr).toBe('contract:new: The draft is invalid: nothing was sent to GitHub.\n');
    expect(github.requests).toEqual([]);

    // The validator's own output for the same file placed at its path, with the draft's name instead of the path.
    await mkdir(join(repository.root, 'content/contracts/demo'), { recursive: true });
    await copyFile(from, join(repository.root, PATH));
    const validate = await runMain(validateMain, [PATH, ...TODAY], { cwd: repository.root });
    const diagnosticLines = (text: string) => text.split('\n').filter((line) => /:\d+:\d+: (error|warning): /.test(line));
    expect(diagnosticLines(validate.stdout).length).toBeGreaterThan(0);
    expect(diagnosticLines(run.stdout)).toEqual(diagnosticLines(validate.stdout).map((line) => line.replace(PATH, from)));
    expect(run.stdout).toMatch(/^Invalid: \d+ errors? and \d+ warnings? in 1 file\.$/m);
  });

  it('refuses a contract that already exists on the default branch and leaves it as it was', async () => {
    github.commit('main', { [PATH]: 'the signed original\n' });
    const from = await writeDraft(repository.root, 'draft.yaml', draft);
    const run = await contractNew(['--from', from]);

    expect(run.code).toBe(1);
    expect(run.stderr).toBe(`contract:new: ${PATH} already exists on main; it was not changed. Use --amend to propose a change to it.\n`);
    expect(github.fileOn('main', PATH)).toBe('the signed original\n');
    expect(github.branches()).toEqual(['main']);
    expect(github.writeRequests()).toEqual([]);
  });

  it('refuses a contract already in the local repository without asking GitHub', async () => {
    await mkdir(join(repository.root, 'content/contracts/demo'), { recursive: true });
    await writeDraft(repository.root, PATH, draft);
    const from = await writeDraft(repository.root, 'draft.yaml', draft.replace('durationMonths: 10', 'durationMonths: 9'));
    const run = await contractNew(['--from', from]);

    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`${PATH} already exists in this repository; it was not changed. Use --amend to propose a change to it.`);
    expect(github.requests).toEqual([]);
  });

  it('with --amend opens a pull request that changes the existing contract', async () => {
    github.commit('main', { [PATH]: 'the signed original\n' });
    const from = await writeDraft(repository.root, 'draft.yaml', draft);
    const run = await contractNew(['--from', from, '--amend']);

    expect(run.code).toBe(0);
    expect(github.fileOn(BRANCH, PATH)).toBe(draft);
    expect(github.fileOn('main', PATH)).toBe('the signed original\n');
    expect(github.pulls()[0]?.title).toBe('Amend contract b7e2145cc173 in DEMO (demo)');
  });

  it('--dry-run prints the plan and makes no request, even without a token', async () => {
    const from = await writeDraft(repository.root, 'draft.yaml', draft);
    const run = await contractNew(['--from', from, '--dry-run'], { GITHUB_API_URL: github.url });

    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`Dry run: nothing was sent to GitHub. This would add ${PATH}`);
    expect(run.stdout).toContain(`branch:    ${BRANCH}`);
    expect(run.stdout).toContain('reviewers: casey-coord, robin-review');
    expect(github.requests).toEqual([]);
  });
});

describe('contract:new when GitHub fails', () => {
  it('retries a 502 on the pull request call and counts an applied one as done', async () => {
    github.failNext({ method: 'POST', route: '/repos/{owner}/{repo}/pulls', status: 502, apply: true });
    const from = await writeDraft(repository.root, 'draft.yaml', draft);
    const run = await contractNew(['--from', from]);

    expect(run.code).toBe(0);
    expect(lastLine(run.stdout)).toBe(`${github.url}/${github.slug}/pull/1`);
    expect(github.requestsTo('POST', '/repos/{owner}/{repo}/pulls').map((request) => request.status)).toEqual([502, 422]);
    expect(github.pulls()).toHaveLength(1);
  });

  it('retries a plain 502 on the pull request call', async () => {
    github.failNext({ method: 'POST', route: '/repos/{owner}/{repo}/pulls', status: 502 });
    const from = await writeDraft(repository.root, 'draft.yaml', draft);
    const run = await contractNew(['--from', from]);

    expect(run.code).toBe(0);
    expect(github.requestsTo('POST', '/repos/{owner}/{repo}/pulls').map((request) => request.status)).toEqual([502, 201]);
    expect(github.pulls()).toHaveLength(1);
  });

  it('handles a branch created behind a 502', async () => {
    github.failNext({ method: 'POST', route: '/repos/{owner}/{repo}/git/refs', status: 502, apply: true });
    const from = await writeDraft(repository.root, 'draft.yaml', draft);
    const run = await contractNew(['--from', from]);

    expect(run.code).toBe(0);
    expect(github.fileOn(BRANCH, PATH)).toBe(draft);
    expect(github.pulls()).toHaveLength(1);
  });

  it('says the token was rejected, exits 2 and never prints it', async () => {
    const from = await writeDraft(repository.root, 'draft.yaml', draft);
    const wrong = 'ghp_WRONGtokenTHATtheSERVERdoesNOTknow0000000';
    const run = await contractNew(['--from', from], { ...github.env(), GITHUB_TOKEN: wrong });

    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      'contract:new: GitHub rejected the token (401 Bad credentials): check that GITHUB_TOKEN is complete and has not expired.\n',
    );
    expect(run.stdout).toBe('');
    expect(`${run.stdout}${run.stderr}`).not.toContain(wrong);
    expect(github.writeRequests()).toEqual([]);
  });

  it('asks for GITHUB_REPOSITORY when it is missing, exit 2', async () => {
    const from = await writeDraft(repository.root, 'draft.yaml', draft);
    const run = await contractNew(['--from', from], { ...github.env(), GITHUB_REPOSITORY: undefined });

    expect(run.code).toBe(2);
    expect(run.stderr).toBe('contract:new: Set GITHUB_REPOSITORY to the repository as owner/name (or pass --repo owner/name).\n');
    expect(github.requests).toEqual([]);
  });

  it('takes --repo and --api-url over the environment', async () => {
    const from = await writeDraft(repository.root, 'draft.yaml', draft);
    const run = await contractNew(['--from', from, '--repo', github.slug, '--api-url', github.url], {
      GITHUB_TOKEN: SECRET,
      GITHUB_REPOSITORY: 'wrong/place',
      GITHUB_API_URL: 'http://127.0.0.1:9',
    });
    expect(run.code).toBe(0);
    expect(github.pulls()).toHaveLength(1);
  });

  it('without --from and without a terminal, explains how to give the draft, exit 2', async () => {
    const run = await contractNew([]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(
      'Give the draft with --from draft.yaml (or --from - for standard input): there is no terminal to ask the questions on.',
    );
    expect(github.requests).toEqual([]);
  });

  it('names a draft file that does not exist, exit 2', async () => {
    const run = await contractNew(['--from', 'missing.yaml']);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('contract:new: Cannot read the draft missing.yaml: no such file.\n');
  });
});

describe('contract:new for a pairing whose pull request is still open', () => {
  it('finds the pairing on its open pull request and adds the contract to that same pull request, once', async () => {
    const pairingDraft = await readFile(join(FIXTURES, 'drafts/pairing.yaml'), 'utf8');
    const pairingFrom = await writeDraft(repository.root, 'pairing.yaml', pairingDraft);
    const pairing = await runScript('pairing-new', ['--from', pairingFrom, '--id', '2026-berg-obrien', ...TODAY], {
      cwd: repository.root,
      env: commandEnv(github.env()),
    });
    outputs.push(pairing);
    expect(pairing.code, pairing.stderr).toBe(0);
    expect(github.pulls()).toHaveLength(1);
    const pairingBranch = github.pulls()[0]!.pull!.head;

    // The local checkout does not have the pairing yet: it is only on its pull request.
    const contract = draft
      .replace('pairing: 2026-lee-okafor', 'pairing: 2026-berg-obrien')
      .replace('name: Jordan Lee', 'name: Zoë Ångström-Berg')
      .replace('email: jordan.lee@example.edu', 'email: zoe@example.edu')
      .replace('signed: 2026-02-03', 'signed: 2026-03-04')
      .replace('name: Ada Okafor', "name: Sam O'Brien")
      .replace('email: ada.okafor@example.edu', 'email: sam@example.edu')
      .replace('signed: 2026-02-04', 'signed: 2026-03-05')
      .replace('start: 2026-02-10', 'start: 2026-03-09');
    const from = await writeDraft(repository.root, 'contract.yaml', contract);
    const run = await contractNew(['--from', from]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const pulls = github.pulls();
    expect(pulls).toHaveLength(1);
    expect(github.fileOn(pairingBranch, 'content/contracts/demo/2026-berg-obrien.yaml')).toBe(contract);
    expect(github.fileOn(pairingBranch, 'content/pairings/demo/2026-berg-obrien.yaml')).toBe(pairingDraft);
    expect(pulls[0]!.title).toMatch(/^Add pairing /);
    expect(pulls[0]!.body).toContain('| Start date | 2026-03-09 |');

    const again = await contractNew(['--from', from]);
    expect(again.code, again.stderr).toBe(0);
    expect(github.pulls()).toHaveLength(1);
    expect((github.pulls()[0]!.body ?? '').split('<!-- tandem:contract -->')).toHaveLength(2);
  });

  it('says exactly what to do when the pairing is on no branch and no open pull request', async () => {
    const contract = draft.replace('pairing: 2026-lee-okafor', 'pairing: 2026-nobody-here');
    const from = await writeDraft(repository.root, 'contract.yaml', contract);
    const run = await contractNew(['--from', from]);
    expect(run.code).toBe(1);
    expect(`${run.stdout}${run.stderr}`).toContain('content/pairings/demo/2026-nobody-here.yaml does not exist');
    expect(`${run.stdout}${run.stderr}`).toContain(
      "if the pairing's pull request is still open, npm run contract:new (with GITHUB_TOKEN set) adds the contract to that pull request",
    );
    expect(github.pulls()).toHaveLength(0);
  });
});
