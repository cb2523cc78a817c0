/**
 * The privacy model rests on the repository being private: contracts,
 * pairings, applications, the desk and the notices ledger name people.
 * Everything that writes them to GitHub calls `assertPrivateRepository`
 * first (openRecordPullRequest and the labelled-issue writes do it
 * themselves), so that a repository made public, or created internal in an
 * enterprise, is refused before anything is written rather than trusted to
 * the README.
 */
import type { GitHubClient } from './client.ts';
import { repositorySlug, type RepositoryName } from './errors.ts';
import { GitHubError } from './github-error.ts';
import { repositoryFacts, type RepositoryVisibility } from './repository-facts.ts';

const MAKE_PRIVATE = 'make it private on GitHub (Settings, then Change visibility under Danger Zone) and run this again';

/** Why Tandem will not write personal data to a repository of this visibility, in one sentence; undefined when it may. */
export function visibilityRefusal(repo: RepositoryName, visibility: RepositoryVisibility): string | undefined {
  const slug = repositorySlug(repo);
  switch (visibility) {
    case 'private':
      return undefined;
    case 'public':
      return `Nothing was written: the repository ${slug} is public, so anyone could read the names and emails Tandem would put in it; ${MAKE_PRIVATE}.`;
    case 'internal':
      return `Nothing was written: the repository ${slug} is internal, so every member of its enterprise could read the names and emails Tandem would put in it; ${MAKE_PRIVATE}.`;
  }
}

/**
 * Resolves when the repository is private; throws GitHubError('not-private')
 * with one sentence when it is public or internal. Asks GitHub once per client
 * (see repositoryFacts), so calling it before every write costs nothing more.
 */
export async function assertPrivateRepository(client: GitHubClient, repo: RepositoryName): Promise<void> {
  const { visibility } = await repositoryFacts(client, repo);
  const refusal = visibilityRefusal(repo, visibility);
  if (refusal !== undefined) throw new GitHubError('not-private', refusal);
}
