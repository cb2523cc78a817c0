/**
 * The GitHub repository whose contract and application issue forms the online form may open,
 * known at build time: GitHub Actions sets GITHUB_REPOSITORY (and
 * GITHUB_SERVER_URL for GitHub Enterprise) when the deploy workflow builds the
 * site. A build outside a repository offers no GitHub button.
 */
import type { IssueTarget } from '../../lib/forms/online/issue-url.ts';

export function issueTarget(env: Readonly<Record<string, string | undefined>> = process.env): IssueTarget | undefined {
  const repository = env['GITHUB_REPOSITORY'];
  if (!repository || !/^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/.test(repository)) return undefined;
  return { serverUrl: env['GITHUB_SERVER_URL'] || 'https://github.com', repository };
}
