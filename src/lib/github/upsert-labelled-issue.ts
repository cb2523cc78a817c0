/**
 * Keeps exactly one open issue carrying a label (the weekly coordinator's
 * desk): finds the open issue with that label and edits it, creates it only
 * when there is none, and closes any extra open ones (a create that succeeded
 * behind a 5xx and was retried leaves a twin) so that the next run finds one.
 * Only issues written by a trusted author count (trustedAuthors: the token's
 * own account, the Actions bot, or someone whose role can write): anyone
 * else's issue carrying the label is never rewritten or closed. The issue
 * names pairings, so the repository must be private (assertPrivateRepository).
 */
import type { GitHubClient } from './client.ts';
import type { RepositoryName } from './errors.ts';
import { step, type GitContext } from './git-data.ts';
import { trustedAuthors } from './permission.ts';
import { assertPrivateRepository } from './private-repository.ts';
import { authenticatedLogin } from './whoami.ts';

export interface LabelledIssueRequest {
  label: string;
  title: string;
  body: string;
}

type LabelledIssueOutcome = 'created' | 'updated' | 'unchanged';

export interface LabelledIssueResult {
  number: number;
  url: string;
  outcome: LabelledIssueOutcome;
  /** Extra open issues with the label that were closed as duplicates. */
  closedDuplicates: number[];
}

interface IssueSummary {
  number: number;
  user?: { login: string } | null;
  html_url: string;
  title: string;
  body?: string | null;
  pull_request?: unknown;
}

async function openIssuesWithLabel(context: GitContext, label: string, author: string): Promise<IssueSummary[]> {
  const issues = await step(context, `looking for the open issue labelled ${label}`, () =>
    context.client.paginate(context.client.rest.issues.listForRepo, {
      owner: context.repo.owner,
      repo: context.repo.name,
      labels: label,
      state: 'open',
      per_page: 100,
    }),
  );
  // GitHub lists pull requests among issues; a pull request is never the desk.
  const trusted = trustedAuthors(context.client, context.repo, author);
  const kept: IssueSummary[] = [];
  for (const issue of issues as IssueSummary[]) if (!issue.pull_request && (await trusted(issue.user?.login))) kept.push(issue);
  return kept.sort((a, b) => a.number - b.number);
}

export async function upsertLabelledIssue(
  client: GitHubClient,
  repo: RepositoryName,
  request: LabelledIssueRequest,
): Promise<LabelledIssueResult> {
  const context: GitContext = { client, repo };
  const where = { owner: repo.owner, repo: repo.name };
  await assertPrivateRepository(client, repo);
  const [current, ...duplicates] = await openIssuesWithLabel(context, request.label, await authenticatedLogin(client, repo));
  const closedDuplicates: number[] = [];
  for (const duplicate of duplicates) {
    await step(context, `closing the duplicate issue #${duplicate.number}`, () =>
      client.rest.issues.update({ ...where, issue_number: duplicate.number, state: 'closed', state_reason: 'not_planned' }),
    );
    closedDuplicates.push(duplicate.number);
  }
  if (!current) {
    const { data } = await step(context, `creating the issue labelled ${request.label}`, () =>
      client.rest.issues.create({ ...where, title: request.title, body: request.body, labels: [request.label] }),
    );
    return { number: data.number, url: data.html_url, outcome: 'created', closedDuplicates };
  }
  if (current.title === request.title && (current.body ?? '') === request.body) {
    return { number: current.number, url: current.html_url, outcome: 'unchanged', closedDuplicates };
  }
  await step(context, `updating issue #${current.number}`, () =>
    client.rest.issues.update({ ...where, issue_number: current.number, title: request.title, body: request.body }),
  );
  return { number: current.number, url: current.html_url, outcome: 'updated', closedDuplicates };
}
