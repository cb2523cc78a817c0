/**
 * Reads every issue carrying a label, open or closed (the desk issue and any
 * the coordinators closed), and edits one issue's body: what the notices
 * ledger needs, kept in the desk issue so that no commit is needed. Issues by
 * anyone but a trusted author (isTrustedAuthor) are left out: a planted issue
 * with the label could otherwise mark notices as sent and silence them.
 */
import type { GitHubClient } from './client.ts';
import type { RepositoryName } from './errors.ts';
import { step, type GitContext } from './git-data.ts';
import { trustedAuthors } from './permission.ts';
import { assertPrivateRepository } from './private-repository.ts';

export interface LabelledIssue {
  number: number;
  state: 'open' | 'closed';
  body: string;
}

interface IssueSummary {
  number: number;
  state: string;
  user?: { login: string } | null;
  body?: string | null;
  pull_request?: unknown;
}

/**
 * Open and closed issues with the label written by a trusted author
 * (trustedAuthors: `author`, the token's own account; the Actions bot; or
 * someone whose role can write: anyone may label an issue they open in some
 * setups, a read-only collaborator among them, and a forged ledger must not
 * silence the notices), pull requests left out, lowest number first.
 */
export async function issuesWithLabel(client: GitHubClient, repo: RepositoryName, label: string, author: string): Promise<LabelledIssue[]> {
  const context: GitContext = { client, repo };
  const issues = await step(context, `reading the issues labelled ${label}`, () =>
    client.paginate(client.rest.issues.listForRepo, { owner: repo.owner, repo: repo.name, labels: label, state: 'all', per_page: 100 }),
  );
  const trusted = trustedAuthors(client, repo, author);
  const kept: IssueSummary[] = [];
  for (const issue of issues as IssueSummary[]) if (!issue.pull_request && (await trusted(issue.user?.login))) kept.push(issue);
  return kept
    .map((issue) => ({
      number: issue.number,
      state: issue.state === 'open' ? ('open' as const) : ('closed' as const),
      body: issue.body ?? '',
    }))
    .sort((a, b) => a.number - b.number);
}

export async function updateIssueBody(client: GitHubClient, repo: RepositoryName, number: number, body: string): Promise<void> {
  await assertPrivateRepository(client, repo);
  await step({ client, repo }, `updating issue #${number}`, () =>
    client.rest.issues.update({ owner: repo.owner, repo: repo.name, issue_number: number, body }),
  );
}
