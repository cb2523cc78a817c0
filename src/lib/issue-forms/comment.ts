/**
 * What the IssueOps workflow says on a contract request issue, in plain
 * words. Comments carry a hidden marker so that a later run (after the issue
 * is edited) updates its own comment instead of adding another.
 */
import type { Diagnostic } from '../diagnostics.ts';
import { inertMarkdown } from '../github/inert-markdown.ts';
import type { RepositoryRole } from '../github/permission.ts';

export const COMMENT_MARKER = '<!-- tandem:contract-request -->';

/** One problem as a participant reads it: the form field's label when it is known, and the message. */
export interface FormProblem {
  label?: string | undefined;
  message: string;
}

/** A label is the form's own (from the schema); a message can quote what a participant typed (a ticked box, a program name): made inert. */
const bullet = (problem: FormProblem): string => `- ${problem.label ? `**${problem.label}**: ` : ''}${inertMarkdown(problem.message)}`;

const plural = (count: number, word: string): string => `${count} ${word}${count === 1 ? '' : 's'}`;

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

export function invalidRequestComment(problems: readonly FormProblem[], warnings: readonly FormProblem[] = []): string {
  const lines = [
    COMMENT_MARKER,
    `Thank you for the contract form. It cannot become a pull request yet: ${problems.length === 1 ? 'one thing needs' : `${problems.length} things need`} fixing.`,
    '',
    ...problems.map(bullet),
    '',
  ];
  if (warnings.length > 0) lines.push('Worth a look, though not blocking:', '', ...warnings.map(bullet), '');
  lines.push('Edit this issue (the **...** menu, then **Edit**) to correct the answers; the check runs again when you save.', '');
  return lines.join('\n');
}

export interface OpenedPullRequest {
  url: string;
  number: number;
  /** True when a run before this one had already opened it (the issue was edited). */
  updated: boolean;
}

export function pullRequestComment(pullRequest: OpenedPullRequest, warnings: readonly FormProblem[]): string {
  const lines = [
    COMMENT_MARKER,
    pullRequest.updated
      ? `The contract in pull request #${pullRequest.number} now holds the answers of this issue: ${pullRequest.url}`
      : `Thank you: the contract is now pull request #${pullRequest.number}: ${pullRequest.url}`,
    '',
    // A pull request opened with the workflow's own token starts no other workflow, so the verdict is given here.
    warnings.length === 0
      ? '✅ The contract passed validation. A coordinator will review and merge it.'
      : `⚠️ The contract passed validation with ${plural(warnings.length, 'warning')} for the coordinator to weigh:`,
  ];
  if (warnings.length > 0) lines.push('', ...warnings.map(bullet));
  lines.push('');
  return lines.join('\n');
}

/** The pairing's contract is already on file: a form never overwrites it. */
export function refusedRequestComment(path: string): string {
  return [
    COMMENT_MARKER,
    `A contract for this pairing is already on file (\`${path}\`), so nothing was changed. ` +
      'If it needs correcting, a coordinator can propose the change (`npm run contract:new -- --amend`).',
    '',
  ].join('\n');
}

/** A run that could not finish because GitHub could not be reached or refused; the details are in the workflow run. */
export function failureComment(): string {
  return [
    COMMENT_MARKER,
    'The contract form could not be turned into a pull request this time: GitHub did not accept the request. ' +
      'Nothing was lost; a coordinator can see why in the failed workflow run, and editing the issue tries again.',
    '',
  ].join('\n');
}

/** Diagnostics of the draft as problems, labelled with the form field behind each line. */
export function diagnosticProblems(
  diagnostics: readonly Diagnostic[],
  severity: Diagnostic['severity'],
  labelAtLine: (line: number) => string | undefined,
): FormProblem[] {
  return diagnostics
    .filter((diagnostic) => diagnostic.severity === severity)
    .map((diagnostic) => ({ label: labelAtLine(diagnostic.line), message: diagnostic.message }));
}
