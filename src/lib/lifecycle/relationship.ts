/**
 * When a relationship starts and ends, derived from the program's rules, the
 * contract and the pairing's history, so that the desk, the calendar and
 * retention all agree on the same dates.
 */
import type { Contract, Pairing, Program } from '../types.generated.ts';
import { addMonthsIso, type IsoDate } from '../dates.ts';
import { termOf } from '../program/terms.ts';
import { isEnded } from './transitions.ts';

export interface RelationshipPeriod {
  start: IsoDate;
  /** The planned end: the term's end in term programs, otherwise start plus the contract's duration. */
  end: IsoDate;
}

/**
 * The planned period. Term programs run from the contract's start (or, with no
 * contract, the pairing's recorded start, or else the start of its term: its
 * cohort's or its cycle's, or the first yearly term start after the pair was
 * notified) to the end of that term; other
 * programs need the contract and its duration to know the period at all.
 */
export function relationshipPeriod(program: Program, pairing: Pairing, contract?: Contract): RelationshipPeriod | undefined {
  if (program.term && !contract && pairing.notified === undefined) return undefined;
  const term = termOf(program, pairing, contract);
  if (term) return { start: contract?.start ?? pairing.start ?? term.start, end: term.end };
  if (!contract || contract.durationMonths === undefined) return undefined;
  return { start: contract.start, end: addMonthsIso(contract.start, contract.durationMonths) };
}

/** The date the pairing's current ending status was recorded, if it has ended and says when. */
function recordedEndDate(pairing: Pairing): IsoDate | undefined {
  if (!isEnded(pairing.status)) return undefined;
  const last = pairing.history?.at(-1);
  return last && last.status === pairing.status ? last.date : undefined;
}

/**
 * The day an ended relationship ended: the history's date for its ending, or
 * else the planned end. Undefined while it has not ended or when nothing says when.
 */
export function endedOn(program: Program, pairing: Pairing, contract?: Contract): IsoDate | undefined {
  if (!isEnded(pairing.status)) return undefined;
  return recordedEndDate(pairing) ?? relationshipPeriod(program, pairing, contract)?.end;
}

/** Check-in due dates: every `everyMonths` months after the start, before the end. */
export function checkInDates(start: IsoDate, end: IsoDate, everyMonths: number): IsoDate[] {
  const dates: IsoDate[] = [];
  for (let k = 1; ; k += 1) {
    const date = addMonthsIso(start, k * everyMonths);
    if (date >= end) return dates;
    dates.push(date);
  }
}
