/**
 * Day arithmetic on YYYY-MM-DD strings for the validator, without date-fns:
 * its per-function entry points still cost the validator ~30-130 ms of module
 * loading per run (measured by npm run bench), for what is a few lines here.
 * Counting in UTC days is exact: a UTC day is always 86,400,000 ms, so no
 * daylight-saving shift can move a date across midnight.
 */
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const DAY_MS = 86_400_000;

/** Days since 1970-01-01 of a YYYY-MM-DD date (NaN when it is not one). */
function dayNumber(date: string): number {
  return Date.parse(`${date}T00:00:00Z`) / DAY_MS;
}

/** Whole calendar days from `from` to `to` (negative when `to` comes first); both real YYYY-MM-DD dates. */
export function daysBetweenIso(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from);
}

/**
 * Whether the text is a real calendar date written YYYY-MM-DD (2026-02-30 is
 * not; nor is year 0000, which the calendar does not have, as date-fns also holds).
 */
export function isIsoDay(text: string): boolean {
  if (!ISO_DATE.test(text) || text.startsWith('0000')) return false;
  const time = Date.parse(`${text}T00:00:00Z`);
  return !Number.isNaN(time) && new Date(time).toISOString().slice(0, 10) === text;
}

/** The local calendar date where the process runs, as YYYY-MM-DD. */
export function localTodayIso(now: Date = new Date()): string {
  const pad = (n: number, width: number) => String(n).padStart(width, '0');
  return `${pad(now.getFullYear(), 4)}-${pad(now.getMonth() + 1, 2)}-${pad(now.getDate(), 2)}`;
}
