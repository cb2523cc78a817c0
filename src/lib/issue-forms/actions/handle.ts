/**
 * IssueOps for coordinator actions: a filled action form becomes a validated
 * pull request changing one pairing file, or a comment saying what to fix.
 * Same author check as contract requests (authorRefusal); the GitHub work is passed in.
 */
import type { Diagnostic } from '../../diagnostics.ts';
import type { SourceFile } from '../../repository/read-files.ts';
import { recordPath } from '../../submit/record-location.ts';
import type { Program } from '../../types.generated.ts';
import { authorRefusal, type AuthorRole } from '../author.ts';
import type { DraftVerdict } from './verdict.ts';
import type { FormIssue } from '../event.ts';
import { actionPullRequestComment, existingPairingComment, existingProgramComment, invalidActionComment } from './comment.ts';
import { actionDraft } from './draft.ts';
import { ACTION_FORMS, actionLabel, formPrograms, type ActionForm } from './fields.ts';
import { parseActionRequest } from './parse.ts';
import type { LateAcceptance, LateAcceptanceResult } from '../../applications/accept-late.ts';
import { newProgramAnswers } from '../new-program/form.ts';
import { newProgramFiles } from '../new-program/program-files.ts';

interface PairingSubmission {
  draftText: string;
  /** The pairing's id when the form gives it (a new pairing may leave it to be derived). */
  id?: string;
  /** True for a change to a pairing already on file. */
  amend: boolean;
}

export interface ActionRequestContext {
  programs: readonly Program[];
  files: readonly SourceFile[];
  /** Validates the pairing file and, when valid, opens or updates its pull request (the code behind pairing:new). */
  submit: (submission: PairingSubmission) => Promise<DraftVerdict>;
  /** Records a late application's acceptance in its file and proposes it (a pull request, as every record change). */
  acceptLate: (acceptance: LateAcceptance) => Promise<LateAcceptanceResult>;
  /** Validates a new program's files and, when valid, opens or updates their pull request. */
  submitProgram: (program: { id: string; name: string; files: Record<string, string> }) => Promise<DraftVerdict>;
  comment: (body: string) => Promise<void>;
  /** The author's role in the repository, asked of GitHub: only a role that can write may act. */
  authorRole: AuthorRole;
}

export type ActionOutcome = 'untrusted-author' | 'invalid' | 'exists' | 'opened' | 'not-an-action';

/** The action form an issue was filled with, by its `action:<id>` label. */
function actionFormOf(labels: readonly string[]): ActionForm | undefined {
  return ACTION_FORMS.find((form) => labels.includes(actionLabel(form.id)));
}

function contractStartOf(files: readonly SourceFile[], program: string, id: string): string | undefined {
  const file = files.find((candidate) => candidate.path === recordPath('contract', program, id));
  const start = file ? /^start:\s*["']?(\d{4}-\d{2}-\d{2})/m.exec(new TextDecoder().decode(file.bytes))?.[1] : undefined;
  return start;
}

const problemsOf = (diagnostics: readonly Diagnostic[], severity: Diagnostic['severity']) =>
  diagnostics.filter((diagnostic) => diagnostic.severity === severity).map((diagnostic) => ({ message: diagnostic.message }));

export async function handleActionRequest(
  issue: FormIssue,
  context: ActionRequestContext,
): Promise<{ outcome: ActionOutcome; comment?: string }> {
  const form = actionFormOf(issue.labels);
  if (!form) return { outcome: 'not-an-action' };
  const finish = async (outcome: ActionOutcome, comment: string) => {
    await context.comment(comment);
    return { outcome, comment };
  };
  const refusal = await authorRefusal(issue, context.authorRole);
  if (refusal !== undefined) return finish('untrusted-author', refusal);
  const request = parseActionRequest(issue.body, form, formPrograms(form, context.programs));
  if (form.id === 'program-new') {
    // A new program: no pairing file, but the program's own files.
    const { program, problems } = newProgramAnswers(request.answers);
    if (!program || request.problems.length > 0)
      return finish(
        'invalid',
        invalidActionComment(
          form.name,
          [...request.problems, ...problems].map((message) => ({ message })),
        ),
      );
    const verdict = await context.submitProgram({ id: program.id, name: program.name, files: newProgramFiles(program) });
    return finishVerdict(verdict, existingProgramComment(program.id));
  }
  if (form.id === 'application-late') {
    if (!request.program || request.problems.length > 0)
      return finish(
        'invalid',
        invalidActionComment(
          form.name,
          request.problems.map((message) => ({ message })),
        ),
      );
    const text = (key: string) => String(request.answers.get(key) ?? '').trim();
    const result = await context.acceptLate({
      program: request.program.id,
      application: text('application'),
      by: text('by'),
      on: text('on'),
      reason: text('reason'),
    });
    if (result.status === 'problems')
      return finish(
        'invalid',
        invalidActionComment(
          form.name,
          result.problems.map((message) => ({ message })),
        ),
      );
    if (result.status === 'invalid') return finishVerdict({ status: 'invalid', diagnostics: result.diagnostics }, '');
    if (result.change.kind !== 'pull-request') throw new Error('IssueOps always opens a pull request');
    const { number, url, outcome } = result.change;
    return finishVerdict({ status: 'opened', number, url, updated: outcome !== 'created', warnings: result.warnings }, '');
  }
  if (!request.program || request.problems.length > 0) {
    return finish(
      'invalid',
      invalidActionComment(
        form.name,
        request.problems.map((message) => ({ message })),
      ),
    );
  }
  const id = String(request.answers.get('pairing') ?? '');
  const draft = actionDraft(
    form.id,
    request.program.id,
    request.answers,
    context.files,
    contractStartOf(context.files, request.program.id, id),
    request.program,
  );
  if (draft.status === 'problems')
    return finish(
      'invalid',
      invalidActionComment(
        form.name,
        draft.problems.map((message) => ({ message })),
      ),
    );
  const verdict = await context.submit({ draftText: draft.draftText, amend: draft.amend, ...(draft.id !== undefined && { id: draft.id }) });
  return finishVerdict(verdict, existingPairingComment(recordPath('pairing', request.program.id, id || 'the derived id')));

  async function finishVerdict(verdict: DraftVerdict, existsComment: string) {
    switch (verdict.status) {
      case 'invalid':
        return finish(
          'invalid',
          invalidActionComment(form!.name, problemsOf(verdict.diagnostics, 'error'), problemsOf(verdict.diagnostics, 'warning')),
        );
      case 'exists':
        return finish('exists', existsComment);
      case 'opened':
        return finish('opened', actionPullRequestComment(verdict, problemsOf(verdict.warnings, 'warning')));
    }
  }
}
