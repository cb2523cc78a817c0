/**
 * Local mode against the pull request path, byte for byte: every submit
 * command runs twice on the same repository, once with a token against the
 * GitHub-shaped server, once without one in a real Git repository made with
 * `git init`. The branch local mode checks out is the pull request's, and
 * every file under content/ reads the same on both (written, changed and
 * deleted alike).
 */
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { main as applicationNew } from '../../../scripts/application-new.ts';
import { main as contractNew } from '../../../scripts/contract-new.ts';
import { main as match } from '../../../scripts/match.ts';
import { main as pairingNew } from '../../../scripts/pairing-new.ts';
import { main as pairingStatus } from '../../../scripts/pairing-status.ts';
import { main as record } from '../../../scripts/record.ts';
import { main as retention } from '../../../scripts/retention.ts';
import { gitRepository, localEnv, testFolder, type TestFolder } from '../../support/git-repository.ts';
import { GitHubTestServer, type Permission } from '../../support/github-server.ts';
import { FIXTURES } from '../../support/run-command.ts';
import { PROJECT, runMain, type Main } from '../../support/run-main.ts';

const GITHUB_FIXTURE = join(PROJECT, 'tests/fixtures/github/repo');
const DESK_FIXTURE = join(PROJECT, 'tests/fixtures/desk/repo');

const draft = (name: string) => readFile(join(PROJECT, 'tests/fixtures/github/drafts', name), 'utf8');

/** The match command test's applicants, in short: a cycle of the demo program with applications. */
async function matchFiles(): Promise<Record<string, string>> {
  const program = await readFile(join(GITHUB_FIXTURE, 'content/programs/demo/program.yaml'), 'utf8');
  const application = (id: string, name: string, roles: string[], extra: Record<string, unknown> = {}): [string, string] => [
    `content/applications/demo/2027/${id}.yaml`,
    JSON.stringify({
      program: 'demo',
      cycle: 2027,
      name,
      email: `${id}@example.org`,
      roles,
      interests: ['Leadership'],
      careerStage: roles.includes('mentor') ? 'senior' : 'early',
      methods: ['video'],
      submitted: '2026-11-02',
      ...extra,
    }),
  ];
  return Object.fromEntries<string>([
    ['content/programs/demo/program.yaml', `${program}bothRoles: true\napplications:\n  roles: [mentor, mentee]\n`],
    application('2027-lee', 'Jordan Lee', ['mentor'], { capacity: 2 }),
    application('2027-okafor', 'Ada Okafor', ['mentee']),
    application('2027-sato', 'Ken Sato', ['mentee']),
  ]);
}

const APPLICATION = readFileSync(join(FIXTURES, 'drafts/application.yaml'), 'utf8');

interface Case {
  name: string;
  main: Main;
  argv: string[];
  /** The fixture folder copied first, then these files. */
  from: string;
  files: () => Promise<Record<string, string>>;
  collaborators: Record<string, Permission>;
}

const COORDINATORS: Record<string, Permission> = { 'casey-coord': 'write', 'robin-review': 'write' };

const CASES: Case[] = [
  {
    name: 'contract:new',
    main: contractNew,
    argv: ['--from', 'draft.yaml', '--today', '2026-03-10'],
    from: GITHUB_FIXTURE,
    files: async () => ({ 'draft.yaml': await draft('contract.yaml') }),
    collaborators: COORDINATORS,
  },
  {
    name: 'pairing:new',
    main: pairingNew,
    argv: ['--from', 'draft.yaml', '--today', '2026-03-10'],
    from: GITHUB_FIXTURE,
    files: async () => ({ 'draft.yaml': await draft('pairing.yaml') }),
    collaborators: COORDINATORS,
  },
  {
    name: 'pairing:status',
    main: pairingStatus,
    argv: [
      'demo/2026-lee-okafor',
      'ended-early',
      '--note',
      'The mentee changed jobs.',
      '--date',
      '2026-03-01',
      '--informed',
      '2026-03-01',
      '--today',
      '2026-03-10',
    ],
    from: GITHUB_FIXTURE,
    files: async () => ({}),
    collaborators: COORDINATORS,
  },
  {
    name: 'application:new',
    main: applicationNew,
    argv: ['--from', 'draft.yaml', '--today', '2026-11-30'],
    from: join(PROJECT, 'content/programs/alcts'),
    files: async () => ({ 'draft.yaml': APPLICATION }),
    collaborators: { 'alcts-mentoring-coordinator': 'write' },
  },
  {
    name: 'match --open-pr',
    main: match,
    argv: ['demo', '--cycle', '2027', '--open-pr', '--today', '2026-11-10'],
    from: GITHUB_FIXTURE,
    files: matchFiles,
    collaborators: COORDINATORS,
  },
  {
    name: 'retention --open-pr',
    main: retention,
    argv: ['--today', '2026-06-15', '--open-pr'],
    from: DESK_FIXTURE,
    files: async () => ({}),
    collaborators: { 'alao-coordinator': 'write' },
  },
  {
    name: 'record',
    main: record,
    argv: ['demo/2026-lee-okafor', 'evaluation', 'program-evaluation', '--role', 'mentee', '--date', '2026-03-02', '--today', '2026-03-10'],
    from: GITHUB_FIXTURE,
    files: async () => ({}),
    collaborators: COORDINATORS,
  },
];

