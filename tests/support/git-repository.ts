/**
 * A real Git repository in a temporary folder, for local mode's tests: the
 * files given, committed on `main`, with a GitHub-like `origin` remote URL
 * (never contacted). Git runs with execFile and a fixed identity, so that the
 * machine's own Git settings do not matter.
 */
import { execFile } from 'node:child_process';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

export const GIT_ENV = {
  GIT_AUTHOR_NAME: 'Test',
  GIT_AUTHOR_EMAIL: 'test@example.org',
  GIT_COMMITTER_NAME: 'Test',
  GIT_COMMITTER_EMAIL: 'test@example.org',
  GIT_CONFIG_NOSYSTEM: '1',
};

export interface TestFolder {
  root: string;
  /** Runs git in the folder; its standard output. */
  git: (...args: string[]) => Promise<string>;
  read: (path: string) => Promise<string | undefined>;
  write: (path: string, text: string) => Promise<void>;
  /** Every file under content/, path -> text. */
  contentFiles: () => Promise<Record<string, string>>;
  remove: () => Promise<void>;
}

/** Git's environment in a test folder: the fixed identity, the folder as HOME. */
const gitEnv = (root: string): NodeJS.ProcessEnv => ({ PATH: process.env['PATH'] ?? '', HOME: root, ...GIT_ENV });

/** A plain folder holding a copy of `from` (a fixture folder), then `files`. */
export async function testFolder(from: string | undefined, files: Record<string, string> = {}): Promise<TestFolder> {
  const root = await mkdtemp(join(tmpdir(), 'tandem-local-'));
  if (from) await cp(from, root, { recursive: true });
  const folder: TestFolder = {
    root,
    git: async (...args) => (await run('git', args, { cwd: root, env: gitEnv(root) })).stdout,
    read: (path) => readFile(join(root, path), 'utf8').catch(() => undefined),
    write: async (path, text) => {
      await mkdir(dirname(join(root, path)), { recursive: true });
      await writeFile(join(root, path), text);
    },
    contentFiles: async () => {
      const entries = await readdir(join(root, 'content'), { recursive: true, withFileTypes: true }).catch(() => []);
      const out: Record<string, string> = {};
      for (const entry of entries.filter((candidate) => candidate.isFile())) {
        const path = relative(root, join(entry.parentPath, entry.name)).split('\\').join('/');
        out[path] = await readFile(join(root, path), 'utf8');
      }
      return out;
    },
    remove: () => rm(root, { recursive: true, force: true }),
  };
  for (const [path, text] of Object.entries(files)) await folder.write(path, text);
  return folder;
}

/** The same, made a Git repository with everything committed on main. */
export async function gitRepository(from: string | undefined, files: Record<string, string> = {}): Promise<TestFolder> {
  const folder = await testFolder(from, files);
  // One small shell runs the four Git commands: forking the test worker (a few hundred MB) costs
  // tens of milliseconds of CPU each time, forking the shell almost nothing.
  await run(
    'sh',
    [
      '-c',
      'git init --quiet --initial-branch=main && git remote add origin "$1" && git add --all && git commit --quiet --message "$2"',
      'sh',
      'git@github.com:alao-ohio/mentoring.git',
      'The repository as it stands',
    ],
    { cwd: folder.root, env: gitEnv(folder.root) },
  );
  return folder;
}

/** The environment of a command in local mode: no GITHUB_* at all, and the fixed Git identity. */
export const localEnv = (root: string): Record<string, string> => ({
  PATH: process.env['PATH'] ?? '',
  HOME: root,
  NO_COLOR: '1',
  ...GIT_ENV,
});
