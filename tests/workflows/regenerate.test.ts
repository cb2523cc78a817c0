/**
 * The Regenerate workflow (regenerate.yml): a coordinator's pull request that
 * edits program.yaml gets its generated files committed to its own branch,
 * once; its step runs as the runner runs it, in a real Git repository with a
 * real remote, both in a temporary folder. The first run is the step itself
 * (bash, then Node on the script); the runs after it call the script's main
 * in this process with the step's arguments (each real run costs a Node
 * start and a fresh compilation of every generated file).
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { main } from '../../scripts/regenerate-pull-request.ts';
import { runMain } from '../support/run-main.ts';
import { PROJECT, runWorkflowStep, workflowStep, type StepRun } from '../support/workflow-step.ts';

let base: string;
let checkout: string;
let remote: string;
const IDENTITY = ['-c', 'user.name=A Coordinator', '-c', 'user.email=coordinator@example.org'];
const git = (cwd: string, ...args: string[]): string => execFileSync('git', [...IDENTITY, ...args], { cwd, encoding: 'utf8' });
/** Git commands (`git` standing for git with the coordinator's identity) run one after the other by one shell. */
const gitSeries = (cwd: string, ...commands: string[]): void => {
  execFileSync('sh', ['-c', `git() { command git ${IDENTITY.map((arg) => `'${arg}'`).join(' ')} "$@"; }\n${commands.join(' && ')}`], {
    cwd,
    env: { ...process.env, REMOTE: remote },
  });
};

beforeAll(() => {
  base = mkdtempSync(join(tmpdir(), 'tandem-regenerate-'));
  remote = join(base, 'remote.git');
  checkout = join(base, 'checkout');
  // What generate reads and writes is copied (under src/: the files it writes, and the sources whose times name what
  // changed); the code it runs and the packages are linked.
  for (const entry of [
    'src/lib/types.generated.ts',
    'src/lib/compiled-schemas',
    'src/lib/rule-ids.ts',
    'src/lib/review-checklist.ts',
    'schemas',
    '.github',
    '.vscode',
    'docs',
    'package.json',
    'content/programs',
  ])
    cpSync(join(PROJECT, entry), join(checkout, entry), { recursive: true });
  symlinkSync(join(PROJECT, 'scripts'), join(checkout, 'scripts'));
  symlinkSync(join(PROJECT, 'node_modules'), join(checkout, 'node_modules'));
  writeFileSync(join(checkout, '.gitignore'), 'node_modules\nscripts\n');
  // The project on main in the remote, and a branch of it checked out. Each series of Git commands runs in one
  // small shell: forking the test worker for each command costs more than the command.
  gitSeries(
    checkout,
    `git init --quiet --bare "$REMOTE"`,
    'git init --quiet --initial-branch main',
    'git add -A',
    "git commit --quiet -m 'The project'",
    'git remote add origin "$REMOTE"',
    'git push --quiet origin main',
    'git switch --quiet -c tandem/cala-coordinator',
  );
  // The coordinator's edit on github.com: a second coordinator for CALA, on a branch of its own.
  const programPath = join(checkout, 'content/programs/cala/program.yaml');
  writeFileSync(
    programPath,
    readFileSync(programPath, 'utf8').replace(
      /^coordinators:\n/m,
      'coordinators:\n  - name: Quincy Newcomer\n    email: quincy.newcomer@example.org\n    github: cala-new-coordinator\n',
    ),
  );
  gitSeries(checkout, "git commit --quiet -am 'A second CALA coordinator'", 'git push --quiet origin tandem/cala-coordinator');
}, 60_000);
afterAll(() => rmSync(base, { recursive: true, force: true }));

const STEP_COMMAND = 'node scripts/regenerate-pull-request.ts --branch "$BRANCH"';

/**
 * The step's one command (checked to be exactly STEP_COMMAND) as the script's main in this process, in the
 * checkout, with the step's environment: what runWorkflowStep runs, without starting bash and Node again.
 */
