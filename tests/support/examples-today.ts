/**
 * The day the example content in content/ was last brought up to date. Tests
 * that check the examples' date rules (contracts due, evaluations due,
 * application dates) check them as of this day, so they do not age with the
 * calendar. Move it forward when you update the examples; CI's own
 * `npm run validate` checks them against the real today.
 */
export const EXAMPLES_TODAY = '2026-12-07';

/** EXAMPLES_TODAY moved by whole days (negative: before it), as YYYY-MM-DD. */
export function examplesDay(offsetDays: number): string {
  const day = new Date(`${EXAMPLES_TODAY}T12:00:00Z`);
  day.setUTCDate(day.getUTCDate() + offsetDays);
  return `${day.getUTCFullYear()}-${String(day.getUTCMonth() + 1).padStart(2, '0')}-${String(day.getUTCDate()).padStart(2, '0')}`;
}
