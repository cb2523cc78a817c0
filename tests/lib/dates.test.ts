/**
 * The one dates module (src/lib/dates.ts): day arithmetic on YYYY-MM-DD
 * strings, exact in any time zone, and "today" as the local calendar date.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { afterEach, describe, expect, it } from 'vitest';
import { addDaysIso, addMonthsIso, daysBetween, isIsoDate, nextMonthDay, previousMonthDay, todayIso } from '../../src/lib/dates.ts';

describe('dates', () => {
  it('accepts only real calendar dates written YYYY-MM-DD', () => {
    for (const day of ['2026-02-28', '2024-02-29', '2000-02-29', '0001-01-01', '9999-12-31']) expect(isIsoDate(day), day).toBe(true);
    for (const day of [
      '2026-02-29',
      '1900-02-29',
      '2026-13-01',
      '2026-04-31',
      '0000-01-01',
      '2026-1-5',
      '26-01-05',
      '2026-01-05T00:00',
      '',
    ]) {
      expect(isIsoDate(day), day).toBe(false);
    }
  });

  it('counts whole days across month ends, leap days and daylight-saving changes', () => {
    expect(daysBetween('2026-03-01', '2026-03-31')).toBe(30);
    expect(daysBetween('2026-03-31', '2026-03-01')).toBe(-30);
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
    expect(daysBetween('2026-03-07', '2026-03-09')).toBe(2); // US clocks go forward on 2026-03-08
    expect(daysBetween('2026-10-24', '2026-10-26')).toBe(2); // EU clocks go back on 2026-10-25
    expect(daysBetween('2025-12-31', '2027-01-01')).toBe(366);
    expect(daysBetween('0050-01-01', '0051-01-01')).toBe(365); // not read as 1950
  });

  it('adds days and months, clamping a month end', () => {
    expect(addDaysIso('2026-02-27', 2)).toBe('2026-03-01');
    expect(addDaysIso('2024-03-01', -1)).toBe('2024-02-29');
    expect(addDaysIso('2026-10-24', 30)).toBe('2026-11-23');
    expect(addMonthsIso('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonthsIso('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonthsIso('2026-11-15', 3)).toBe('2027-02-15');
    expect(addMonthsIso('2026-03-31', -1)).toBe('2026-02-28');
    expect(addMonthsIso('2026-01-15', -13)).toBe('2024-12-15');
    expect(addMonthsIso('2026-05-31', 12)).toBe('2027-05-31');
  });

  it('finds the yearly day MM-DD on or after and on or before a date', () => {
    expect(nextMonthDay('2026-06-01', '06-01')).toBe('2026-06-01');
    expect(nextMonthDay('2026-06-02', '06-01')).toBe('2027-06-01');
    expect(previousMonthDay('2026-05-31', '06-01')).toBe('2025-06-01');
    expect(previousMonthDay('2026-06-01', '06-01')).toBe('2026-06-01');
  });
});

describe('todayIso', () => {
  const saved = process.env['TZ'];
  afterEach(() => {
    if (saved === undefined) delete process.env['TZ'];
    else process.env['TZ'] = saved;
  });

  it('is the local calendar date, not the UTC one, on either side of UTC midnight', () => {
    // 23:30 on January 5 in Auckland (UTC+13) is still 10:30 on January 5 in UTC;
    // 00:30 on January 6 there is 11:30 on January 5 in UTC: the local date wins.
    process.env['TZ'] = 'Pacific/Auckland';
    expect(todayIso(new Date('2026-01-05T10:30:00Z'))).toBe('2026-01-05');
    expect(todayIso(new Date('2026-01-05T11:30:00Z'))).toBe('2026-01-06');
    // 23:30 on January 5 in Chicago (UTC-6) is already January 6 in UTC.
    process.env['TZ'] = 'America/Chicago';
    expect(todayIso(new Date('2026-01-06T05:30:00Z'))).toBe('2026-01-05');
    expect(todayIso(new Date(2026, 11, 31, 0, 0))).toBe('2026-12-31');
    expect(isIsoDate(todayIso())).toBe(true);
  });

  it('is what a freshly started process in a UTC+ zone calls today at 00:30 local', () => {
    // A child process, so that nothing in this one cached the zone.
    const script = "import('./src/lib/dates.ts').then((m) => process.stdout.write(m.todayIso(new Date('2026-07-31T22:30:00Z'))))";
    const out = execFileSync(process.execPath, ['--input-type=module', '-e', script], {
      env: { ...process.env, TZ: 'Europe/Berlin' },
      encoding: 'utf8',
    });
    expect(out).toBe('2026-08-01'); // 00:30 on August 1 in Berlin (UTC+2)
  });
});

describe('one source of "today"', () => {
  it('no other code takes the UTC date for a date or goes through date-fns', () => {
    const pattern = String.raw`toISOString\(\)\.slice\(0, 10\)|from 'date-fns'`;
    const found = spawnSync('git', ['grep', '-nE', pattern, '--', 'src', 'scripts', ':!src/lib/dates.ts'], { encoding: 'utf8' });
    expect(found.status, found.stderr).toBe(1); // git grep: 1 = nothing found
    expect(found.stdout).toBe('');
  });
});

describe('tests that age well', () => {
  it('no test takes its today from the clock: each pins it (the GitHub-shaped server stamps its records with the time)', () => {
    // new Date() with nothing in it, Date.now(), todayIso() with no argument, or the UTC date.
    const pattern = String.raw`new Date\(\)|Date\.now\(\)|todayIso\(\)|toISOString\(\)\.slice\(0, ?10\)`;
    const found = spawnSync(
      'git',
      ['grep', '-nE', pattern, '--', 'tests', 'bench', ':!tests/support/github-server.ts', ':!tests/lib/dates.test.ts'],
      { encoding: 'utf8' },
    );
    expect(found.status, found.stderr).toBe(1); // git grep: 1 = nothing found
    expect(found.stdout).toBe('');
  });
});
