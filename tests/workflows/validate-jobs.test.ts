/**
 * The two scripts of validate.yml that decide what a pull request must pass,
 * run as the runner runs them: the `changes` job's decision (bash and git, on
 * a real two-commit repository) and the `verdict` job's check (node, on the
 * `needs` JSON GitHub hands it).
 */
import { execFileSync } from 'node:child_process';
import { runInNewContext } from 'node:vm';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';

type Step = { id?: string; run?: string; env?: Record<string, string> };
const jobs = parse(await readFile('.github/workflows/validate.yml', 'utf8')) as { jobs: Record<string, { steps: Step[] }> };
const decide = jobs.jobs['changes']!.steps.find((step) => step.id === 'decide')!.run!;
const verdictRun = jobs.jobs['verdict']!.steps[0]!.run!;
/** The verdict step is `node --input-type=module -e '<script>'`: the script. */
const verdict = /^node --input-type=module -e '([\s\S]*)'\s*$/.exec(verdictRun)?.[1];
if (!verdict) throw new Error("the verdict step is no longer node --input-type=module -e '...'");

/** The `changes` decision for a pull request (a merge commit over its base) that adds or changes `files`. */
async function decision(files: string[], event = 'pull_request'): Promise<string> {
  const repo = await mkdtemp(join(tmpdir(), 'tandem-changes-'));
  try {
    await writeFile(join(repo, 'README.md'), 'base\n');
    for (const file of files) {
      await mkdir(dirname(join(repo, file)), { recursive: true });
      await writeFile(join(repo, file), 'changed\n');
    }
    const output = join(repo, 'github-output');
    // The base commit holds README.md, the change commit the files; then the step's script, in bash. One shell runs
    // it all: forking the test worker for each Git command costs more than the commands.
    const git = 'git -c user.name=t -c user.email=t@example.org';
    const commits = `${git} init -q && ${git} add README.md && ${git} commit -qm base && ${git} add -A && ${git} commit -qm change --allow-empty`;
    execFileSync('sh', ['-c', `${commits} && : > github-output && exec bash -e -c "$1"`, 'sh', decide], {
      cwd: repo,
      env: { ...process.env, EVENT: event, GITHUB_OUTPUT: output },
    });
    return (await readFile(output, 'utf8')).trim();
  } finally {
    await rm(repo, { recursive: true, force: true });
  }
}

type Needs = Record<string, { result: string; outputs?: Record<string, string> }>;

/**
 * The verdict script run as the runner runs it, by `node --input-type=module -e`: once, in the first test. The
 * others run the same script text in this process with the `process` and `console` it uses (each Node start
 * costs more CPU than all the checks).
 */
function runVerdict(needs: Needs, options: { realProcess?: boolean } = {}): { code: number; output: string } {
  if (!options.realProcess) {
    const lines: string[] = [];
    const scriptProcess = { env: { NEEDS: JSON.stringify(needs) }, exitCode: undefined as number | undefined };
    // In a context of its own with only what it uses; module code is strict code.
    runInNewContext(`'use strict';\n${verdict!}`, { process: scriptProcess, console: { log: (line: string) => lines.push(`${line}\n`) } });
    return { code: scriptProcess.exitCode ?? 0, output: lines.join('') };
  }
  try {
    const output = execFileSync(process.execPath, ['--input-type=module', '-e', verdict!], {
      env: { ...process.env, NEEDS: JSON.stringify(needs) },
      encoding: 'utf8',
    });
    return { code: 0, output };
  } catch (error) {
    const failed = error as { status: number; stdout: string };
    return { code: failed.status, output: failed.stdout };
  }
}

describe('the changes job', () => {
  it('skips the code checks for a pull request that touches only contracts, pairings and applications', async () => {
    expect(
      await decision([
        'content/contracts/alao/2026-a-b.yaml',
        'content/pairings/alao/2026-a-b.yaml',
        'content/applications/alcts/2026/x.yaml',
      ]),
    ).toBe('code=false');
  });

  it('runs them for anything else: a program, a guideline, code, or a mix', async () => {
    expect(await decision(['content/programs/alao/program.yaml'])).toBe('code=true');
    expect(await decision(['content/contracts/alao/2026-a-b.yaml', 'src/lib/validate/index.ts'])).toBe('code=true');
    expect(await decision(['content/contractsX/a.yaml'])).toBe('code=true');
  });

  it('runs them on every push to main', async () => {
    expect(await decision(['content/contracts/alao/2026-a-b.yaml'], 'push')).toBe('code=true');
  });
});

describe('the verdict job', () => {
  const all = (result: string) => ({ result });
  const jobsWith = (code: 'true' | 'false', results: Partial<Record<'validate' | 'types' | 'format' | 'tests' | 'build', string>>) => ({
    validate: all(results.validate ?? 'success'),
    changes: { result: 'success', outputs: { code } },
    types: all(results.types ?? (code === 'true' ? 'success' : 'skipped')),
    format: all(results.format ?? (code === 'true' ? 'success' : 'skipped')),
    tests: all(results.tests ?? (code === 'true' ? 'success' : 'skipped')),
    build: all(results.build ?? (code === 'true' ? 'success' : 'skipped')),
  });

  it('passes when every job passed, or the code checks were skipped for a content-only pull request', () => {
    expect(runVerdict(jobsWith('true', {}), { realProcess: true }).code).toBe(0);
    expect(runVerdict(jobsWith('false', {})).code).toBe(0);
  });

  it('fails when validation failed, even with the code checks skipped', () => {
    const run = runVerdict(jobsWith('false', { validate: 'failure' }));
    expect(run.code).toBe(1);
    expect(run.output).toContain('FAIL validate: failure');
  });

  it('fails when a code check failed, was cancelled, or was skipped although the change needed it', () => {
    expect(runVerdict(jobsWith('true', { tests: 'failure' })).code).toBe(1);
    expect(runVerdict(jobsWith('true', { build: 'cancelled' })).code).toBe(1);
    expect(runVerdict(jobsWith('true', { types: 'skipped' })).code).toBe(1);
  });

  it('fails when the changes job itself failed (and so skipped the checks)', () => {
    const needs = {
      ...jobsWith('true', { types: 'skipped', format: 'skipped', tests: 'skipped', build: 'skipped' }),
      changes: { result: 'failure', outputs: {} },
    };
    expect(runVerdict(needs).code).toBe(1);
  });
});
