/**
 * Where local mode writes a change, decided from the working tree's state
 * alone (no I/O here):
 *
 * - a record that must not exist yet but is in the working tree: refused,
 *   naming the file, as the pull request path refuses a duplicate;
 * - a clean tree: a new branch of the pull request's own name, from HEAD;
 *   when that branch exists already, refused (unless it is checked out, which
 *   is a rerun: written on it), because switching would change what the
 *   command just validated against;
 * - a dirty tree: written on the current branch, and the report says so,
 *   since switching would carry the person's own changes along unasked.
 */
import { LocalChangeError, type LocalGitState } from './local-git.ts';

export type LocalPlan =
  | { action: 'new-branch'; branch: string; from: string | undefined }
  | { action: 'current-branch'; branch: string | undefined; why: 'dirty' | 'rerun' };

export interface LocalChangeShape {
  branch: string;
  mustNotExist: readonly string[];
  amend: boolean;
}

export function planLocalChange(state: LocalGitState, change: LocalChangeShape): LocalPlan {
  if (!change.amend) {
    const present = change.mustNotExist.find((path) => state.existing.includes(path));
    if (present !== undefined) {
      throw new LocalChangeError(
        'exists',
        `${present} already exists in the working tree; it was not changed. Use --amend to propose a change to it.`,
      );
    }
  }
  if (!state.clean) return { action: 'current-branch', branch: state.currentBranch, why: 'dirty' };
  if (state.currentBranch === change.branch) return { action: 'current-branch', branch: change.branch, why: 'rerun' };
  if (state.branchExists) {
    throw new LocalChangeError(
      'branch-exists',
      `The branch ${change.branch} exists already (from an earlier run); nothing was written. ` +
        `Switch to it (git switch ${change.branch}) to run the command again on it, or delete it (git branch -D ${change.branch}) to start afresh.`,
    );
  }
  return { action: 'new-branch', branch: change.branch, from: state.currentBranch };
}
