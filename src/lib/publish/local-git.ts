/**
 * Local mode's port to Git and the working tree: what the submit commands
 * need to know and do when there is no GitHub token. The implementation
 * (git run with execFile, files written with node:fs) lives beside the
 * scripts in scripts/cli/local-git.ts; src/lib only decides.
 */
import type { FileChanges } from '../github/index.ts';

export interface LocalGitState {
  /** The checked-out branch; undefined on a detached HEAD. */
  currentBranch: string | undefined;
  /** No staged or unstaged change to a tracked file (untracked files, such as a draft, do not count). */
  clean: boolean;
  /** Whether a local branch of the change's name exists already. */
  branchExists: boolean;
  /** Of the paths asked about, those present in the working tree. */
  existing: readonly string[];
  /** The URL of the `origin` remote, when there is one. */
  originUrl: string | undefined;
}

export interface LocalGit {
  /** The state of the working tree, for a change on `branch` touching `paths`. */
  state(branch: string, paths: readonly string[]): Promise<LocalGitState>;
  /** Creates `branch` at HEAD and checks it out (the working tree's changes, if any, come along). */
  createBranch(branch: string): Promise<void>;
  /** Writes (or, for null, deletes) the files, paths relative to the repository root. */
  writeFiles(files: FileChanges): Promise<void>;
}

export type LocalChangeErrorKind = 'exists' | 'branch-exists' | 'not-a-repository' | 'git-failed';

/** Local mode refused or failed; the message is one sentence for the person at the terminal. */
export class LocalChangeError extends Error {
  override name = 'LocalChangeError';
  readonly kind: LocalChangeErrorKind;
  constructor(kind: LocalChangeErrorKind, message: string) {
    super(message);
    this.kind = kind;
  }
}
