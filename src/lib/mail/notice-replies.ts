/**
 * A reply to a notice that asks for one: the quarterly check-in (and a
 * reminder of an overdue step, which asks the pair to write back) records a
 * check-in on the pairing; a reply to an evaluation reminder records that
 * this person's evaluation was received (its answers stay in the mailbox).
 * The change is the one the coordinator's action forms make (actionDraft),
 * proposed on the pairing's pull request as `pairing:new --amend` would,
 * building on that pull request when one is open.
 */
import { actionDraft } from '../issue-forms/actions/draft.ts';
import { membersOf } from '../notices/members.ts';
import type { SourceFile } from '../repository/read-files.ts';
import { recordBranch } from '../submit/pull-request-names.ts';
import { recordPath } from '../submit/record-location.ts';
import { submitPairingDraft } from '../submit/submit-draft.ts';
import type { InboxContext, InboxEntry } from './context.ts';
import { pairingByToken } from './contracts.ts';
import { fileOnOpenPull } from './github-branches.ts';
import type { IncomingMail } from './incoming.ts';

/** What a reply to each notice records; notices not listed here are read by a person. */
const REPLY_RECORDS: Readonly<Record<string, 'check-in' | 'evaluation-received'>> = {
  'check-in': 'check-in',
  'step-overdue': 'check-in',
  'evaluation-due': 'evaluation-received',
};

export async function handleNoticeReply(
  mail: IncomingMail,
  ref: { notice: string; program: string; token: string; item?: string },
  context: InboxContext,
): Promise<InboxEntry> {
  const action = REPLY_RECORDS[ref.notice];
  if (!action)
    return { uid: mail.uid, kind: 'not-for-tandem', outcome: `a reply to the ${ref.notice} notice: left for a person`, done: false };
  if (context.program && ref.program !== context.program) {
    return { uid: mail.uid, kind: 'other-program', outcome: 'a reply for another program: left for its run', done: false };
  }
  const found = pairingByToken(context, ref.program, ref.token);
  const kind = action === 'check-in' ? 'check-in' : 'evaluation';
  if (!found) return { uid: mail.uid, kind: 'not-for-tandem', outcome: 'a reply about a pairing no longer on file', done: false };
  const record = `${ref.program}/${found.id}`;
  const member = membersOf(found.pairing).find((candidate) => candidate.email.toLowerCase() === mail.from);
  if (!member) {
    return {
      uid: mail.uid,
      kind: 'not-for-tandem',
      record,
      outcome: "a reply from an address that is not the pair's: left for a person",
      done: false,
    };
  }
  const path = recordPath('pairing', ref.program, found.id);
  const branch = recordBranch('pairing', ref.program, found.id);
  const onPull = context.github ? await fileOnOpenPull(context.github, branch, path) : undefined;
  const files: SourceFile[] =
    onPull === undefined
      ? [...context.files]
      : [...context.files.filter((file) => file.path !== path), { path, bytes: new TextEncoder().encode(onPull) }];
  const role = member.role.startsWith('peer') ? 'peer' : member.role;
  if (action === 'evaluation-received') {
    const current = (found.pairing.evaluations ?? []).some((entry) => entry.evaluation === ref.item && entry.role === role);
    if (current || !ref.item) return { uid: mail.uid, kind, record, outcome: 'already recorded', done: true };
  }
  const answers = new Map<string, string | number>(
    action === 'check-in'
      ? [
          ['pairing', found.id],
          ['date', context.today],
        ]
      : [
          ['pairing', found.id],
          ['evaluation', `${ref.program}/${ref.item}`],
          ['role', role],
          ['received', context.today],
        ],
  );
  const draft = actionDraft(action, ref.program, answers, files);
  if (draft.status === 'problems') {
    const already = draft.problems.some((problem) => problem.includes('already recorded'));
    return {
      uid: mail.uid,
      kind,
      record,
      outcome: already ? 'already recorded' : `not recorded: ${draft.problems.join(' ')}`,
      done: already,
      ...(!already && { attention: draft.problems.join(' ') }),
    };
  }
  const result = await submitPairingDraft({
    files,
    draftText: draft.draftText,
    id: found.id,
    amend: true,
    today: context.today,
    ...(context.github ? { client: context.github.client, repo: context.github.repo } : { dryRun: true }),
  });
  const what = action === 'check-in' ? `check-in on ${context.today}` : `${role}'s ${ref.item} received on ${context.today}`;
  switch (result.status) {
    case 'opened':
      return { uid: mail.uid, kind, record, outcome: `${what}: pull request #${result.number} (${result.outcome})`, done: true };
    case 'dry-run':
      return { uid: mail.uid, kind, record, outcome: `${what}: would be proposed`, done: false };
    case 'written':
      // The inbox always has a token or runs dry; local mode is for people at a terminal.
      return { uid: mail.uid, kind, record, outcome: `${what}: written into the working tree`, done: false };
    case 'exists':
      return { uid: mail.uid, kind, record, outcome: 'already recorded', done: true };
    case 'invalid':
      return {
        uid: mail.uid,
        kind,
        record,
        outcome: 'not recorded: the pairing would not be valid',
        done: false,
        attention: result.diagnostics.map((d) => d.message).join(' '),
      };
  }
}
