/** `npm run application:new` in-process: --from to the test GitHub server, dry run, invalid and repeated applications, and the prompts. */
import { readFileSync } from 'node:fs';
import { cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { parse } from 'yaml';
import { main } from '../../../scripts/application-new.ts';
import { applicationBranch, recordToken } from '../../../src/lib/submit/pull-request-names.ts';
import { ScriptedPrompts } from '../../support/scripted-prompts.ts';
import { GitHubTestServer } from '../../support/github-server.ts';
import { restoreEnv } from '../../support/restore-env.ts';
import { FIXTURES } from '../../support/run-command.ts';

const home = process.cwd();
const savedEnv = { ...process.env };
let root: string;
let github: GitHubTestServer;

/** An application draft (a mentor's, for ALCTS 2027), as the online form saves it. */
const DRAFT = readFileSync(join(FIXTURES, 'drafts/application.yaml'), 'utf8');
const PATH = 'content/applications/alcts/2027/2027-quill.yaml';

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'application-new-'));
  await mkdir(join(root, 'content/programs'), { recursive: true });
  await cp(join(home, 'content/programs/alcts'), join(root, 'content/programs/alcts'), { recursive: true });
  await writeFile(join(root, 'draft.yaml'), DRAFT);
  github = await GitHubTestServer.start({ collaborators: { 'alcts-mentoring-coordinator': 'write' } });
  process.chdir(root);
  Object.assign(process.env, github.env(), { TANDEM_GITHUB_DELAY_SCALE: '0.001' });
});

afterEach(async () => {
  process.chdir(home);
  restoreEnv(savedEnv);
  vi.restoreAllMocks();
  await github.close();
  await rm(root, { recursive: true, force: true });
});

async function run(args: string[], prompts?: ScriptedPrompts) {
  let stdout = '';
  let stderr = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => ((stdout += String(chunk)), true));
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => ((stderr += String(chunk)), true));
  try {
    return { code: await main([...args, '--today', '2026-11-30'], prompts), stdout, stderr };
  } finally {
    vi.restoreAllMocks();
  }
}

it('opens one pull request for an application given with --from, and finds it again on a rerun', async () => {
  const first = await run(['--from', 'draft.yaml']);
  expect(first.code, first.stderr).toBe(0);
  const branch = applicationBranch('alcts', '2027-quill');
  expect(branch).toMatch(/^tandem\/application-[0-9a-f]{12}$/);
  expect(github.fileOn(branch, PATH)).toBe(DRAFT);
  const [pull] = github.pulls();
  expect(pull?.title).toBe(`Add application ${recordToken('alcts', '2027-quill')} to ALCTS (alcts), cycle 2027`);
  expect(pull?.labels).toEqual(['application', 'program:alcts']);
  const again = await run(['--from', 'draft.yaml']);
  expect(again.code).toBe(0);
  expect(again.stdout).toContain('Already up to date');
  expect(github.pulls()).toHaveLength(1);
});

it('plans without GitHub on --dry-run, and refuses an invalid application with file:line:col', async () => {
  const dry = await run(['--from', 'draft.yaml', '--dry-run']);
  expect(dry.code).toBe(0);
  expect(dry.stdout).toContain(`This would add ${PATH}`);
  // The file itself, as the pull request (or local mode) would write it.
  expect(dry.stdout).toContain(`--- ${PATH}\n${DRAFT}`);
  await writeFile(join(root, 'bad.yaml'), DRAFT.replace('member: true\n', ''));
  const bad = await run(['--from', 'bad.yaml']);
  expect(bad.code).toBe(1);
  expect(bad.stdout).toMatch(/^bad\.yaml:1:1: error: Member is missing: program "alcts" is open to members only.*\(application-member\)$/m);
  await writeFile(join(root, 'bad.yaml'), DRAFT.replace('methods: [video]', 'methods: [carrier-pigeon]'));
  const schema = await run(['--from', 'bad.yaml']);
  expect(schema.code).toBe(1);
  expect(schema.stdout).toMatch(/^bad\.yaml:9:11: error: /m);
  expect(github.pulls()).toEqual([]);
});

it('refuses to overwrite an application already on file', async () => {
  await mkdir(join(root, 'content/applications/alcts/2027'), { recursive: true });
  await writeFile(join(root, PATH), DRAFT);
  const result = await run(['--from', 'draft.yaml']);
  expect(result.code).toBe(1);
  expect(result.stderr).toContain('already on file');
  expect(github.pulls()).toEqual([]);
});

it('asks nothing in a repository that is not private: the refusal comes first, exit 2', async () => {
  github.visibility = 'internal';
  const prompts = new ScriptedPrompts({ Cycle: '2027' });
  const result = await run([], prompts);
  expect(result.code).toBe(2);
  expect(result.stderr).toMatch(/the repository tandem-test\/mentoring is internal, so every member of its enterprise could read/);
  expect(prompts.asked).toEqual([]);
  expect(github.writeRequests()).toEqual([]);
});

it("asks field by field with the program's roles and methods, then opens the pull request", async () => {
  const prompts = new ScriptedPrompts({
    Cycle: '2027',
    Name: 'Ines Ravensworth',
    Email: 'ines.ravensworth@example.org',
    Member: true,
    Roles: ['mentee'],
    Interests: 'Metadata, Cataloging',
    Institution: 'Riverbend College',
    'Career stage': 'early',
    'Ways to meet': ['video'],
    Notes: '',
    'Open the pull request': true,
  });
  const result = await run([], prompts);
  expect(result.code, result.stderr).toBe(0);
  expect(prompts.unused()).toEqual([]);
  const path = 'content/applications/alcts/2027/2027-ravensworth.yaml';
  const raw = github.fileOn(applicationBranch('alcts', '2027-ravensworth'), path)!;
  expect(raw).toContain('submitted: "2026-11-30"');
  const file = parse(raw) as Record<string, unknown>;
  expect(file).toEqual({
    program: 'alcts',
    cycle: 2027,
    name: 'Ines Ravensworth',
    email: 'ines.ravensworth@example.org',
    member: true,
    roles: ['mentee'],
    interests: ['Metadata', 'Cataloging'],
    institution: 'Riverbend College',
    careerStage: 'early',
    methods: ['video'],
    submitted: '2026-11-30',
  });
  const roles = prompts.asked.find((question) => question.kind === 'checkbox');
  expect(roles?.choices?.map((choice) => choice.value)).toEqual(['mentor', 'mentee']);
});
