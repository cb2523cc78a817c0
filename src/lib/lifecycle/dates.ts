/**
 * Calendar dates as Tandem writes them (YYYY-MM-DD strings). The arithmetic
 * goes through date-fns on local midnights, which is exact for whole days and
 * clamps month ends (January 31 plus one month is February 28 or 29).
 */
// One entry point per function: the 'date-fns' index loads all ~300 of its modules, which cost
// every validator run about 0.6 s of CPU and 70 MB (measured by npm run bench).
import { addDays } from 'date-fns/addDays';
import { addMonths } from 'date-fns/addMonths';
import { differenceInCalendarDays } from 'date-fns/differenceInCalendarDays';
import { format } from 'date-fns/format';
import { parseISO } from 'date-fns/parseISO';

export type IsoDate = string;

const toDate = (date: IsoDate): Date => parseISO(date);
const toIso = (date: Date): IsoDate => format(date, 'yyyy-MM-dd');

export const addDaysIso = (date: IsoDate, days: number): IsoDate => toIso(addDays(toDate(date), days));
export const addMonthsIso = (date: IsoDate, months: number): IsoDate => toIso(addMonths(toDate(date), months));

/** Whole days from `from` to `to` (negative when `to` comes first). */
export const daysBetween = (from: IsoDate, to: IsoDate): number =>
  differenceInCalendarDays(toDate(to), toDate(from));

/** The MM-DD day in the given year, as a date. */
export const onMonthDay = (year: number, monthDay: string): IsoDate => `${String(year).padStart(4, '0')}-${monthDay}`;

/** The first date on or after `from` that falls on the yearly day MM-DD. */
export function nextMonthDay(from: IsoDate, monthDay: string): IsoDate {
  const year = Number(from.slice(0, 4));
  const sameYear = onMonthDay(year, monthDay);
  return sameYear >= from ? sameYear : onMonthDay(year + 1, monthDay);
}

/** The last date on or before `from` that falls on the yearly day MM-DD. */
export function previousMonthDay(from: IsoDate, monthDay: string): IsoDate {
  const year = Number(from.slice(0, 4));
  const sameYear = onMonthDay(year, monthDay);
  return sameYear <= from ? sameYear : onMonthDay(year - 1, monthDay);
}

/** Today's date where the script runs, for the `--today` default. */
export const todayIso = (): IsoDate => toIso(new Date());

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Whether the text is a real calendar date written YYYY-MM-DD (2026-02-30 is not). */
export function isIsoDate(text: string): boolean {
  if (!ISO_DATE.test(text)) return false;
  const parsed = toDate(text);
  return !Number.isNaN(parsed.getTime()) && toIso(parsed) === text;
}
