/**
 * The validator's own day arithmetic (src/lib/validate/iso-day.ts), which
 * replaced date-fns on its start-up path: same answers, in any time zone.
 */
import { describe, expect, it } from 'vitest';
import { daysBetweenIso, isIsoDay, localTodayIso } from '../../../src/lib/validate/iso-day.ts';

describe('iso-day', () => {
  it('accepts real YYYY-MM-DD dates only', () => {
    for (const day of ['2026-02-28', '2024-02-29', '2000-02-29', '0001-01-01', '9999-12-31']) expect(isIsoDay(day), day).toBe(true);
    for (const day of ['2026-02-29', '1900-02-29', '2026-02-30', '2026-04-31', '2026-13-01', '2026-00-10', '2026-01-00', '0000-01-01', '2026-1-01', '2026-01-01T00:00:00', ' 2026-01-01', '']) {
      expect(isIsoDay(day), day).toBe(false);
    }
  });

  it('counts whole calendar days, across month ends, leap days and daylight-saving changes', () => {
    expect(daysBetweenIso('2026-03-01', '2026-03-31')).toBe(30);
    expect(daysBetweenIso('2026-03-31', '2026-03-01')).toBe(-30);
    expect(daysBetweenIso('2024-02-28', '2024-03-01')).toBe(2);
    expect(daysBetweenIso('2026-03-07', '2026-03-09')).toBe(2); // US clocks go forward on 2026-03-08
    expect(daysBetweenIso('2026-10-24', '2026-10-26')).toBe(2); // EU clocks go back on 2026-10-25
    expect(daysBetweenIso('2025-12-31', '2027-01-01')).toBe(366);
    expect(daysBetweenIso('0050-01-01', '0051-01-01')).toBe(365); // not read as 1950
  });

  it("writes the local day as YYYY-MM-DD", () => {
    expect(localTodayIso(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
    expect(localTodayIso(new Date(2026, 11, 31, 0, 0))).toBe('2026-12-31');
    expect(isIsoDay(localTodayIso())).toBe(true);
  });
});
