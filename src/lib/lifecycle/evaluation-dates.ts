/**
 * When a relationship owes each of its program's evaluations: at its end
 * (`end`), halfway through it (`midway`, from the relationship's own period,
 * so a pair is never asked for another term's assessment), or on a yearly day
 * (MM-DD) that falls during it. An evaluation whose documents give no date is
 * owed but has no due date.
 */
import type { Program } from '../types.generated.ts';
import { addDaysIso, daysBetween, nextMonthDay, type IsoDate } from '../dates.ts';
import type { RelationshipPeriod } from './relationship.ts';

export type Evaluation = NonNullable<Program['evaluations']>[number];

/** The middle day of a period (rounded down). */
export const midpoint = (period: RelationshipPeriod): IsoDate =>
  addDaysIso(period.start, Math.floor(daysBetween(period.start, period.end) / 2));

/**
 * The days a yearly MM-DD evaluation falls on during the relationship; when
 * none does (a relationship that ends before the due date), the first one after
 * its end, which the pair still answers.
 */
export function evaluationDates(monthDay: string, start: IsoDate, end: IsoDate): IsoDate[] {
  const dates: IsoDate[] = [];
  for (let date = nextMonthDay(start, monthDay); date <= end; date = nextMonthDay(`${Number(date.slice(0, 4)) + 1}-01-01`, monthDay)) {
    dates.push(date);
  }
  return dates.length > 0 ? dates : [nextMonthDay(end, monthDay)];
}

/** The due dates of one evaluation for a relationship of this period (none when the documents give no date). */
export function evaluationDueDates(evaluation: Evaluation, period: RelationshipPeriod): IsoDate[] {
  if (evaluation.due === undefined) return [];
  if (evaluation.due === 'end') return [period.end];
  if (evaluation.due === 'midway') return [midpoint(period)];
  return evaluationDates(evaluation.due, period.start, period.end);
}