const cleanup: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const step of cleanup.splice(0)) await step();
});

/** The application fixture is a program folder: put it where a repository holds it. */
async function prepared(make: (from: string | undefined, files: Record<string, string>) => Promise<TestFolder>, test: Case) {
  const files = await test.files();
  if (test.from.endsWith('programs/alcts')) {
    const program = await readFile(join(test.from, 'program.yaml'), 'utf8');
    return make(undefined, { ...files, 'content/programs/alcts/program.yaml': program });
  }
  return make(test.from, files);
}

describe('local mode writes what the pull request holds, byte for byte', () => {
  it.each(CASES)('$name', async (test) => {
    // With a token: the pull request on the GitHub-shaped server.
    const checkout = await prepared(testFolder, test);
    cleanup.push(checkout.remove);
    const base = await checkout.contentFiles();
    const github = await GitHubTestServer.start({ files: base, collaborators: test.collaborators });
    cleanup.push(() => github.close());
    const viaGitHub = await runMain(test.main, test.argv, { cwd: checkout.root, env: { ...localEnv(checkout.root), ...github.env() } });
    expect(viaGitHub.code, viaGitHub.stderr).toBe(0);
    expect(github.pulls()).toHaveLength(1);
    const branch = github.pulls()[0]!.pull!.head;

    // Without one: a real Git repository.
    const repository = await prepared(gitRepository, test);
    cleanup.push(repository.remove);
    const local = await runMain(test.main, test.argv, { cwd: repository.root, env: localEnv(repository.root) });
    expect(local.code, local.stderr).toBe(0);
    expect(`${local.stdout}${local.stderr}`).toContain(`git push -u origin ${branch}\n`);
    expect((await repository.git('symbolic-ref', '--short', 'HEAD')).trim()).toBe(branch);

    const after = await repository.contentFiles();
    const changed = Object.keys({ ...base, ...after }).filter((path) => base[path] !== after[path]);
    expect(changed.length).toBeGreaterThan(0);
    for (const path of Object.keys({ ...base, ...after }).sort()) {
      expect(github.fileOn(branch, path), path).toBe(after[path]);
    }
    // Written, not committed: the printed commands commit exactly these files.
    const status = await repository.git('status', '--porcelain', '--untracked-files=all', '--', 'content');
    expect(
      status
        .split('\n')
        .filter(Boolean)
        .map((line) => line.slice(3))
        .sort(),
    ).toEqual(changed.map((path) => path).sort());
  });
});

