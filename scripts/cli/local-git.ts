/**
 * Local mode's Git and file I/O (the port of src/lib/publish/local-git.ts):
 * git is run with execFile, never through a shell, in the repository root;
 * files are written with node:fs. Every failure becomes a LocalChangeError
 * with one sentence.
 */
import { execFile } from 'node:child_process';
import { access, mkdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import type { FileChanges } from '../../src/lib/github/index.ts';
import { LocalChangeError, type LocalGit, type LocalGitState } from '../../src/lib/publish/local-git.ts';

const run = promisify(execFile);

/** Git's output, or undefined when it exits non-zero; no Git at all is an error. */
async function git(root: string, args: readonly string[]): Promise<string | undefined> {
  try {
    const { stdout } = await run('git', [...args], { cwd: root, encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 });
    return stdout;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT')
      throw new LocalChangeError('git-failed', 'Git is not installed (or not on PATH): local mode needs it, or set GITHUB_TOKEN.');
    return undefined;
  }
}

async function exists(path: string): Promise<boolean> {
  return access(path).then(
    () => true,
    () => false,
  );
}

export function localGit(root: string): LocalGit {
  return {
    async state(branch: string, paths: readonly string[]): Promise<LocalGitState> {
      if ((await git(root, ['rev-parse', '--is-inside-work-tree']))?.trim() !== 'true') {
        throw new LocalChangeError(
          'not-a-repository',
          `${root} is not a Git working tree: without GITHUB_TOKEN the files are written into one (or set GITHUB_TOKEN to open the pull request on GitHub).`,
        );
      }
      const current = (await git(root, ['symbolic-ref', '--quiet', '--short', 'HEAD']))?.trim();
      // Untracked files (a draft written for --from) do not make the tree dirty: they move with any branch switch.
      const status = await git(root, ['status', '--porcelain', '--untracked-files=no']);
      if (status === undefined) throw new LocalChangeError('git-failed', `git status failed in ${root}.`);
      const branchExists = (await git(root, ['rev-parse', '--verify', '--quiet', `refs/heads/${branch}`])) !== undefined;
      const existing: string[] = [];
      for (const path of paths) if (await exists(join(root, path))) existing.push(path);
      const origin = (await git(root, ['remote', 'get-url', 'origin']))?.trim();
      return { currentBranch: current || undefined, clean: status.trim() === '', branchExists, existing, originUrl: origin || undefined };
    },
    async createBranch(branch: string): Promise<void> {
      if ((await git(root, ['checkout', '-b', branch])) === undefined) {
        throw new LocalChangeError('git-failed', `git could not create the branch ${branch}; nothing was written.`);
      }
    },
    async writeFiles(files: FileChanges): Promise<void> {
      for (const [path, text] of Object.entries(files)) {
        const target = join(root, path);
        if (text === null) await rm(target, { force: true });
        else {
          await mkdir(dirname(target), { recursive: true });
          await writeFile(target, text, 'utf8');
        }
      }
    },
  };
}
