/**
 * The privacy model rests on a private repository: every command that writes
 * personal data to GitHub asks for the repository's visibility (once per run)
 * and refuses a public or internal one with exit 2 and one sentence, before
 * anything is written or sent. Each entry point runs through its `main`
 * against the GitHub-shaped test server, as its workflow or a coordinator
 * would run it.
 */
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { main as applicationNew } from '../../../scripts/application-new.ts';
import { main as contractNew } from '../../../scripts/contract-new.ts';
import { main as deskIssue } from '../../../scripts/desk-issue.ts';
import { main as issueToPr } from '../../../scripts/issue-to-pr.ts';
import { main as match } from '../../../scripts/match.ts';
import { main as notices } from '../../../scripts/notices.ts';
import { main as pairingNew } from '../../../scripts/pairing-new.ts';
import { main as pairingStatus } from '../../../scripts/pairing-status.ts';
import { main as retention } from '../../../scripts/retention.ts';
import {
  assertPrivateRepository,
  createGitHubClient,
  GitHubError,
  readGitHubSettings,
  visibilityRefusal,
} from '../../../src/lib/github/index.ts';
import { submittedActionBody } from '../../workflows/action-body.ts';
import { repositoryProgram } from '../../workflows/programs.ts';
import { FIXTURE_ROOT, fixtureFiles } from '../../support/desk-fixture-repo.ts';
import { pairingYamlHead } from '../../support/pairing-records.ts';
import { makeNoticesRepo } from '../../support/notices-repo.ts';
import { GitHubTestServer, type Visibility } from '../../support/github-server.ts';
import { runMain, type Main } from '../../support/run-main.ts';
import { SmtpTestServer } from '../../support/smtp-server.ts';
import { FIXTURES, fixtureRepository } from '../../support/run-command.ts';

const REPOSITORY = '/repos/{owner}/{repo}';

/** One command that writes personal data: where it runs, with what, and what it writes when it may. */
interface EntryPoint {
  name: string;
  main: Main;
  /** Prepares the working folder (and the server's files) and gives the arguments. */
  prepare: (github: GitHubTestServer) => Promise<{ cwd: string; args: string[]; env?: Record<string, string> }>;
}

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function temporaryFolder(): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), 'tandem-private-'));
  cleanups.push(() => rm(root, { recursive: true, force: true }));
  return root;
}

async function githubRepository(): Promise<string> {
  const repository = await fixtureRepository();
  cleanups.push(repository.remove);
  return repository.root;
}

async function deskFixtureOnServer(github: GitHubTestServer): Promise<void> {
  github.commit('main', Object.fromEntries((await fixtureFiles()).map((file) => [file.path, new TextDecoder().decode(file.bytes)])));
}

