/**
 * Who may act: the one place Tandem decides whether a person may make it
 * write to the repository (an IssueOps form turned into a pull request, an
 * issue trusted as the desk or the notices ledger). The issue's
 * `author_association` cannot decide it: COLLABORATOR includes read-only
 * collaborators and MEMBER any member of the owning organisation. The
 * person's real role in the repository is asked instead, and only write,
 * maintain and admin may act.
 */
import type { GitHubClient } from './client.ts';
import { isStatus, toGitHubError, type RepositoryName } from './errors.ts';
import { ACTIONS_BOT_LOGIN } from './whoami.ts';

/** GitHub's repository roles, lowest first, and `none` for someone without access. */
const REPOSITORY_ROLES = ['none', 'read', 'triage', 'write', 'maintain', 'admin'] as const;
export type RepositoryRole = (typeof REPOSITORY_ROLES)[number];

const isRole = (value: unknown): value is RepositoryRole =>
  typeof value === 'string' && (REPOSITORY_ROLES as readonly string[]).includes(value);

/** The roles that can write to the repository, and so may make Tandem write. */
export const canWrite = (role: RepositoryRole): boolean => role === 'write' || role === 'maintain' || role === 'admin';

/**
 * The role in GET /repos/{owner}/{repo}/collaborators/{username}/permission's
 * answer. `role_name` names it (maintain and triage included); the legacy
 * `permission` folds maintain into write and triage into read, so it decides
 * only when `role_name` is not one of GitHub's roles: absent (older GitHub
 * Enterprise Server) or an organisation's custom role, whose base role
 * `permission` then gives.
 */
export function roleOf(data: { permission?: unknown; role_name?: unknown }): RepositoryRole {
  if (isRole(data.role_name)) return data.role_name;
  return isRole(data.permission) ? data.permission : 'none';
}

/** `login`'s role in the repository; `none` when GitHub knows no such user or the user has no access (404). */
export async function repositoryRole(client: GitHubClient, repo: RepositoryName, login: string): Promise<RepositoryRole> {
  try {
    const { data } = await client.rest.repos.getCollaboratorPermissionLevel({ owner: repo.owner, repo: repo.name, username: login });
    return roleOf(data);
  } catch (error) {
    if (isStatus(error, 404)) return 'none';
    throw toGitHubError(error, repo, `reading the repository role of ${login}`);
  }
}

/**
 * Whether an issue's author may be trusted as a writer of Tandem's issues
 * (the desk, the notices ledger in it): the token's own account, the Actions
 * bot (the weekly workflow), or someone whose role can write. Each login is
 * asked about once.
 */
export function trustedAuthors(
  client: GitHubClient,
  repo: RepositoryName,
  ownLogin: string,
): (login: string | undefined) => Promise<boolean> {
  const asked = new Map<string, Promise<boolean>>();
  return (login) => {
    if (login === undefined) return Promise.resolve(false);
    const key = login.toLowerCase();
    if (key === ownLogin.toLowerCase() || key === ACTIONS_BOT_LOGIN) return Promise.resolve(true);
    const known = asked.get(key) ?? repositoryRole(client, repo, login).then(canWrite);
    asked.set(key, known);
    return known;
  };
}
