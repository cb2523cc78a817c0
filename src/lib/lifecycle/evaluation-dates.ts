/**
 * When a relationship owes each of its program's evaluations, and who answers
 * it: at its end (`end`), halfway through it (`midway`, from the relationship's
 * own period, so a pair is never asked for another term's assessment), a
 * number of days after an event of the relationship (`{ days, after }`), or on
 * a yearly day (MM-DD) that falls during it. An evaluation whose documents
 * give no date is owed but has no due date.
 */
import type { Pairing, Program } from '../types.generated.ts';
import { addDaysIso, daysBetween, nextMonthDay, type IsoDate } from '../dates.ts';
import type { RelationshipPeriod } from './relationship.ts';

export type Evaluation = NonNullable<Program['evaluations']>[number];
export type RelativeDue = Extract<NonNullable<Evaluation['due']>, object>;

/** The role of one person who answers: the mentor, the mentee, or a peer. */
export type Respondent = 'mentor' | 'mentee' | 'peer';

/** The middle day of a period (rounded down). */
const midpoint = (period: RelationshipPeriod): IsoDate => addDaysIso(period.start, Math.floor(daysBetween(period.start, period.end) / 2));

/**
 * The days a yearly MM-DD evaluation falls on during the relationship; when
 * none does (a relationship that ends before the due date), the first one after
 * its end, which the pair still answers.
 */
function evaluationDates(monthDay: string, start: IsoDate, end: IsoDate): IsoDate[] {
  const dates: IsoDate[] = [];
  for (let date = nextMonthDay(start, monthDay); date <= end; date = nextMonthDay(`${Number(date.slice(0, 4)) + 1}-01-01`, monthDay)) {
    dates.push(date);
  }
  return dates.length > 0 ? dates : [nextMonthDay(end, monthDay)];
}

/** The day `{ days, after }` falls on, or undefined when the event's day is not known (no notice yet). */
function relativeDueDate(due: RelativeDue, period: RelationshipPeriod, notified: IsoDate | undefined): IsoDate | undefined {
  const from = due.after === 'notified' ? notified : due.after === 'start' ? period.start : period.end;
  return from === undefined ? undefined : addDaysIso(from, due.days);
}

/** The due dates of one evaluation for a relationship of this period (none when the documents give no date). */
export function evaluationDueDates(evaluation: Evaluation, period: RelationshipPeriod, notified?: IsoDate): IsoDate[] {
  const { due } = evaluation;
  if (due === undefined) return [];
  if (typeof due === 'object') {
    const date = relativeDueDate(due, period, notified);
    return date === undefined ? [] : [date];
  }
  if (due === 'end') return [period.end];
  if (due === 'midway') return [midpoint(period)];
  return evaluationDates(due, period.start, period.end);
}

const AFTER_WORDS: Readonly<Record<RelativeDue['after'], string>> = {
  notified: 'the pairing notice',
  start: 'the start of the relationship',
  end: 'the end of the relationship',
};

/** `14 days after the end of the relationship`, `at the start of the relationship`. */
export function relativeDueInWords(due: RelativeDue): string {
  if (due.days === 0) return `at ${AFTER_WORDS[due.after]}`;
  const days = due.days % 7 === 0 ? `${due.days / 7} week${due.days === 7 ? '' : 's'}` : `${due.days} day${due.days === 1 ? '' : 's'}`;
  return `${days} after ${AFTER_WORDS[due.after]}`;
}

/**
 * The people of a pair who answer an evaluation, one entry per response owed:
 * `mentor` or `mentee` alone, each peer (`peer`, peer pairs only), or both of
 * the pair (`pair`, the default). An evaluation by the mentor asks nothing of a
 * peer pair, and one by each peer nothing of a mentoring pair.
 */
export function respondentsOf(evaluation: Pick<Evaluation, 'by'>, pairing: Pick<Pairing, 'kind'>): Respondent[] {
  const by = evaluation.by ?? 'pair';
  if (pairing.kind === 'peer') return by === 'pair' || by === 'peer' ? ['peer', 'peer'] : [];
  if (by === 'mentor' || by === 'mentee') return [by];
  return by === 'pair' ? ['mentor', 'mentee'] : [];
}