describe('local mode in the working tree', () => {
  const CONTRACT = 'content/contracts/demo/2026-lee-okafor.yaml';
  const BRANCH = 'tandem/contract-b7e2145cc173';
  const argv = ['--from', 'draft.yaml', '--today', '2026-03-10'];

  async function repositoryWithDraft(): Promise<TestFolder> {
    const repository = await gitRepository(GITHUB_FIXTURE, { 'draft.yaml': await draft('contract.yaml') });
    cleanup.push(repository.remove);
    return repository;
  }
  const branches = async (repository: TestFolder) => (await repository.git('branch', '--list', 'tandem/*')).trim();

  it('on a dirty tree, writes on the current branch, says so, and pushes the commit to the pull request branch', async () => {
    const repository = await repositoryWithDraft();
    const program = 'content/programs/demo/program.yaml';
    await repository.write(program, `${await repository.read(program)}# a coordinator's unfinished edit\n`);
    const run = await runMain(contractNew, argv, { cwd: repository.root, env: localEnv(repository.root) });

    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain('Written on the current branch main, because the working tree has uncommitted changes');
    expect(run.stdout).toContain(`  git add -- ${CONTRACT}\n`);
    expect(run.stdout).toContain(`  git push origin HEAD:${BRANCH}\n`);
    expect(await repository.read(CONTRACT)).toBe(await draft('contract.yaml'));
    expect(await branches(repository)).toBe('');
  });

  it('never overwrites a record file in the working tree: exit 1, naming the file', async () => {
    const repository = await repositoryWithDraft();
    await repository.write(CONTRACT, 'the signed original\n');
    const run = await runMain(contractNew, argv, { cwd: repository.root, env: localEnv(repository.root) });

    expect(run.code).toBe(1);
    expect(run.stderr).toContain(
      `${CONTRACT} already exists in this repository; it was not changed. Use --amend to propose a change to it.`,
    );
    expect(await repository.read(CONTRACT)).toBe('the signed original\n');
    expect(await branches(repository)).toBe('');
  });

  it('refuses when a branch of that name is left from an earlier run: exit 2, nothing written', async () => {
    const repository = await repositoryWithDraft();
    await repository.git('branch', BRANCH);
    const run = await runMain(contractNew, argv, { cwd: repository.root, env: localEnv(repository.root) });

    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`The branch ${BRANCH} exists already (from an earlier run); nothing was written.`);
    expect(await repository.read(CONTRACT)).toBeUndefined();
    expect((await repository.git('symbolic-ref', '--short', 'HEAD')).trim()).toBe('main');
  });

  it('outside a Git working tree, says what it needs: exit 2', async () => {
    const folder = await testFolder(GITHUB_FIXTURE, { 'draft.yaml': await draft('contract.yaml') });
    cleanup.push(folder.remove);
    const run = await runMain(contractNew, argv, { cwd: folder.root, env: localEnv(folder.root) });

    expect(run.code).toBe(2);
    expect(run.stderr).toContain('is not a Git working tree: without GITHUB_TOKEN the files are written into one');
    expect(await folder.read(CONTRACT)).toBeUndefined();
  });

  it('--dry-run still writes nothing and prints the file', async () => {
    const repository = await repositoryWithDraft();
    const run = await runMain(contractNew, [...argv, '--dry-run'], { cwd: repository.root, env: localEnv(repository.root) });

    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain(`--- ${CONTRACT}\n`);
    expect(await repository.read(CONTRACT)).toBeUndefined();
    expect(await repository.git('status', '--porcelain', '--untracked-files=no')).toBe('');
    expect(await branches(repository)).toBe('');
  });

  it('retention without --open-pr lists only, in local mode too', async () => {
    const repository = await gitRepository(DESK_FIXTURE);
    cleanup.push(repository.remove);
    const run = await runMain(retention, ['--today', '2026-06-15'], { cwd: repository.root, env: localEnv(repository.root) });
    expect(run.code, run.stderr).toBe(0);
    expect(await repository.git('status', '--porcelain')).toBe('');
    expect(await branches(repository)).toBe('');
  });
});

describe('match --open-pr in local mode, run again', () => {
  it('on its own branch, asks for a fresh start rather than numbering the earlier pairs again', async () => {
    const repository = await gitRepository(GITHUB_FIXTURE, await matchFiles());
    cleanup.push(repository.remove);
    const argv = ['demo', '--cycle', '2027', '--open-pr', '--today', '2026-11-10'];
    const first = await runMain(match, argv, { cwd: repository.root, env: localEnv(repository.root) });
    expect(first.code, first.stderr).toBe(0);
    await repository.git('add', '--all');
    await repository.git('commit', '--quiet', '--message', 'Proposed pairings');
    const written = await repository.contentFiles();

    const again = await runMain(match, argv, { cwd: repository.root, env: localEnv(repository.root) });
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('The matching branch tandem/match-demo-2027 is checked out');
    expect(await repository.contentFiles()).toEqual(written);
  });
});

describe('inside GitHub Actions', () => {
  it('a missing token fails loudly instead of writing into the runner checkout', async () => {
    const repository = await gitRepository(DESK_FIXTURE);
    cleanup.push(repository.remove);
    const run = await runMain(retention, ['--today', '2026-06-15', '--open-pr'], {
      cwd: repository.root,
      env: { ...localEnv(repository.root), GITHUB_ACTIONS: 'true', GITHUB_REPOSITORY: 'alao-ohio/mentoring' },
    });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('Set GITHUB_TOKEN');
    expect(await repository.git('status', '--porcelain')).toBe('');
  });
});
