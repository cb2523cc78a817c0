/**
 * Runs a script's `main(argv)` in this process, as the real process would run
 * it: in a given folder, with a given environment, its standard output and
 * error captured. Starting a real process for every case costs a second or
 * more; the tests call `main` and keep a spawn or two per script (see
 * `runProcess`) to prove the file runs on Node itself.
 *
 * Test files run their tests one after another, so changing the process's
 * folder, environment and streams for the length of one call is safe; all of
 * it is put back afterwards, whatever happens.
 */
import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import { vi } from 'vitest';

export const PROJECT = resolve(import.meta.dirname, '../..');

export interface MainRun {
  code: number;
  stdout: string;
  stderr: string;
}

export type Main = (argv: string[]) => Promise<number>;

export interface RunOptions {
  /** The folder the command runs in (default: the project). */
  cwd?: string;
  /**
   * The whole environment the command sees. Vitest's own VITEST* variables are
   * kept so that the test runner keeps working. Default: this process's.
   */
  env?: Record<string, string | undefined>;
}

function capture(stream: NodeJS.WriteStream, into: string[]) {
  return vi.spyOn(stream, 'write').mockImplementation((chunk: string | Uint8Array, ...rest: unknown[]) => {
    into.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'));
    const callback = rest.find((arg): arg is () => void => typeof arg === 'function');
    callback?.();
    return true;
  });
}

export async function runMain(main: Main, argv: string[], options: RunOptions = {}): Promise<MainRun> {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const folder = process.cwd();
  const environment = process.env;
  const exitCode = process.exitCode;
  const outSpy = capture(process.stdout, stdout);
  const errSpy = capture(process.stderr, stderr);
  try {
    if (options.env) {
      const kept = Object.fromEntries(Object.entries(environment).filter(([key]) => key.startsWith('VITEST')));
      process.env = { ...kept, ...Object.fromEntries(Object.entries(options.env).filter(([, value]) => value !== undefined)) };
    }
    process.chdir(options.cwd ?? PROJECT);
    const code = await main(argv);
    return { code, stdout: stdout.join(''), stderr: stderr.join('') };
  } finally {
    outSpy.mockRestore();
    errSpy.mockRestore();
    process.chdir(folder);
    process.env = environment;
    process.exitCode = exitCode;
  }
}

export interface ProcessRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** The real thing, once or twice per script: `node scripts/<name>.ts ...`, on Node's own type stripping (no loader). */
export function runProcess(
  script: string,
  argv: string[],
  options: { cwd?: string; env?: NodeJS.ProcessEnv; input?: string } = {},
): Promise<ProcessRun> {
  return new Promise((done) => {
    const child = execFile(
      process.execPath,
      [resolve(PROJECT, script), ...argv],
      { cwd: options.cwd ?? PROJECT, env: options.env ?? process.env, maxBuffer: 16 * 1024 * 1024 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : null) : 0;
        done({ code, stdout, stderr });
      },
    );
    child.stdin?.end(options.input ?? '');
  });
}