const ENTRY_POINTS: EntryPoint[] = [
  {
    name: 'contract:new',
    main: contractNew,
    prepare: async () => ({
      cwd: await githubRepository(),
      args: ['--from', join(FIXTURES, 'drafts/contract.yaml'), '--today', '2026-03-10'],
    }),
  },
  {
    name: 'pairing:new',
    main: pairingNew,
    prepare: async () => ({
      cwd: await githubRepository(),
      args: ['--from', join(FIXTURES, 'drafts/pairing.yaml'), '--today', '2026-03-10'],
    }),
  },
  {
    name: 'pairing:status',
    main: pairingStatus,
    prepare: async (github) => {
      await deskFixtureOnServer(github);
      const args = ['alao/2026-quillon-brackenbury', 'ended-early', '--note', 'New job left no time.', '--by', 'mentee'];
      return { cwd: FIXTURE_ROOT, args: [...args, '--date', '2026-03-04', '--informed', '2026-03-05', '--today', '2026-03-06'] };
    },
  },
  {
    name: 'application:new',
    main: applicationNew,
    prepare: async () => {
      const root = await temporaryFolder();
      await cp(resolve('content/programs/alcts'), join(root, 'content/programs/alcts'), { recursive: true });
      const draft = [
        'program: alcts',
        'cycle: 2027',
        'name: Theodora Quill',
        'email: theodora.quill@example.org',
        'member: true',
        'roles: [mentor]',
        'interests: [Serials, Leadership]',
        'careerStage: senior',
        'methods: [video]',
        'capacity: 2',
        'submitted: "2026-11-29"',
        '',
      ].join('\n');
      await writeFile(join(root, 'draft.yaml'), draft);
      return { cwd: root, args: ['--from', 'draft.yaml', '--today', '2026-11-30'] };
    },
  },
  {
    name: 'match --open-pr',
    main: match,
    prepare: async () => {
      const root = await githubRepository();
      const programPath = join(root, 'content/programs/demo/program.yaml');
      await writeFile(programPath, `${await readFile(programPath, 'utf8')}applications:\n  roles: [mentor, mentee]\n`);
      await mkdir(join(root, 'content/applications/demo/2027'), { recursive: true });
      const person = (id: string, name: string, roles: string[], careerStage: string) => ({
        program: 'demo',
        cycle: 2027,
        name,
        email: `${id}@example.org`,
        roles,
        interests: ['Leadership'],
        careerStage,
        methods: ['video'],
        submitted: '2026-11-02',
      });
      await writeFile(
        join(root, 'content/applications/demo/2027/2027-lee.yaml'),
        JSON.stringify(person('2027-lee', 'Jordan Lee', ['mentor'], 'senior')),
      );
      await writeFile(
        join(root, 'content/applications/demo/2027/2027-okafor.yaml'),
        JSON.stringify(person('2027-okafor', 'Ada Okafor', ['mentee'], 'early')),
      );
      return { cwd: root, args: ['demo', '--cycle', '2027', '--open-pr', '--today', '2026-11-30'] };
    },
  },
  {
    name: 'retention --open-pr',
    main: retention,
    prepare: async (github) => {
      await deskFixtureOnServer(github);
      return { cwd: FIXTURE_ROOT, args: ['--today', '2026-06-15', '--open-pr'] };
    },
  },
  {
    name: 'the desk issue (scripts/desk-issue.ts)',
    main: deskIssue,
    prepare: async () => ({ cwd: FIXTURE_ROOT, args: ['--today', '2026-03-20'] }),
  },
  {
    name: 'notices --send --ledger github',
    main: notices,
    prepare: async (github) => {
      const smtp = await SmtpTestServer.start();
      const repo = makeNoticesRepo();
      cleanups.push(async () => {
        await smtp.close();
        // Whatever the visibility, the check comes first: in a refused run not one email went out.
        if (github.visibility !== 'private') expect(smtp.mails).toEqual([]);
        else expect(smtp.mails.length).toBeGreaterThan(0);
        repo.remove();
      });
      github.seedIssue({ title: "Coordinator's desk", body: 'The desk.\n', labels: ['desk'], author: 'coordinator-bot' });
      return {
        cwd: repo.root,
        args: ['--today', '2026-03-02', '--send', '--ledger', 'github'],
        env: { SMTP_URL: smtp.url, SITE_URL: 'https://mentoring.example.org/' },
      };
    },
  },
  {
    name: 'the IssueOps workflow (scripts/issue-to-pr.ts)',
    main: issueToPr,
    prepare: async (github) => {
      // A check-in on an ALAO pairing, on the server and in the checkout the workflow reads.
      const pairingPath = 'content/pairings/alao/2026-brightwater-osei.yaml';
      const pairing = `${pairingYamlHead('alao', {
        mentor: { name: 'Marguerite Brightwater', email: 'marguerite.brightwater@example.edu' },
        mentee: { name: 'Kwame Osei', email: 'kwame.osei@example.edu' },
        notified: '2026-01-20',
      })}status: active\n`;
      const root = await temporaryFolder();
      await cp(resolve('content/programs'), join(root, 'content/programs'), { recursive: true });
      await mkdir(join(root, 'content/pairings/alao'), { recursive: true });
      await writeFile(join(root, pairingPath), pairing);
      github.commit('main', { [pairingPath]: pairing });
      github.collaborators.set('alao-coordinator', 'write');
      const issue = github.seedIssue({
        title: 'Check-in',
        body: submittedActionBody('check-in', {
          program: repositoryProgram('alao').name,
          pairing: '2026-brightwater-osei',
          date: '2026-02-18',
        }),
        labels: ['coordinator-action', 'action:check-in'],
        author: 'alao-coordinator',
      });
      const eventPath = join(root, 'event.json');
      await writeFile(eventPath, JSON.stringify({ action: 'opened', issue: github.issueJson(issue) }));
      return { cwd: root, args: ['--root', root, '--today', '2026-02-20'], env: { GITHUB_EVENT_PATH: eventPath } };
    },
  },
];

