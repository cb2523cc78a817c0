/**
 * The coordinator's actions from GitHub's pages: each workflow's step run as
 * the runner runs it (its script in bash, the inputs as its env: gives them,
 * the job summary file) against the GitHub-shaped test server.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { main as match } from '../../scripts/match.ts';
import { main as notices } from '../../scripts/notices.ts';
import { demoApplication } from '../support/demo-application.ts';
import { GitHubTestServer } from '../support/github-server.ts';
import { linkProjectCode, PROJECT, runWorkflowStep, workflowStep } from '../support/workflow-step.ts';

let github: GitHubTestServer;
let root: string;

beforeEach(async () => {
  github = await GitHubTestServer.start({ collaborators: { 'casey-coord': 'write' } });
  root = mkdtempSync(join(tmpdir(), 'tandem-workflow-'));
});
afterEach(async () => {
  await github.close();
  rmSync(root, { recursive: true, force: true });
});

/** The step's bash for real, its `node scripts/...` through main in this process (one run per workflow keeps the real node). */
const IN_PROCESS = { inProcess: { 'scripts/match.ts': match, 'scripts/notices.ts': notices } };

describe('Match (match.yml)', () => {
  beforeEach(async () => {
    cpSync(join(PROJECT, 'tests/fixtures/github/repo'), root, { recursive: true });
    const programPath = join(root, 'content/programs/demo/program.yaml');
    writeFileSync(programPath, `${readFileSync(programPath, 'utf8')}applications:\n  roles: [mentor, mentee]\n`);
    mkdirSync(join(root, 'content/applications/demo/2027'), { recursive: true });
    const people: Record<string, Record<string, unknown>> = {
      '2027-lee': { name: 'Jordan Lee', roles: ['mentor'], careerStage: 'senior', capacity: 2 },
      '2027-okafor': { name: 'Ada Okafor' },
      '2027-sato': { name: 'Ken Sato', careerStage: 'student' },
    };
    for (const [id, fields] of Object.entries(people))
      writeFileSync(join(root, `content/applications/demo/2027/${id}.yaml`), JSON.stringify(demoApplication(id, fields)));
    await linkProjectCode(root);
  });

  it(
    'takes the program, cycle and pins from the form, opens the pull request and writes the proposal by id to the summary',
    { timeout: 90_000 },
    async () => {
      const step = await workflowStep('match.yml', 'Open or update the matching pull request');
      const inputs = { PROGRAM: 'demo', CYCLE: '2027', KEEP: ' 2027-okafor=2027-lee ', FORBID: '' };
      const first = await runWorkflowStep(step, root, { ...github.env(), ...inputs });
      expect(first.stderr).toContain('pull request #1 created');
      expect(first.code).toBe(0);
      const [pull] = github.pulls();
      expect(pull?.pull?.head).toBe('tandem/match-demo-2027');
      expect(first.summary).toContain('### Matching proposal: demo, cycle 2027');
      expect(first.summary).toContain('2027-lee');
      expect(first.summary).toContain('--keep 2027-okafor=2027-lee');
      expect(first.summary).toMatch(/Pull request \[#1\]\(.+\) created\./);
      // The summary names applications by id: no applicant's name.
      for (const name of ['Jordan', 'Okafor ', 'Ken Sato']) expect(first.summary).not.toContain(name);

      const again = await runWorkflowStep(step, root, { ...github.env(), ...inputs }, IN_PROCESS);
      expect(again.code).toBe(0);
      expect(again.summary).toMatch(/Pull request \[#1\]\(.+\) unchanged\./);
      expect(github.pulls()).toHaveLength(1);
    },
  );

  it('refuses a malformed pin with the usage, opening nothing', { timeout: 60_000 }, async () => {
    const step = await workflowStep('match.yml', 'Open or update the matching pull request');
    const run = await runWorkflowStep(
      step,
      root,
      { ...github.env(), PROGRAM: 'demo', CYCLE: '2027', KEEP: 'okafor=lee', FORBID: '' },
      IN_PROCESS,
    );
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--keep takes two application ids joined by =');
    expect(github.pulls()).toEqual([]);
  });
});

describe('Notices preview (notices-preview.yml)', () => {
  beforeEach(async () => {
    cpSync(join(PROJECT, 'content/programs'), join(root, 'content/programs'), { recursive: true });
    cpSync(join(PROJECT, 'tests/fixtures/notices/content'), join(root, 'content'), { recursive: true });
    await linkProjectCode(root);
  });

  it('writes each email whole to the summary, addresses masked, and sends nothing', { timeout: 60_000 }, async () => {
    const step = await workflowStep('notices-preview.yml', 'Preview the notices');
    const run = await runWorkflowStep(step, root, { ...github.env(), PROGRAM: 'alao', DAY: '2026-03-02' });
    expect(run.code).toBe(0);
    expect(run.summary).toContain('### Notices preview for alao on 2026-03-02');
    expect(run.summary).toContain('#### alao/2026-lee-okafor: contract-due');
    expect(run.summary).toMatch(/- Subject: .+/);
    expect(run.summary).toMatch(/- To: .+ <j…@e…> \(mentor\)/);
    expect(run.summary).not.toMatch(/[a-z0-9.]+@example\.(edu|org)/);
    expect(run.summary).toContain('nothing was sent');
  });

  it('says so when nothing is due, and refuses a program that does not exist', { timeout: 90_000 }, async () => {
    const step = await workflowStep('notices-preview.yml', 'Preview the notices');
    const quiet = await runWorkflowStep(step, root, { ...github.env(), PROGRAM: 'cala', DAY: '2026-03-02' }, IN_PROCESS);
    expect(quiet.code).toBe(0);
    expect(quiet.summary).toContain('No notice would be sent for cala on 2026-03-02.');
    const unknown = await runWorkflowStep(step, root, { ...github.env(), PROGRAM: 'nope', DAY: '2026-03-02' }, IN_PROCESS);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('there is no valid program "nope"');
  });
});

describe('the workflows a coordinator starts', () => {
  const dispatch = (name: string) =>
    (parse(readFileSync(join(PROJECT, '.github/workflows', name), 'utf8')) as { on: Record<string, { inputs?: Record<string, unknown> }> })
      .on;

  it('ask for their inputs on the "Run workflow" form', () => {
    expect(Object.keys(dispatch('match.yml')['workflow_dispatch']?.inputs ?? {})).toEqual(['program', 'cycle', 'keep', 'forbid']);
    expect(Object.keys(dispatch('notices-preview.yml')['workflow_dispatch']?.inputs ?? {})).toEqual(['program', 'date']);
  });
});
