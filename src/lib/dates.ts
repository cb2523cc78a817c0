/**
 * Calendar dates as Tandem writes them (YYYY-MM-DD strings), and "today".
 *
 * Arithmetic counts UTC days, which is exact: a UTC day is always 86,400,000 ms,
 * so no daylight-saving shift can move a date across midnight. Adding months
 * clamps to the month's end (January 31 plus one month is February 28 or 29).
 *
 * "Today" is the LOCAL calendar date where the command runs: a coordinator in
 * Auckland at 09:00 on March 2 means March 2, although it is still March 1 in
 * UTC. Every default `today` (validator, desk, site build, prompts, scripts)
 * comes from `todayIso()`; never from `toISOString()`, which is the UTC date.
 */
export type IsoDate = string;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const DAY_MS = 86_400_000;

const pad = (n: number, width: number): string => String(n).padStart(width, '0');

/** Days since 1970-01-01 of a YYYY-MM-DD date (NaN when it is not one). */
const dayNumber = (date: IsoDate): number => Date.parse(`${date}T00:00:00Z`) / DAY_MS;

const fromDayNumber = (day: number): IsoDate => new Date(day * DAY_MS).toISOString().slice(0, 10);

/**
 * Whether the text is a real calendar date written YYYY-MM-DD (2026-02-30 is
 * not; nor is year 0000, which the calendar does not have).
 */
export function isIsoDate(text: string): boolean {
  if (!ISO_DATE.test(text) || text.startsWith('0000')) return false;
  const day = dayNumber(text);
  return !Number.isNaN(day) && fromDayNumber(day) === text;
}

/** Whole calendar days from `from` to `to` (negative when `to` comes first); both real dates. */
export const daysBetween = (from: IsoDate, to: IsoDate): number => dayNumber(to) - dayNumber(from);

export const addDaysIso = (date: IsoDate, days: number): IsoDate => fromDayNumber(dayNumber(date) + days);

/** The date `months` later (or earlier), on the same day of the month or the month's last day. */
export function addMonthsIso(date: IsoDate, months: number): IsoDate {
  const [year = 0, month = 1, day = 1] = date.split('-').map(Number);
  const index = year * 12 + (month - 1) + months;
  const newYear = Math.floor(index / 12);
  const newMonth = index - newYear * 12 + 1;
  return `${pad(newYear, 4)}-${pad(newMonth, 2)}-${pad(Math.min(day, daysInMonth(newYear, newMonth)), 2)}`;
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function daysInMonth(year: number, month: number): number {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return month === 2 && leap ? 29 : MONTH_DAYS[month - 1]!;
}

/** The MM-DD day in the given year, as a date. */
export const onMonthDay = (year: number, monthDay: string): IsoDate => `${pad(year, 4)}-${monthDay}`;

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

/** The local calendar date where the process runs (or of `now`), as YYYY-MM-DD. */
export function todayIso(now: Date = new Date()): IsoDate {
  return `${pad(now.getFullYear(), 4)}-${pad(now.getMonth() + 1, 2)}-${pad(now.getDate(), 2)}`;
}
