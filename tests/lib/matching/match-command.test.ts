/**
 * `npm run match` end to end, in-process through `main`: formats, exit codes,
 * and --open-pr against the GitHub-shaped test server (one pull request, one
 * proposed pairing file per pair, no names in the branch or title, reruns
 * updating the same pull request). The real process is spawned once.
 */
import { spawn } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { parse } from 'yaml';
import { main } from '../../../scripts/match.ts';
import { fixtureRepository, PROJECT } from '../../support/run-command.ts';
import { demoApplication } from '../../support/demo-application.ts';
import { GitHubTestServer } from '../../support/github-server.ts';
import { restoreEnv } from '../../support/restore-env.ts';

let github: GitHubTestServer;
let repository: { root: string; remove: () => Promise<void> };
const home = process.cwd();
const savedEnv = { ...process.env };

const APPLICATIONS: Record<string, Record<string, unknown>> = {
  '2027-lee': {
    name: 'Jordan Lee',
    roles: ['mentor'],
    careerStage: 'senior',
    capacity: 2,
    interests: ['Leadership', 'Research and publication'],
  },
  '2027-okafor': { name: 'Ada Okafor', interests: ['Leadership', 'Research and publication'] },
  '2027-novak': { name: 'Mira Novak', roles: ['mentor', 'mentee'], careerStage: 'mid', methods: ['phone', 'video'] },
  '2027-sato': { name: 'Ken Sato', careerStage: 'student', methods: ['phone'] },
  '2027-berg': { name: 'Lena Berg', avoid: ['2027-lee', '2027-novak'] },
};

beforeEach(async () => {
  github = await GitHubTestServer.start({ collaborators: { 'casey-coord': 'write', 'robin-review': 'write' } });
  repository = await fixtureRepository();
  const programPath = join(repository.root, 'content/programs/demo/program.yaml');
  const { readFile } = await import('node:fs/promises');
  await writeFile(programPath, `${await readFile(programPath, 'utf8')}bothRoles: true\napplications:\n  roles: [mentor, mentee]\n`);
  await mkdir(join(repository.root, 'content/applications/demo/2027'), { recursive: true });
  for (const [id, fields] of Object.entries(APPLICATIONS)) {
    await writeFile(join(repository.root, `content/applications/demo/2027/${id}.yaml`), JSON.stringify(demoApplication(id, fields)));
  }
  process.chdir(repository.root);
  Object.assign(process.env, github.env(), { TANDEM_GITHUB_DELAY_SCALE: '0.001' });
});

afterEach(async () => {
  process.chdir(home);
  restoreEnv(savedEnv);
  vi.restoreAllMocks();
  await github.close();
  await repository.remove();
});

async function run(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => ((stdout += String(chunk)), true));
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => ((stderr += String(chunk)), true));
  try {
    const code = await main([...args, '--today', '2026-11-30']);
    return { code, stdout, stderr };
  } finally {
    vi.restoreAllMocks();
  }
}

it("prints the proposal as text, Markdown and the issue's JSON, naming applications by id only", async () => {
  const text = await run(['demo', '--cycle', '2027']);
  expect(text.code).toBe(0);
  expect(text.stdout).toContain('2027-lee mentors 2027-okafor (fit ');
  expect(text.stdout).toContain('2027-berg: ');
  for (const name of ['Jordan', 'Okafor ', 'Lena', 'Mira', 'Ken ']) expect(text.stdout).not.toContain(name);
  const json = await run(['demo', '--cycle', '2027', '--format', 'json']);
  const parsed = JSON.parse(json.stdout) as { pairs: unknown[]; peers: unknown[]; unmatched: unknown[] };
  expect(Object.keys(parsed)).toEqual(['pairs', 'peers', 'unmatched']);
  expect(parsed.pairs[0]).toEqual({
    mentor: '2027-lee',
    mentee: expect.any(String),
    score: expect.any(Number),
    reasons: expect.any(Array),
  });
  const again = await run(['demo', '--cycle', '2027', '--format', 'json']);
  expect(again.stdout).toBe(json.stdout);
  const markdown = await run(['demo', '--cycle', '2027', '--format', 'markdown']);
  expect(markdown.stdout).toContain('| mentor | mentee | fit | why |');
});

