/**
 * What Tandem needs to know about the repository itself (its default branch,
 * who can see it), read once per client: one GET /repos/{owner}/{repo} per
 * run, however many pull requests or issues the run writes. A failed read is
 * not kept, so that a rerun with the same client asks again.
 */
import type { GitHubClient } from './client.ts';
import { toGitHubError, repositorySlug, type RepositoryName } from './errors.ts';

/** GitHub's three visibilities: `internal` repositories are readable by every member of the owner's enterprise. */
export type RepositoryVisibility = 'public' | 'private' | 'internal';

export interface RepositoryFacts {
  defaultBranch: string;
  visibility: RepositoryVisibility;
}

interface RepositoryJson {
  default_branch: string;
  private: boolean;
  visibility?: string;
}

/**
 * The visibility GitHub reports. `visibility` is absent on older GitHub
 * Enterprise Server versions; `private` then decides, and an unknown word
 * counts as public (the safe reading: Tandem refuses to write).
 */
function visibilityOf(data: RepositoryJson): RepositoryVisibility {
  if (data.visibility === undefined) return data.private ? 'private' : 'public';
  return data.visibility === 'private' || data.visibility === 'internal' ? data.visibility : 'public';
}

const cache = new WeakMap<GitHubClient, Map<string, Promise<RepositoryFacts>>>();

export function repositoryFacts(client: GitHubClient, repo: RepositoryName): Promise<RepositoryFacts> {
  const known = cache.get(client) ?? new Map<string, Promise<RepositoryFacts>>();
  cache.set(client, known);
  const key = repositorySlug(repo).toLowerCase();
  const cached = known.get(key);
  if (cached) return cached;
  const read = client.rest.repos.get({ owner: repo.owner, repo: repo.name }).then(
    ({ data }) => ({ defaultBranch: data.default_branch, visibility: visibilityOf(data) }),
    (error: unknown) => {
      known.delete(key);
      throw toGitHubError(error, repo, 'reading the repository');
    },
  );
  known.set(key, read);
  return read;
}
