/**
 * What the IssueOps workflow says on an issue, in plain words (the action
 * forms' own sentences are in actions/comment.ts). Comments carry a hidden marker so that a later run (after the issue
 * is edited) updates its own comment instead of adding another.
 */
import { inertMarkdown } from '../github/inert-markdown.ts';
import type { RepositoryRole } from '../github/permission.ts';

// The marker keeps its first name, from the contract forms of old: comments already posted carry it.
export const COMMENT_MARKER = '<!-- tandem:contract-request -->';

/** One problem as a participant reads it: the form field's label when it is known, and the message. */
export interface FormProblem {
  label?: string | undefined;
  message: string;
}

/** One problem as a list item: the field's label (the form's own), then the message on one line, made inert (it may quote what was typed). */
export const problemBullet = (problem: FormProblem): string =>
  `- ${problem.label ? `**${problem.label}**: ` : ''}${inertMarkdown(problem.message.replace(/\s*\n\s*/g, ' '))}`;

/** Why someone of this role may not act, in plain words. */
function roleWords(login: string, role: RepositoryRole): string {
  const who = login === '' ? 'The author of this issue' : `@${login}`;
  switch (role) {
    case 'none':
      return `${who} is not a collaborator of this repository`;
    case 'read':
      return `${who} can read this repository but not change it`;
    case 'triage':
      return `${who} can sort this repository's issues but not change its files`;
    case 'write':
    case 'maintain':
    case 'admin':
      return `${who} can change this repository`;
  }
}

/** The answer to a form whose author's role cannot write (`role` from GitHub, never from author_association). */
export function untrustedAuthorComment(login: string, role: RepositoryRole): string {
  return [
    COMMENT_MARKER,
    'Thank you for filling in this form.',
    '',
    `${roleWords(login, role)}, and only people who can change it (its write, maintain or admin role) can turn a form into a pull request, ` +
      'so nothing has been created from this issue. A coordinator will read it and follow up with you.',
    '',
  ].join('\n');
}

export interface OpenedPullRequest {
  url: string;
  number: number;
  /** True when a run before this one had already opened it (the issue was edited). */
  updated: boolean;
}

/** A run that could not finish because GitHub could not be reached or refused; the details are in the workflow run. */
export function failureComment(): string {
  return [
    COMMENT_MARKER,
    'The form could not be turned into a pull request this time: GitHub did not accept the request. ' +
      'Nothing was lost; a coordinator can see why in the failed workflow run, and editing the issue tries again.',
    '',
  ].join('\n');
}
