import { addDaysIso, daysBetween, type IsoDate } from '../dates.ts';
import { evaluationDueDates, relativeDueInWords, respondentsOf, type Evaluation, type Respondent } from '../lifecycle/evaluation-dates.ts';
import { endedOn, relationshipPeriod } from '../lifecycle/relationship.ts';
import type { Pairing } from '../types.generated.ts';
import { inDays, LOOKAHEAD_DAYS, type DeskItem, type PairingContext } from './items.ts';

type Role = Respondent;

const ROLE_WORDS: Readonly<Record<Role, string>> = { mentor: 'the mentor', mentee: 'the mentee', peer: 'one peer' };

const missingInWords = (missing: readonly Role[]): string =>
  missing.length === 2 && missing[0] === 'peer' ? 'both peers' : missing.map((role) => ROLE_WORDS[role]).join(' and ');

/**
 * Who has not yet answered one occurrence of an evaluation, among those who
 * answer it (its `by`): a response counts for the occurrence when it was
 * received after the previous occurrence's due date (any response counts for
 * the first).
 */
function missingResponses(pairing: Pairing, evaluation: Pick<Evaluation, 'id' | 'by'>, previousDue: IsoDate | undefined): Role[] {
  const received = (pairing.evaluations ?? []).filter(
    (response) => response.evaluation === evaluation.id && (!previousDue || response.received > previousDue),
  );
  const missing: Role[] = [];
  const counted = new Map<Role, number>();
  for (const response of received) counted.set(response.role, (counted.get(response.role) ?? 0) + 1);
  for (const role of respondentsOf(evaluation, pairing)) {
    const left = counted.get(role) ?? 0;
    if (left > 0) counted.set(role, left - 1);
    else missing.push(role);
  }
  return missing;
}

/**
 * Evaluations owed: for each of the program's evaluations, each due date of
 * this pair's own relationship (its end, its midpoint, or the yearly days that
 * fall in it, cut at the day it ended), from 30 days before the due date
 * until every person's response is recorded in the pairing's `evaluations`.
 * A pair is never asked for a date outside its own relationship, and a
 * reminder never stops on its own: only a recorded response ends it.
 */
export function evaluationsDue(context: PairingContext): DeskItem[] {
  const { today, program, pairing, contract, pairingId } = context;
  if (pairing.status === 'proposed' || pairing.status === 'reassigned') return [];
  const planned = relationshipPeriod(program, pairing, contract);
  const ended = endedOn(program, pairing, contract);
  // A relationship whose documents give it no end (CALA) runs from its start until its history records an end:
  // it owes the yearly evaluation days within that time, and none tied to an end it does not have.
  const openStart = planned ? undefined : (contract?.start ?? pairing.notified);
  const period = planned
    ? { start: planned.start, end: ended && ended < planned.end ? ended : planned.end }
    : openStart !== undefined
      ? { start: openStart, end: ended ?? addDaysIso(today, LOOKAHEAD_DAYS) }
      : undefined;
  if (!period) return [];
  const items: DeskItem[] = [];
  for (const evaluation of program.evaluations ?? []) {
    const due = evaluation.due;
    // With no end on record, nothing tied to an end is owed yet.
    if (!planned && (due === 'end' || due === 'midway' || (typeof due === 'object' && due.after === 'end'))) continue;
    const dates = evaluationDueDates(evaluation, period, pairing.notified).filter((date) => date <= addDaysIso(today, LOOKAHEAD_DAYS));
    dates.forEach((due, index) => {
      const missing = missingResponses(pairing, evaluation, index > 0 ? dates[index - 1] : undefined);
      if (missing.length === 0) return;
      const days = daysBetween(today, due);
      // A mid-way date is derived from the term, not given by the documents: it is shown as derived.
      const when =
        typeof evaluation.due === 'object'
          ? `due ${due} (${inDays(days)}), ${relativeDueInWords(evaluation.due)}`
          : evaluation.due === 'end'
            ? `due ${due} (${inDays(days)}), at the end of the relationship`
            : evaluation.due === 'midway'
              ? `mid-way through the ${program.term ? 'term' : 'relationship'} (around ${due}, ${inDays(days)})`
              : `due ${due} (${inDays(days)})`;
      items.push({
        kind: 'evaluation-due',
        pairing: pairingId,
        due,
        detail: `${evaluation.title}: ${when}; not yet received from ${missingInWords(missing)}; record each response in the pairing's evaluations`,
        subject: { field: 'evaluation', title: evaluation.title },
      });
    });
  }
  return items;
}
