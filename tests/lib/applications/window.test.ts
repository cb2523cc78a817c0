/** The application window on a fixed "today": upcoming, open, closed, and nothing where no window is published. */
import { describe, expect, it } from 'vitest';
import {
  applicationWindow,
  cycleForToday,
  windowOfCycle,
  windowSentence,
  yearlyWindowInWords,
} from '../../../src/lib/applications/window.ts';
import type { Program } from '../../../src/lib/types.generated.ts';

const program = (cycles?: Array<{ cycle: number; opens: string; closes: string }>) =>
  ({ id: 'demo', applications: { roles: ['mentee'], ...(cycles ? { cycles } : {}) } }) as unknown as Program;
const sentence = (p: Program, today: string) => windowSentence(applicationWindow(p, today));

const windows = [
  { cycle: 2027, opens: '2027-03-01', closes: '2027-04-15' },
  { cycle: 2028, opens: '2028-03-01', closes: '2028-04-15' },
];

describe('application window', () => {
  it('announces the next window before it opens', () => {
    expect(sentence(program(windows), '2026-11-30')).toBe('Applications for 2027 open 1 March and close 15 April.');
  });
  it('says until when a window is open, first and last day included', () => {
    expect(sentence(program(windows), '2027-03-01')).toBe('Applications for 2027 are open until 15 April.');
    expect(sentence(program(windows), '2027-04-15')).toBe('Applications for 2027 are open until 15 April.');
  });
  it('between cycles, names the next one', () => {
    expect(sentence(program(windows), '2027-04-16')).toBe('Applications for 2028 open 1 March and close 15 April.');
  });
  it('after the last published window, says it closed and claims no next date', () => {
    expect(sentence(program(windows), '2028-05-01')).toBe(
      'Applications for 2028 closed on 15 April; no date for the next cycle has been published yet.',
    );
  });
  it('writes the year of a date outside the cycle year', () => {
    expect(sentence(program([{ cycle: 2027, opens: '2026-12-01', closes: '2027-01-31' }]), '2026-11-30')).toBe(
      'Applications for 2027 open 1 December 2026 and close 31 January.',
    );
  });
  it('says nothing without a window', () => {
    expect(sentence(program(), '2026-11-30')).toBeUndefined();
    expect(sentence({ id: 'x' } as unknown as Program, '2026-11-30')).toBeUndefined();
  });
});

describe('yearly application window', () => {
  const yearly = (extra: Record<string, unknown> = {}) =>
    ({
      id: 'demo',
      applications: { roles: ['mentee'], window: { opens: '08-01', closes: '09-15' }, matchedBy: '10-15', ...extra },
    }) as unknown as Program;

  it('holds every year, with the matched-by day, without a cycle listed', () => {
    expect(sentence(yearly(), '2026-05-01')).toBe(
      'Applications for 2026 open 1 August and close 15 September. Applicants are told of their match by 15 October.',
    );
    expect(sentence(yearly(), '2026-09-15')).toBe(
      'Applications for 2026 are open until 15 September. Applicants are told of their match by 15 October.',
    );
    expect(sentence(yearly(), '2031-12-01')).toBe(
      'Applications for 2032 open 1 August and close 15 September. Applicants are told of their match by 15 October.',
    );
  });

  it('gives each cycle its window, a listed cycle keeping its own dates, and a window across the new year', () => {
    const listed = yearly({ cycles: [{ cycle: 2027, opens: '2027-07-01', closes: '2027-07-31' }] });
    expect(windowOfCycle(listed, 2027)).toEqual({ cycle: 2027, opens: '2027-07-01', closes: '2027-07-31', matchedBy: '2027-10-15' });
    expect(windowOfCycle(listed, 2028)).toEqual({ cycle: 2028, opens: '2028-08-01', closes: '2028-09-15', matchedBy: '2028-10-15' });
    const winter = yearly({ window: { opens: '11-15', closes: '01-31' }, matchedBy: '03-01' });
    expect(windowOfCycle(winter, 2026)).toEqual({ cycle: 2026, opens: '2026-11-15', closes: '2027-01-31', matchedBy: '2027-03-01' });
    expect(yearlyWindowInWords(winter)).toBe(
      'every year from 15 November to 31 January of the following year; applicants are told of their match by 1 March of the following year',
    );
  });

  it('names the cycle an application made today belongs to: the open window, else the next', () => {
    expect(cycleForToday(yearly(), '2026-08-20')).toBe(2026);
    expect(cycleForToday(yearly(), '2026-10-01')).toBe(2027);
  });
});
