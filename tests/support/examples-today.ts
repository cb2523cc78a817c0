/**
 * The day the example content in content/ was last brought up to date. Tests
 * that check the examples' date rules (contracts due, evaluations due,
 * application dates) check them as of this day, so they do not age with the
 * calendar. Move it forward when you update the examples; CI's own
 * `npm run validate` checks them against the real today.
 */
export const EXAMPLES_TODAY = '2026-12-07';
