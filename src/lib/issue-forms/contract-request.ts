/**
 * IssueOps: a filled contract form becomes a validated pull request, or a
 * comment that says what to fix. The GitHub work (opening the pull request,
 * writing the comment) is passed in, so this decides and words, and the
 * script and the tests supply the real or the test server's GitHub.
 */
import type { Diagnostic } from '../diagnostics.ts';
import { recordPath } from '../submit/record-location.ts';
import type { SubmitResult } from '../submit/submit-draft.ts';
import type { Program } from '../types.generated.ts';
import { diagnosticProblems, invalidRequestComment, pullRequestComment, refusedRequestComment, type FormProblem } from './comment.ts';
import { authorRefusal, type AuthorRole } from './author.ts';
import type { ContractRequestIssue } from './event.ts';
import { fieldLabelAtLine } from './locate.ts';
import { contractDraftYaml, parseContractRequest } from './parse.ts';

/** What opening the pull request for a draft gave (the same code path as `contract:new`). */
export type DraftVerdict =
  | { status: 'invalid'; diagnostics: readonly Diagnostic[] }
  /** The contract of that pairing is already on file: it is never overwritten from a form. */
  | { status: 'exists' }
  | { status: 'opened'; url: string; number: number; updated: boolean; warnings: readonly Diagnostic[] };

/** What `submitContractDraft` (the code behind `contract:new`) gave, as the request handler reads it. */
export function draftVerdictOf(result: SubmitResult): DraftVerdict {
  switch (result.status) {
    case 'invalid':
      return { status: 'invalid', diagnostics: result.diagnostics };
    case 'exists':
      return { status: 'exists' };
    case 'opened':
      return {
        status: 'opened',
        url: result.url,
        number: result.number,
        updated: result.outcome !== 'created',
        warnings: result.diagnostics,
      };
    case 'dry-run':
    case 'written':
      throw new Error('a contract request is never a dry run, nor written locally');
  }
}

export interface ContractRequestActions {
  programs: readonly Program[];
  /** Validates the draft in the context of the repository and, when valid, opens or updates its pull request. */
  submit: (draftText: string) => Promise<DraftVerdict>;
  /** Writes (or rewrites) the workflow's comment on the issue. */
  comment: (body: string) => Promise<void>;
  /** The author's role in the repository, asked of GitHub: only a role that can write may act. */
  authorRole: AuthorRole;
}

type ContractRequestOutcome = 'untrusted-author' | 'invalid' | 'exists' | 'opened';

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

  const refusal = await authorRefusal(issue, actions.authorRole);
  if (refusal !== undefined) return finish('untrusted-author', refusal);

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
  if (verdict.status === 'exists') {
    const pairing = request.contract['pairing'];
    const path = recordPath('contract', request.program.id, typeof pairing === 'string' ? pairing : '');
    return finish('exists', refusedRequestComment(path), draftText);
  }
  const warnings = diagnosticProblems(verdict.warnings, 'warning', labelAtLine);
  return finish('opened', pullRequestComment(verdict, warnings), draftText);
}
