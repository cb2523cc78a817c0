/**
 * The design's privacy rule, checked rather than trusted: personal data is
 * written to GitHub only when the repository is private. GitHub answers
 * `private: false` for a public repository and `visibility: internal` for one
 * every member of an enterprise can read; both are refused.
 */
import type { GitHubClient } from './client.ts';
import { GitHubError, repositorySlug, type RepositoryName } from './errors.ts';
import { step } from './git-data.ts';

export async function assertPrivateRepository(client: GitHubClient, repo: RepositoryName): Promise<void> {
  const { data } = await step({ client, repo }, 'reading the repository', () =>
    client.rest.repos.get({ owner: repo.owner, repo: repo.name }),
  );
  const visibility = (data as { visibility?: string }).visibility;
  if (data.private !== true || visibility === 'internal') {
    throw new GitHubError(
      'forbidden',
      `${repositorySlug(repo)} is ${visibility === 'internal' ? 'internal (every member of the enterprise can read it)' : 'public'}: ` +
        'Tandem writes personal data only to a private repository. Make it private in its settings, then run again.',
    );
  }
}
