/**
 * Runs the `contract:new` / `pairing:new` scripts in a throw-away copy of the
 * fixture repository, pointed at a test server: through their `main` in this
 * process, or (`spawn: true`, and for standard input) as a real `node
 * scripts/<name>.ts` child. Either way the server answers from this process.
 */
import { spawn } from 'node:child_process';
import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { main as contractNew } from '../../scripts/contract-new.ts';
import { main as pairingNew } from '../../scripts/pairing-new.ts';
import { runMain } from './run-main.ts';

export const PROJECT = resolve(import.meta.dirname, '../..');
export const FIXTURES = join(PROJECT, 'tests/fixtures/github');
const MAINS = { 'contract-new': contractNew, 'pairing-new': pairingNew };

export interface CommandRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** A copy of tests/fixtures/github/repo in a temporary folder; `remove` when done. */
export async function fixtureRepository(): Promise<{ root: string; remove: () => Promise<void> }> {
  const root = await mkdtemp(join(tmpdir(), 'tandem-github-'));
  await cp(join(FIXTURES, 'repo'), root, { recursive: true });
  return { root, remove: () => rm(root, { recursive: true, force: true }) };
}

export async function writeDraft(root: string, name: string, text: string): Promise<string> {
  const path = join(root, name);
  await writeFile(path, text);
  return path;
}

/** The variables a command sees: only PATH and HOME from this process, never a real GITHUB_*. */
export function commandEnv(extra: Record<string, string | undefined>): Record<string, string> {
  const env: Record<string, string> = {
    PATH: process.env['PATH'] ?? '',
    HOME: process.env['HOME'] ?? '',
    NO_COLOR: '1',
    TANDEM_GITHUB_DELAY_SCALE: '0.001',
  };
  for (const [key, value] of Object.entries(extra)) if (value !== undefined) env[key] = value;
  return env;
}

export function runScript(
  script: 'contract-new' | 'pairing-new',
  args: string[],
  options: { cwd: string; env: Record<string, string>; stdin?: string; spawn?: boolean },
): Promise<CommandRun> {
  if (!options.spawn && options.stdin === undefined) return runMain(MAINS[script], args, { cwd: options.cwd, env: options.env });
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, [join(PROJECT, 'scripts', `${script}.ts`), ...args], { cwd: options.cwd, env: options.env });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolvePromise({ code, stdout, stderr }));
    child.stdin.end(options.stdin ?? '');
  });
}

export const lastLine = (text: string): string => text.trimEnd().split('\n').pop() ?? '';
