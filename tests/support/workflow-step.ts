/**
 * Runs one `run:` step of a workflow the way the runner does: its script text
 * in bash (`bash -e`, as GitHub runs `run:` steps), in a checkout, with the
 * step's `env:` values given by the test (what `${{ inputs.x }}` or a secret
 * would hold there) and the job summary file GitHub provides. The checkout is
 * a throw-away repository whose `scripts/`, `src/`, `schemas/` and
 * `node_modules/` are links to this project, so `node scripts/<name>.ts`
 * runs this project's code on the test's content.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { parse } from 'yaml';

export const PROJECT = resolve(import.meta.dirname, '../..');

interface Step {
  name?: string;
  run?: string;
  env?: Record<string, string>;
}

/** The step of `workflow` (a file in .github/workflows) whose name is `name`. */
export async function workflowStep(workflow: string, name: string): Promise<Step & { run: string }> {
  const parsed = parse(await readFile(join(PROJECT, '.github/workflows', workflow), 'utf8')) as { jobs: Record<string, { steps: Step[] }> };
  for (const job of Object.values(parsed.jobs)) {
    const step = job.steps.find((candidate) => candidate.name === name);
    if (step?.run) return { ...step, run: step.run };
  }
  throw new Error(`${workflow} has no run step named "${name}"`);
}

/** Links this project's code into `root`, so a step's `node scripts/...` finds it there. */
export async function linkProjectCode(root: string): Promise<void> {
  for (const entry of ['scripts', 'src', 'schemas', 'node_modules', 'package.json']) {
    await symlink(join(PROJECT, entry), join(root, entry)).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== 'EEXIST') throw error;
    });
  }
}

export interface StepRun {
  code: number | null;
  stdout: string;
  stderr: string;
  /** What the step wrote to the job summary. */
  summary: string;
}

/** Runs the step's script in `cwd` with exactly the variables given (and PATH, HOME, the summary file). */
export async function runWorkflowStep(step: { run: string }, cwd: string, env: Record<string, string>): Promise<StepRun> {
  const summaryFile = join(await mkdtemp(join(tmpdir(), 'tandem-summary-')), 'summary.md');
  await writeFile(summaryFile, '');
  const child = spawn('bash', ['-e', '-c', step.run], {
    cwd,
    // No standard input, as on a runner. A socket there (Node's default pipe) makes bash read ~/.bashrc as if
    // called over the network, and a developer's .bashrc can cost more than the step (pyenv init: 40 processes).
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      // This Node first, as setup-node puts the project's Node first on the runner.
      PATH: `${dirname(process.execPath)}:${process.env['PATH'] ?? ''}`,
      HOME: process.env['HOME'] ?? '',
      NO_COLOR: '1',
      TANDEM_GITHUB_DELAY_SCALE: '0.001',
      GITHUB_STEP_SUMMARY: summaryFile,
      ...env,
    },
  });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const code = await new Promise<number | null>((done, fail) => {
    child.on('error', fail);
    child.on('close', done);
  });
  return { code, stdout, stderr, summary: await readFile(summaryFile, 'utf8') };
}
