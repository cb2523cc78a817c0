/**
 * Dates in words, the one style of the site, the forms and the emails: day,
 * month, year ("1 June 2026"), and "1 June" for a day that recurs every year.
 * Stored dates stay YYYY-MM-DD (src/lib/dates.ts); this is only how people read them.
 */
import { isMonth, monthName } from './months.ts';

/** A yearly day, MM-DD: "06-01" -> "1 June" (the text itself when it is not one). */
export function monthDayInWords(monthDay: string): string {
  const [month = 0, day = 0] = monthDay.split('-').map(Number);
  return isMonth(month) && day > 0 ? `${day} ${monthName(month)}` : monthDay;
}

/**
 * A date, YYYY-MM-DD: "2026-06-01" -> "1 June 2026"; without the year when it
 * is `omitYear` (a window's dates within its own cycle). The text itself when
 * it is not a date.
 */
export function dateInWords(date: string, omitYear?: number): string {
  const [year = 0, month = 0, day = 0] = date.split('-').map(Number);
  if (!isMonth(month) || day <= 0 || date.length !== 10) return date;
  return year === omitYear ? `${day} ${monthName(month)}` : `${day} ${monthName(month)} ${year}`;
}