it('exits 2 on bad usage and 1 on invalid applications (--strict) or impossible pins, opening nothing', async () => {
  expect((await run(['demo'])).code).toBe(2);
  expect((await run(['demo', '--cycle', '2027', '--format', 'xml'])).code).toBe(2);
  expect((await run(['demo', '--cycle', '2027', '--keep', 'lee=okafor'])).code).toBe(2);
  const pin = await run(['demo', '--cycle', '2027', '--keep', '2027-berg=2027-lee']);
  expect(pin.code).toBe(1);
  expect(pin.stderr).toContain('match: --keep 2027-berg=2027-lee cannot be kept: the pair is on an avoid list.');
  await writeFile(
    join(repository.root, 'content/applications/demo/2027/2027-sato.yaml'),
    JSON.stringify(demoApplication('2027-sato', { roles: ['peer'] })),
  );
  const invalid = await run(['demo', '--cycle', '2027', '--open-pr', '--strict']);
  expect(invalid.code).toBe(1);
  expect(invalid.stderr).toMatch(/content\/applications\/demo\/2027\/2027-sato\.yaml:1:\d+: error: Role "peer" is not offered/);
  expect(github.pulls()).toEqual([]);
});

it("lists an invalid application as unmatched with the validator's reason, and matches the rest", async () => {
  await writeFile(
    join(repository.root, 'content/applications/demo/2027/2027-sato.yaml'),
    JSON.stringify(demoApplication('2027-sato', { roles: ['peer'] })),
  );
  const result = await run(['demo', '--cycle', '2027', '--format', 'json']);
  expect(result.code).toBe(0);
  expect(result.stderr).toMatch(/2027-sato\.yaml:1:\d+: error: Role "peer" is not offered/);
  expect(result.stderr).toContain('match: 1 invalid application left out and listed as unmatched.');
  const proposal = JSON.parse(result.stdout) as {
    pairs: { mentor: string; mentee: string }[];
    unmatched: { application: string; reason: string }[];
  };
  expect(proposal.unmatched).toContainEqual({
    application: '2027-sato',
    reason:
      'the application is invalid and was left out: line 1: Role "peer" is not offered by program "demo"; choose from mentor, mentee (application-roles); fix it and run match again',
  });
  expect(proposal.pairs.length).toBeGreaterThan(0);
  expect(proposal.pairs.flatMap((pair) => [pair.mentor, pair.mentee])).not.toContain('2027-sato');
});

it('--open-pr opens one pull request with a proposed pairing per pair, and a rerun updates it', async () => {
  const first = await run(['demo', '--cycle', '2027', '--open-pr']);
  expect(first.stderr).toContain('pull request #1 created');
  expect(first.code).toBe(0);
  const [pull] = github.pulls();
  expect(pull?.pull?.head).toBe('tandem/match-demo-2027');
  expect(pull?.title).toBe('Proposed pairings: DEMO (demo), cycle 2027 (3 pairs)');
  expect(pull?.body).toContain('2027-lee (Jordan Lee)');
  expect(pull?.body).toContain('### What to review');
  const files = [...pull!.body!.matchAll(/`(content\/pairings\/demo\/[^`]+)`/g)].map((match) => match[1]!);
  expect(files).toHaveLength(3);
  for (const path of files) {
    const pairing = parse(github.fileOn('tandem/match-demo-2027', path)!) as Record<string, unknown>;
    expect(pairing).toMatchObject({ program: 'demo', kind: 'mentoring', status: 'proposed', cycle: 2027 });
    expect(pairing['notified']).toBeUndefined();
  }

  const same = await run(['demo', '--cycle', '2027', '--open-pr']);
  expect(same.stderr).toContain('pull request #1 unchanged');
  expect(github.pulls()).toHaveLength(1);

  const steered = await run(['demo', '--cycle', '2027', '--open-pr', '--forbid', '2027-okafor=2027-lee']);
  expect(steered.stderr).toContain('pull request #1 updated');
  expect(github.pulls()).toHaveLength(1);
  const body = github.pulls()[0]!.body!;
  expect(body).toContain('--forbid 2027-okafor=2027-lee');
  const stale = files.filter((path) => !body.includes(path));
  expect(stale.length).toBeGreaterThan(0);
  for (const path of stale) expect(github.fileOn('tandem/match-demo-2027', path)).toBeUndefined();
  expect(github.branches().filter((branch) => branch !== 'main')).toEqual(['tandem/match-demo-2027']);
});

it('runs as a real process and answers --help', async () => {
  const child = spawn(process.execPath, [join(PROJECT, 'scripts/match.ts'), '--help'], { cwd: repository.root });
  let stdout = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  expect(code).toBe(0);
  expect(stdout).toContain('Usage: npm run match -- <program> --cycle <year>');
  expect(stdout).toContain('Exit 0 proposed, 1 invalid');
});
