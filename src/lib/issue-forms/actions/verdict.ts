/**
 * What opening the pull request for an action form's draft gave, as the
 * IssueOps handler words its comment from it.
 */
import type { Diagnostic } from '../../diagnostics.ts';
import type { SubmitResult } from '../../submit/submit-draft.ts';

/** What opening the pull request for a draft gave (the same code path as the command line). */
export type DraftVerdict =
  | { status: 'invalid'; diagnostics: readonly Diagnostic[] }
  /** The record is already on file: it is never overwritten from a form. */
  | { status: 'exists' }
  | { status: 'opened'; url: string; number: number; updated: boolean; warnings: readonly Diagnostic[] };

/** What the submit code behind the command line gave, as the action handler reads it. */
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
      throw new Error('an issue form is never a dry run, nor written locally');
  }
}
