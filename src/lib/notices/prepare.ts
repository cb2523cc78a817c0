/**
 * From a validated repository to what a run sends: the plan (due notices
 * less the ledger) and, per planned notice, its message for that pair alone.
 */
import { randomUUID } from 'node:crypto';
import type { IsoDate } from '../dates.ts';
import { messageIdDomain, tandemMessageId } from '../mail/message-ids.ts';
import { recordToken } from '../submit/pull-request-names.ts';
import type { Repository } from '../validate/index.ts';
import type { Ledger } from './ledger.ts';
import { respondentsOf } from '../lifecycle/evaluation-dates.ts';
import { membersOf } from './members.ts';
import { receivedEvaluations } from './program-model.ts';
import { composeMessage, type OutgoingMessage } from './message.ts';
import { planNotices, type NoticePlan, type PlannedNotice } from './plan.ts';
import { renderNotice } from './render.ts';
import { dueNotices } from './schedule.ts';
import { placeholderValues } from './values.ts';

export function noticePlan(repository: Repository, today: IsoDate, ledger: Ledger): NoticePlan {
  return planNotices(dueNotices(repository, today), ledger, (notice) => {
    const pairing = repository.pairings.get(`${notice.program}/${notice.pairing}`)?.data;
    if (!pairing) return [];
    // An evaluation reminder goes to the members who answer it (its `by`) and have not returned it yet.
    if (notice.notice !== 'evaluation-due') return membersOf(pairing).map((member) => member.role);
    const evaluation = repository.programs.get(notice.program)?.data.evaluations?.find((entry) => entry.id === notice.item);
    const answering = new Set<string>(evaluation ? respondentsOf(evaluation, pairing) : []);
    const returned = new Set<string>(
      receivedEvaluations(pairing)
        .filter((received) => received.evaluation === notice.item && received.role !== 'peer')
        .map((received) => received.role),
    );
    return membersOf(pairing)
      .map((member) => member.role)
      .filter((role) => answering.has(role.startsWith('peer') ? 'peer' : role) && !returned.has(role));
  });
}

/** Builds the message of one planned notice; throws (naming no person) when its text is missing or cannot be filled in. */
export function composerFor(repository: Repository, siteUrl: string): (notice: PlannedNotice) => OutgoingMessage {
  const pages = new Map<string, string[]>();
  for (const guideline of repository.guidelines.values())
    pages.set(guideline.program, [...(pages.get(guideline.program) ?? []), guideline.slug]);
  return (notice) => {
    const key = `${notice.program}/${notice.pairing}`;
    const program = repository.programs.get(notice.program)?.data;
    const pairing = repository.pairings.get(key)?.data;
    const text = repository.notices.get(`${notice.program}/${notice.notice}`);
    if (!program?.notices || !pairing) throw new Error(`the program or pairing ${key} could not be read`);
    if (!text) throw new Error(`no text for ${notice.notice}: write content/programs/${notice.program}/notices/${notice.notice}.md`);
    const contract = repository.contracts.get(key)?.data;
    const values = placeholderValues({
      program,
      pairing,
      ...(contract ? { contract } : {}),
      notice,
      siteUrl,
      guidelinePages: pages.get(notice.program) ?? [],
    });
    const rendered = renderNotice({ subject: text.data.subject, body: text.body }, values);
    const reference = {
      purpose: 'notice' as const,
      notice: notice.notice,
      program: notice.program,
      token: recordToken(notice.program, notice.pairing),
      due: notice.due,
      ...(notice.item !== undefined && { item: notice.item }),
    };
    return composeMessage(program.notices, notice, membersOf(pairing), rendered, {
      ...(program.intake && { intake: program.intake.email }),
      messageId: tandemMessageId(reference, messageIdDomain(program.notices.from.email), randomUUID().replace(/-/g, '')),
    });
  };
}
