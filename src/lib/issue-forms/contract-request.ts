/**
 * IssueOps: a filled contract form becomes a validated pull request, or a
 * comment that says what to fix. The GitHub work (opening the pull request,
 * writing the comment) is passed in, so this decides and words, and the
 * script and the tests supply the real or the test server's GitHub.
 */
import type { Diagnostic } from '../diagnostics.ts';
import type { Program } from '../types.generated.ts';
import {
  diagnosticProblems,
  invalidRequestComment,
  pullRequestComment,
  untrustedAuthorComment,
  type FormProblem,
} from './comment.ts';
import { isTrustedAuthor, type ContractRequestIssue } from './event.ts';
import { fieldLabelAtLine } from './locate.ts';
import { contractDraftYaml, parseContractRequest } from './parse.ts';

/** What opening the pull request for a draft gave (the same code path as `contract:new`). */
export type DraftVerdict =
  | { status: 'invalid'; diagnostics: readonly Diagnostic[] }
  | { status: 'opened'; url: string; number: number; updated: boolean; warnings: readonly Diagnostic[] };

export interface ContractRequestActions {
  programs: readonly Program[];
  /** Validates the draft in the context of the repository and, when valid, opens or updates its pull request. */
  submit: (draftText: string) => Promise<DraftVerdict>;
  /** Writes (or rewrites) the workflow's comment on the issue. */
  comment: (body: string) => Promise<void>;
}

export type ContractRequestOutcome = 'untrusted-author' | 'invalid' | 'opened';

export interface ContractRequestResult {
  outcome: ContractRequestOutcome;
  comment: string;
  /** The contract YAML the form gave, when it named a program. */
  draftText?: string;
}

export async function handleContractRequest(issue: ContractRequestIssue, actions: ContractRequestActions): Promise<ContractRequestResult> {
  const finish = async (outcome: ContractRequestOutcome, comment: string, draftText?: string): Promise<ContractRequestResult> => {
    await actions.comment(comment);
    return { outcome, comment, ...(draftText === undefined ? {} : { draftText }) };
  };

  if (!isTrustedAuthor(issue)) return finish('untrusted-author', untrustedAuthorComment());

  const request = parseContractRequest(issue.body, actions.programs);
  if (!request.program || request.problems.length > 0) {
    // The form itself could not be read completely: a pull request from part of it would lose answers.
    return finish('invalid', invalidRequestComment(request.problems.map((message) => ({ message }))));
  }

  const draftText = contractDraftYaml(request.contract);
  const labelAtLine = (line: number): string | undefined => fieldLabelAtLine(draftText, line, request.fields);
  const verdict = await actions.submit(draftText);
  if (verdict.status === 'invalid') {
    const errors: FormProblem[] = diagnosticProblems(verdict.diagnostics, 'error', labelAtLine);
    const warnings = diagnosticProblems(verdict.diagnostics, 'warning', labelAtLine);
    return finish('invalid', invalidRequestComment(errors, warnings), draftText);
  }
  const warnings = diagnosticProblems(verdict.warnings, 'warning', labelAtLine);
  return finish('opened', pullRequestComment(verdict, warnings), draftText);
}
