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
import { chmod, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { parse } from 'yaml';
import { runMain, type Main } from './run-main.ts';

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

export interface StepOptions {
  /**
   * The scripts whose `main` runs in this process instead of a `node` child
   * (by path, e.g. `scripts/match.ts`): the step's bash still runs for real,
   * with a `node` first on PATH that only records its arguments; the recorded
   * `node scripts/<name>.ts ...` then runs through `main`, in the same folder
   * with the same variables. A Node process costs about a second of CPU; each
   * workflow keeps one run with the real `node`. The step must end with that
   * `node` line, so that its exit code is the step's.
   */
  inProcess?: Record<string, Main>;
}

/** Runs the step's script in `cwd` with exactly the variables given (and PATH, HOME, the summary file). */
export async function runWorkflowStep(
  step: { run: string },
  cwd: string,
  env: Record<string, string>,
  options: StepOptions = {},
): Promise<StepRun> {
  const scratch = await mkdtemp(join(tmpdir(), 'tandem-summary-'));
  const summaryFile = join(scratch, 'summary.md');
  await writeFile(summaryFile, '');
  const stepEnv: Record<string, string> = {
    // This Node first, as setup-node puts the project's Node first on the runner.
    PATH: `${dirname(process.execPath)}:${process.env['PATH'] ?? ''}`,
    HOME: process.env['HOME'] ?? '',
    NO_COLOR: '1',
    TANDEM_GITHUB_DELAY_SCALE: '0.001',
    GITHUB_STEP_SUMMARY: summaryFile,
    ...env,
  };
  const nodeCall = join(scratch, 'node-call');
  if (options.inProcess) {
    if (!/^node scripts\/\S+\.ts\b/.test(step.run.trimEnd().split('\n').at(-1)?.trim() ?? ''))
      throw new Error('inProcess needs a step whose last line runs node scripts/<name>.ts');
    const shim = join(scratch, 'node');
    await writeFile(shim, `#!/bin/sh\nprintf '%s\\0' "$@" > '${nodeCall}'\n`);
    await chmod(shim, 0o755);
  }
  const child = spawn('bash', ['-e', '-c', step.run], {
    cwd,
    // No standard input, as on a runner. A socket there (Node's default pipe) makes bash read ~/.bashrc as if
    // called over the network, and a developer's .bashrc can cost more than the step (pyenv init: 40 processes).
    stdio: ['ignore', 'pipe', 'pipe'],
    env: options.inProcess ? { ...stepEnv, PATH: `${scratch}:${stepEnv['PATH']}` } : stepEnv,
  });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  let code = await new Promise<number | null>((done, fail) => {
    child.on('error', fail);
    child.on('close', done);
  });
  if (options.inProcess && code === 0) {
    const [script = '', ...argv] = (await readFile(nodeCall, 'utf8')).split('\0').slice(0, -1);
    const main = options.inProcess[script];
    if (!main) throw new Error(`the step ran node ${script}, which is not among the in-process scripts`);
    const run = await runMain(main, argv, { cwd, env: stepEnv });
    code = run.code;
    stdout += run.stdout;
    stderr += run.stderr;
  }
  const summary = await readFile(summaryFile, 'utf8');
  await rm(scratch, { recursive: true, force: true });
  return { code, stdout, stderr, summary };
}