async function runEntryPoint(entry: EntryPoint, visibility: Visibility) {
  const github = await GitHubTestServer.start({ visibility, collaborators: { 'casey-coord': 'write', 'alao-coordinator': 'write' } });
  cleanups.push(() => github.close());
  const { cwd, args, env } = await entry.prepare(github);
  const run = await runMain(entry.main, args, {
    cwd,
    env: { PATH: process.env['PATH'], HOME: process.env['HOME'], NO_COLOR: '1', ...github.env(), ...env },
  });
  return { run, github };
}

describe.each(ENTRY_POINTS.map((entry) => [entry.name, entry] as const))('%s', (_name, entry) => {
  it.each(['public', 'internal'] as const)('refuses a %s repository with exit 2 and one sentence, writing nothing', async (visibility) => {
    const { run, github } = await runEntryPoint(entry, visibility);
    expect(run.code, run.stderr).toBe(2);
    expect(run.stderr).toContain(visibilityRefusal({ owner: github.owner, name: github.repo }, visibility));
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(github.writeRequests()).toEqual([]);
    expect(github.requestsTo('GET', REPOSITORY)).toHaveLength(1);
  });

  it('works in a private repository, asking for its visibility once in the run', async () => {
    const { run, github } = await runEntryPoint(entry, 'private');
    expect(run.code, `${run.stdout}\n${run.stderr}`).toBe(0);
    expect(github.writeRequests().length).toBeGreaterThan(0);
    expect(github.requestsTo('GET', REPOSITORY)).toHaveLength(1);
  });
});

describe('assertPrivateRepository', () => {
  it('says why in plain words, and asks GitHub once per client however often it is called', async () => {
    const github = await GitHubTestServer.start({ visibility: 'internal' });
    cleanups.push(() => github.close());
    const client = createGitHubClient(readGitHubSettings(github.env()), { delayScale: 0.001 });
    const repo = { owner: github.owner, name: github.repo };
    for (let attempt = 0; attempt < 3; attempt += 1) {
      const error: unknown = await assertPrivateRepository(client, repo).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(GitHubError);
      expect(error).toMatchObject({
        kind: 'not-private',
        message:
          'Nothing was written: the repository tandem-test/mentoring is internal, so every member of its enterprise could read the names and emails Tandem would put in it; make it private on GitHub (Settings, then Change visibility under Danger Zone) and run this again.',
      });
    }
    expect(github.requestsTo('GET', REPOSITORY)).toHaveLength(1);
  });

  it('asks again after a failed read, and reads a repository without `visibility` (older GitHub Enterprise Server) by `private`', async () => {
    const github = await GitHubTestServer.start();
    cleanups.push(() => github.close());
    const client = createGitHubClient(readGitHubSettings(github.env()), { delayScale: 0.001, retries: 0 });
    const repo = { owner: github.owner, name: github.repo };
    github.failNext({ method: 'GET', route: REPOSITORY, status: 503 });
    await expect(assertPrivateRepository(client, repo)).rejects.toMatchObject({ kind: 'server' });
    github.route('GET', REPOSITORY, () => ({ status: 200, body: { name: github.repo, private: false, default_branch: 'main' } }));
    await expect(assertPrivateRepository(client, repo)).rejects.toMatchObject({ kind: 'not-private', message: /is public/ });
  });
});