async function runStepInProcess(step: { run: string }, branch: string): Promise<StepRun> {
  expect(step.run.trim()).toBe(STEP_COMMAND);
  // In the test's own folder, removed with it.
  const summaryFile = join(await mkdtemp(join(base, 'summary-')), 'summary.md');
  await writeFile(summaryFile, '');
  const env = { PATH: process.env['PATH'], HOME: process.env['HOME'], NO_COLOR: '1', GITHUB_STEP_SUMMARY: summaryFile, BRANCH: branch };
  const run = await runMain(main, ['--branch', branch], { cwd: checkout, env });
  return { ...run, summary: await readFile(summaryFile, 'utf8') };
}

const remoteLog = (format: string) => git(remote, 'log', '-1', `--format=${format}`, 'tandem/cala-coordinator').trim();

describe('Regenerate (regenerate.yml)', () => {
  it('commits exactly the regenerated files to the pull request branch, then finds nothing to do', { timeout: 120_000 }, async () => {
    const step = await workflowStep('regenerate.yml', 'Regenerate, commit and push');
    const first = await runWorkflowStep(step, checkout, { BRANCH: 'tandem/cala-coordinator' });
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    expect(remoteLog('%an|%s')).toBe('github-actions[bot]|Regenerate the files derived from program.yaml and the schemas');
    const files = git(remote, 'show', '--name-only', '--format=', 'tandem/cala-coordinator').trim().split('\n').sort();
    expect(files).toContain('.github/CODEOWNERS');
    expect(
      files.filter((file) => !file.startsWith('.github/') && file !== 'docs/program-authors.md' && !file.startsWith('src/lib/')),
    ).toEqual([]);
    expect(git(remote, 'show', 'tandem/cala-coordinator:.github/CODEOWNERS')).toContain('@cala-new-coordinator');
    expect(first.summary).toContain('Committed to `tandem/cala-coordinator`');
    expect(first.summary).toContain('`.github/CODEOWNERS`');

    const second = await runStepInProcess(step, 'tandem/cala-coordinator');
    expect(second.code).toBe(0);
    expect(second.summary).toContain('Up to date: nothing to commit.');
    expect(git(remote, 'rev-list', '--count', 'tandem/cala-coordinator').trim()).toBe('3');
  });

  it('refuses to commit twice in a row when generation does not settle', { timeout: 120_000 }, async () => {
    // A generated file hand-edited on the bot's own commit: generating again changes it, and the bot's commit is last.
    writeFileSync(join(checkout, '.github/CODEOWNERS'), 'hand-edited\n');
    git(
      checkout,
      '-c',
      'user.name=github-actions[bot]',
      'commit',
      '--quiet',
      '--amend',
      '--no-edit',
      '-a',
      '--author',
      'github-actions[bot] <bot@example.org>',
    );
    const step = await workflowStep('regenerate.yml', 'Regenerate, commit and push');
    const run = await runStepInProcess(step, 'tandem/cala-coordinator');
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('generation does not settle');
  });

  it('never runs for a fork, nor on the bot itself, and pushes with the workflow token only', () => {
    const workflow = parse(readFileSync(join(PROJECT, '.github/workflows/regenerate.yml'), 'utf8')) as {
      on: Record<string, { paths: string[] }>;
      jobs: Record<string, { if: string; permissions: Record<string, string> }>;
    };
    expect(Object.keys(workflow.on)).toEqual(['pull_request']);
    expect(workflow.on['pull_request']?.paths).toEqual(['content/programs/*/program.yaml', 'schemas/**']);
    const job = workflow.jobs['regenerate']!;
    expect(job.if).toContain('github.event.pull_request.head.repo.full_name == github.repository');
    expect(job.if).toContain("github.actor != 'github-actions[bot]'");
    expect(job.permissions).toEqual({ contents: 'write' });
  });
});
