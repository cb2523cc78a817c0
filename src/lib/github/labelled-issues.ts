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
import { isTrustedAuthor } from './whoami.ts';

export interface LabelledIssue {
  number: number;
  state: 'open' | 'closed';
  body: string;
}

interface IssueSummary {
  number: number;
  state: string;
  user?: { login: string } | null;
  author_association?: string;
  body?: string | null;
  pull_request?: unknown;
}

/**
 * Open and closed issues with the label written by a trusted author
 * (isTrustedAuthor: `author`, the token's own account; the Actions bot; or
 * someone with write access: anyone may label an issue they open in some
 * setups, and a forged ledger must not silence the notices), pull requests
 * left out, lowest number first.
 */
export async function issuesWithLabel(client: GitHubClient, repo: RepositoryName, label: string, author: string): Promise<LabelledIssue[]> {
  const context: GitContext = { client, repo };
  const issues = await step(context, `reading the issues labelled ${label}`, () =>
    client.paginate(client.rest.issues.listForRepo, { owner: repo.owner, repo: repo.name, labels: label, state: 'all', per_page: 100 }),
  );
  return (issues as IssueSummary[])
    .filter((issue) => !issue.pull_request && isTrustedAuthor(issue, author))
    .map((issue) => ({
      number: issue.number,
      state: issue.state === 'open' ? ('open' as const) : ('closed' as const),
      body: issue.body ?? '',
    }))
    .sort((a, b) => a.number - b.number);
}

export async function updateIssueBody(client: GitHubClient, repo: RepositoryName, number: number, body: string): Promise<void> {
  await step({ client, repo }, `updating issue #${number}`, () =>
    client.rest.issues.update({ owner: repo.owner, repo: repo.name, issue_number: number, body }),
  );
}
