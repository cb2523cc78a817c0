import { addDaysIso, addMonthsIso, daysBetween, nextMonthDay, previousMonthDay, type IsoDate } from '../dates.ts';
import { endedOn, relationshipPeriod } from '../lifecycle/relationship.ts';
import { EVALUATION_GRACE_DAYS, inDays, LOOKAHEAD_DAYS, type DeskItem, type PairingContext } from './items.ts';

/**
 * The occurrence of a yearly MM-DD due date the desk cares about today: the
 * next one if it is within 30 days, else the last one if it was within the
 * 30-day grace period (nothing records a returned evaluation, so reminders stop
 * on their own).
 */
export function currentOccurrence(today: IsoDate, monthDay: string): IsoDate | undefined {
  const next = nextMonthDay(today, monthDay);
  if (daysBetween(today, next) <= LOOKAHEAD_DAYS) return next;
  const last = previousMonthDay(today, monthDay);
  return daysBetween(last, today) <= EVALUATION_GRACE_DAYS ? last : undefined;
}

/**
 * Who owes a dated evaluation: a pair whose relationship started on or before
 * the due date and was active on it, or ended (completed or ended early) in the
 * year before it. Reassigned pairs answer in their new pairing.
 */
function owesDatedEvaluation(context: PairingContext, due: IsoDate): boolean {
  const { program, pairing, contract } = context;
  const period = relationshipPeriod(program, pairing, contract);
  if (!period || period.start > due) return false;
  if (pairing.status === 'active') return true;
  if (pairing.status !== 'completed' && pairing.status !== 'ended-early') return false;
  const ended = endedOn(program, pairing, contract);
  return ended !== undefined && ended <= due && ended > addMonthsIso(due, -12);
}

/** When the relationship ends (or ended): the end an `end` evaluation is due at. */
function endOfRelationship({ program, pairing, contract }: PairingContext): IsoDate | undefined {
  if (pairing.status === 'active') return relationshipPeriod(program, pairing, contract)?.end;
  if (pairing.status === 'completed' || pairing.status === 'ended-early') return endedOn(program, pairing, contract);
  return undefined;
}

/**
 * Evaluations due: each of the program's yearly evaluations (MM-DD) within the
 * next 30 days or at most 30 days overdue, for the pairs that owe it; and
 * evaluations due at the end of a relationship (`due: end`), from 30 days
 * before to 30 days after that end.
 */
export function evaluationsDue(context: PairingContext): DeskItem[] {
  const { today, program, pairingId } = context;
  const items: DeskItem[] = [];
  for (const evaluation of program.evaluations) {
    const due = evaluation.due === 'end' ? endOfRelationship(context) : currentOccurrence(today, evaluation.due);
    if (!due) continue;
    const days = daysBetween(today, due);
    if (evaluation.due === 'end') {
      if (days > LOOKAHEAD_DAYS || due < addDaysIso(today, -EVALUATION_GRACE_DAYS)) continue;
    } else if (!owesDatedEvaluation(context, due)) {
      continue;
    }
    items.push({
      kind: 'evaluation-due',
      pairing: pairingId,
      due,
      detail: `${evaluation.title}: due ${due} (${inDays(days)})${evaluation.due === 'end' ? ', at the end of the relationship' : ''}`,
    });
  }
  return items;
}
