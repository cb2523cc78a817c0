/** Dates as a form's readers write them (US English, months in words). */
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** `06-01` -> `June 1`. */
export function formatMonthDay(monthDay: string): string {
  const [month = 0, day = 0] = monthDay.split('-').map(Number);
  const name = MONTHS[month - 1];
  return name ? `${name} ${day}` : monthDay;
}

/** `2025-09-15` -> `September 15, 2025`. */
export function formatDate(date: string): string {
  const [year, month, day] = date.split('-');
  const name = MONTHS[Number(month) - 1];
  return name && year && day ? `${name} ${Number(day)}, ${year}` : date;
}
