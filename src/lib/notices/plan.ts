/**
 * What a run sends: the due notices (schedule.ts) less what the ledger says
 * each member already received.
 */
import { keyOf, type Ledger } from './ledger.ts';
import type { MemberRole } from './members.ts';
import type { DueNotice } from './schedule.ts';

export interface PlannedNotice extends DueNotice {
  /** The members still to receive it; both, unless a previous run reached one of them only. */
  to: MemberRole[];
}

export interface NoticePlan {
  send: PlannedNotice[];
  alreadySent: DueNotice[];
}

/** `rolesOf` gives the pair's member roles (the pairing's members, from members.ts). */
export function planNotices(due: readonly DueNotice[], ledger: Ledger, rolesOf: (notice: DueNotice) => MemberRole[]): NoticePlan {
  const plan: NoticePlan = { send: [], alreadySent: [] };
  for (const notice of due) {
    const received = new Set(ledger.get(keyOf(notice))?.to ?? []);
    const to = rolesOf(notice).filter((role) => !received.has(role));
    if (to.length === 0) plan.alreadySent.push(notice);
    else plan.send.push({ ...notice, to });
  }
  return plan;
}
