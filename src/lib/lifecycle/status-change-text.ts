/**
 * The words of a `pairing:status` pull request: its branch, title and commit
 * message (an opaque token, never the pairing's id: pull-request-names.ts),
 * labels, reviewers, and a body that says what changed, when, at whose request
 * and why, for the reviewer.
 */
import { inertMarkdown } from '../github/inert-markdown.ts';
import { recordBranch, statusChangeTitle } from '../submit/pull-request-names.ts';
import { programReviewers, type PullRequestText } from '../submit/pull-request-text.ts';
import type { Program } from '../types.generated.ts';
import type { PairingStatus, StatusChange } from './records.ts';

export interface StatusChangeSummary {
  /** The program's id; `program` is its record, when it loads. */
  programId: string;
  program: Program | undefined;
  pairingId: string;
  from: string;
  to: PairingStatus;
  date: string;
  requestedBy: StatusChange['requestedBy'];
  /** The coordinator's sentence, shown quoted and inert (no mention, no link, no markup). */
  note: string;
}

export function statusChangePullRequestText(change: StatusChangeSummary): PullRequestText & { branch: string } {
  const { programId, pairingId } = change;
  const title = statusChangeTitle(change.program ?? { id: programId, name: programId }, pairingId, change.from, change.to);
  return {
    branch: recordBranch('status', programId, pairingId),
    title,
    commitMessage: title,
    body: [
      `Changes the status of \`${programId}/${pairingId}\` from **${change.from}** to **${change.to}** on ${change.date}, as asked by: ${change.requestedBy}.`,
      '',
      `> ${inertMarkdown(change.note)}`,
      '',
      'Validated with the whole repository before this pull request was opened; CI checks it again.',
    ].join('\n'),
    labels: ['pairing', `program:${programId}`],
    reviewers: change.program ? programReviewers(change.program) : [],
  };
}
