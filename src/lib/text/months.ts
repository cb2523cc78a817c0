/**
 * The months by name, the one list: what the site, the forms and the emails
 * write (src/lib/text/date-words.ts) and what a date typed in words is read by
 * (src/lib/forms/online/typed-date.ts).
 */
const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/** Whether a number is a month: 1 to 12. */
export const isMonth = (month: number): boolean => Number.isInteger(month) && month >= 1 && month <= 12;

/** The month's name: 5 -> "May" (the number itself when it is not a month). */
export function monthName(month: number): string {
  return (isMonth(month) ? MONTH_NAMES[month - 1] : undefined) ?? String(month);
}

/** The month a word names, by its first three letters, any case: "Aug", "aug.", "August" -> 8. */
export function monthOfName(word: string): number | undefined {
  const start = word.slice(0, 3).toLowerCase();
  const index = MONTH_NAMES.findIndex((name) => name.slice(0, 3).toLowerCase() === start);
  return index < 0 ? undefined : index + 1;
}
