import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { renderCalendar } from '../../../src/lib/calendar/calendar-events.ts';
import { pairCalendar } from '../../../src/lib/calendar/pair-calendar.ts';
import { programCalendar } from '../../../src/lib/calendar/program-calendar.ts';
import { contract, pairing, program } from '../../support/pairing-records.ts';

interface ParsedEvent {
  uid: string;
  summary: string;
  start: string;
  end: string;
  rrule: string | undefined;
}

/** Parses an iCalendar file back with ical.js, as a calendar application would. */
function parse(text: string): ParsedEvent[] {
  const calendar = new ICAL.Component(ICAL.parse(text));
  expect(calendar.name).toBe('vcalendar');
  expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
  return calendar.getAllSubcomponents('vevent').map((component) => {
    const event = new ICAL.Event(component);
    expect(event.startDate.isDate).toBe(true);
    const rrule = component.getFirstPropertyValue('rrule');
    return {
      uid: event.uid,
      summary: event.summary,
      start: event.startDate.toString(),
      end: event.endDate.toString(),
      rrule: rrule ? rrule.toString() : undefined,
    };
  });
}

/** The first occurrences of a recurring event, expanded by ical.js. */
function occurrences(text: string, uid: string, max = 50): string[] {
  const calendar = new ICAL.Component(ICAL.parse(text));
  const component = calendar.getAllSubcomponents('vevent').find((c) => c.getFirstPropertyValue('uid') === uid)!;
  const iterator = new ICAL.Event(component).iterator();
  const dates: string[] = [];
  for (let next = iterator.next(); next && dates.length < max; next = iterator.next()) dates.push(next.toString());
  return dates;
}

const alao = program('alao', { shortName: 'ALAO', evaluations: [{ id: 'program-evaluation', title: 'Program evaluation', due: 'end' }] });

describe('a pair calendar', () => {
  const input = (frequency: 'weekly' | 'biweekly' | 'monthly' | 'bimonthly' | 'quarterly') => ({
    program: alao,
    pairingId: '2026-mentorsson-menteeford',
    pairing: pairing('alao'),
    contract: contract('alao', '2026-mentorsson-menteeford', {
      start: '2026-02-10',
      durationMonths: 10,
      meetings: { frequency, methods: ['video'] },
    }),
    stamp: '2026-02-01',
  });

  it.each([
    ['weekly', 'FREQ=WEEKLY;UNTIL=20261210', 44],
    ['biweekly', 'FREQ=WEEKLY;INTERVAL=2;UNTIL=20261210', 22],
    ['monthly', 'FREQ=MONTHLY;UNTIL=20261210', 11],
    ['bimonthly', 'FREQ=MONTHLY;INTERVAL=2;UNTIL=20261210', 6],
    ['quarterly', 'FREQ=MONTHLY;INTERVAL=3;UNTIL=20261210', 4],
  ] as const)('repeats %s meetings from the start to the contract end', (frequency, rrule, count) => {
    const text = renderCalendar(pairCalendar(input(frequency)));
    const meetings = parse(text).find((event) => event.uid === 'alao-2026-mentorsson-menteeford-meetings@tandem')!;
    expect(meetings).toMatchObject({ start: '2026-02-10', rrule });
    const dates = occurrences(text, meetings.uid);
    expect(dates).toHaveLength(count);
    expect(dates[0]).toBe('2026-02-10');
    expect(dates.at(-1)! <= '2026-12-10').toBe(true);
  });

  it('moves a monthly meeting that starts on the 31st to the last day of shorter months (RFC 5545 BYSETPOS), not skipping them', () => {
    const text = renderCalendar(
      pairCalendar({
        ...input('monthly'),
        contract: contract('alao', '2026-mentorsson-menteeford', {
          start: '2027-01-31',
          durationMonths: 6,
          meetings: { frequency: 'monthly', methods: ['video'] },
        }),
      }),
    );
    const meetings = parse(text).find((event) => event.uid === 'alao-2026-mentorsson-menteeford-meetings@tandem')!;
    expect(meetings.start).toBe('2027-01-31');
    // The last day of each month: RFC 5545's BYMONTHDAY=28,29,30,31;BYSETPOS=-1, said the way every client expands.
    expect(meetings.rrule).toBe('FREQ=MONTHLY;BYMONTHDAY=-1;UNTIL=20270731');
    const dates = occurrences(text, meetings.uid);
    expect(dates[0]).toBe(meetings.start);
    expect(dates).toEqual(['2027-01-31', '2027-02-28', '2027-03-31', '2027-04-30', '2027-05-31', '2027-06-30', '2027-07-31']);
  });

  it.each([
    [
      'bimonthly',
      '2027-08-31',
      'FREQ=MONTHLY;INTERVAL=2;BYMONTHDAY=-1',
      ['2027-08-31', '2027-10-31', '2027-12-31', '2028-02-29', '2028-04-30', '2028-06-30'],
    ],
    [
      'monthly',
      '2027-01-30',
      'FREQ=MONTHLY;BYMONTHDAY=28,29,30;BYSETPOS=-1',
      [
        '2027-01-30',
        '2027-02-28',
        '2027-03-30',
        '2027-04-30',
        '2027-05-30',
        '2027-06-30',
        '2027-07-30',
        '2027-08-30',
        '2027-09-30',
        '2027-10-30',
        '2027-11-30',
        '2027-12-30',
      ],
    ],
    [
      'bimonthly',
      '2027-10-30',
      'FREQ=MONTHLY;INTERVAL=2;BYMONTHDAY=28,29,30;BYSETPOS=-1',
      ['2027-10-30', '2027-12-30', '2028-02-29', '2028-04-30', '2028-06-30', '2028-08-30'],
    ],
    [
      'quarterly',
      '2027-11-29',
      'FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=28,29;BYSETPOS=-1',
      ['2027-11-29', '2028-02-29', '2028-05-29', '2028-08-29'],
    ],
  ] as const)(
    'keeps a %s series starting on %s in every meeting month, on its last day when shorter',
    (frequency, start, rule, expected) => {
      const text = renderCalendar(
        pairCalendar({
          ...input(frequency),
          contract: contract('alao', '2026-mentorsson-menteeford', {
            start,
            durationMonths: 12,
            meetings: { frequency, methods: ['video'] },
          }),
        }),
      );
      const meetings = parse(text).find((event) => event.uid === 'alao-2026-mentorsson-menteeford-meetings@tandem')!;
      expect(meetings.start).toBe(start);
      expect(meetings.rrule!.startsWith(`${rule};UNTIL=`)).toBe(true);
      // ical.js 2.2 expands BYMONTHDAY but ignores BYSETPOS beside it (kewisch/ical.js#960), so the
      // test applies BYSETPOS=-1 itself: the last of each month's candidate days, as RFC 5545 defines it.
      const candidates = occurrences(text, meetings.uid, 200);
      const dates = rule.includes('BYSETPOS=-1') ? [...new Map(candidates.map((date) => [date.slice(0, 7), date])).values()] : candidates;
      expect(dates[0]).toBe(start);
      expect(dates.slice(0, expected.length)).toEqual(expected);
    },
  );

  it('leaves a weekly series starting on the 31st a plain weekly rule', () => {
    const text = renderCalendar(
      pairCalendar({
        ...input('weekly'),
        contract: contract('alao', '2026-mentorsson-menteeford', {
          start: '2027-01-31',
          durationMonths: 6,
          meetings: { frequency: 'weekly', methods: ['video'] },
        }),
      }),
    );
    const meetings = parse(text).find((event) => event.uid === 'alao-2026-mentorsson-menteeford-meetings@tandem')!;
    expect(meetings.rrule).toMatch(/^FREQ=WEEKLY;UNTIL=\d{8}$/);
    expect(occurrences(text, meetings.uid, 2)).toEqual(['2027-01-31', '2027-02-07']);
  });

  it('holds the contract end, the evaluation at the end, and no participant names', () => {
    const text = renderCalendar(pairCalendar(input('monthly')));
    const events = parse(text);
    expect(events.map((event) => [event.uid, event.start])).toEqual([
      ['alao-2026-mentorsson-menteeford-meetings@tandem', '2026-02-10'],
      ['alao-2026-mentorsson-menteeford-end@tandem', '2026-12-10'],
      ['alao-2026-mentorsson-menteeford-evaluation-1-2026-12-10@tandem', '2026-12-10'],
    ]);
    expect(events[1]!.summary).toBe('ALAO Mentoring Program: contract ends');
    expect(text).not.toMatch(/Morgan|Avery|@example/);
  });

  it('is written as RFC 5545 asks: CRLF after every line (the last too), lines of at most 75 octets, UID and DTSTAMP on each event', () => {
    const text = renderCalendar(pairCalendar(input('biweekly')));
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of text.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    const events = new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent');
    expect(events.length).toBeGreaterThan(0);
    for (const event of events) {
      expect(event.getFirstPropertyValue('uid')).toMatch(/@tandem$/);
      expect(String(event.getFirstPropertyValue('dtstamp'))).toBe('2026-02-01T00:00:00Z');
    }
  });

  it('gives the same UIDs and text on every run', () => {
    expect(renderCalendar(pairCalendar(input('weekly')))).toBe(renderCalendar(pairCalendar(input('weekly'))));
  });

  it('adds the coordinator check-ins and the yearly evaluations inside a term', () => {
    const alcts = program('alcts', {
      term: { start: '06-01', end: '04-30' },
      checkIns: { everyMonths: 3, method: 'email' },
      evaluations: [
        { id: 'mid-way-assessment', title: 'Mid-way assessment', due: '11-15' },
        { id: 'final-assessment', title: 'Final assessment', due: '04-30' },
      ],
    });
    const events = parse(
      renderCalendar(
        pairCalendar({
          program: alcts,
          pairingId: '2026-a-b',
          pairing: pairing('alcts'),
          contract: contract('alcts', '2026-a-b', {
            start: '2026-06-01',
            durationMonths: 12,
            meetings: { frequency: 'monthly', methods: ['email'] },
          }),
          stamp: '2026-05-01',
        }),
      ),
    );
    expect(events.map((event) => [event.uid.replace('@tandem', ''), event.start])).toEqual([
      ['alcts-2026-a-b-meetings', '2026-06-01'],
      ['alcts-2026-a-b-end', '2027-04-30'],
      ['alcts-2026-a-b-check-in-2026-09-01', '2026-09-01'],
      ['alcts-2026-a-b-check-in-2026-12-01', '2026-12-01'],
      ['alcts-2026-a-b-check-in-2027-03-01', '2027-03-01'],
      ['alcts-2026-a-b-evaluation-1-2026-11-15', '2026-11-15'],
      ['alcts-2026-a-b-evaluation-2-2027-04-30', '2027-04-30'],
    ]);
    expect(events[0]!.rrule).toBe('FREQ=MONTHLY;UNTIL=20270430');
  });

  it('puts a yearly evaluation that falls after a short relationship on its next date', () => {
    const cala = program('cala', { evaluations: [{ id: 'program-evaluation', title: 'Program evaluation', due: '05-01' }] });
    const events = parse(
      renderCalendar(
        pairCalendar({
          program: cala,
          pairingId: '2026-c-d',
          pairing: pairing('cala'),
          contract: contract('cala', '2026-c-d', { start: '2026-06-01', durationMonths: 6 }),
          stamp: '2026-05-01',
        }),
      ),
    );
    expect(events.filter((event) => event.uid.includes('evaluation')).map((event) => event.start)).toEqual(['2027-05-01']);
  });
});

describe('a program calendar', () => {
  const alcts = program('alcts', {
    term: { start: '06-01', end: '04-30' },
    orientation: { month: 5, description: 'A virtual orientation.' },
    checkIns: { everyMonths: 3, method: 'email' },
    evaluations: [
      { id: 'mid-way-assessment', title: 'Mid-way assessment', due: '11-15' },
      { id: 'final-assessment', title: 'Final assessment', due: 'end' },
    ],
  });

  it('repeats the term, orientation, check-ins and evaluation deadlines every year', () => {
    const text = renderCalendar(programCalendar(alcts, 2026, '2026-01-01'));
    const events = parse(text);
    expect(events.map((event) => [event.uid, event.start, event.end, event.rrule])).toEqual([
      ['alcts-term-start@tandem', '2026-06-01', '2026-06-02', 'FREQ=YEARLY'],
      ['alcts-term-end@tandem', '2027-04-30', '2027-05-01', 'FREQ=YEARLY'],
      ['alcts-check-in-1@tandem', '2026-09-01', '2026-09-02', 'FREQ=YEARLY'],
      ['alcts-check-in-2@tandem', '2026-12-01', '2026-12-02', 'FREQ=YEARLY'],
      ['alcts-check-in-3@tandem', '2027-03-01', '2027-03-02', 'FREQ=YEARLY'],
      ['alcts-orientation@tandem', '2026-05-01', '2026-06-01', 'FREQ=YEARLY'],
      ['alcts-evaluation-1@tandem', '2026-11-15', '2026-11-16', 'FREQ=YEARLY'],
      ['alcts-evaluation-2@tandem', '2027-04-30', '2027-05-01', 'FREQ=YEARLY'],
    ]);
    expect(occurrences(text, 'alcts-term-start@tandem', 3)).toEqual(['2026-06-01', '2027-06-01', '2028-06-01']);
  });

  it('keeps the same UIDs from one year to the next', () => {
    const uids = (year: number) => parse(renderCalendar(programCalendar(alcts, year, `${year}-01-01`))).map((event) => event.uid);
    expect(uids(2027)).toEqual(uids(2026));
  });

  it("adds a cohort's own dates as one-off events, and no mid-way date (each pair's own midpoint)", () => {
    const withCohorts = program('alcts', {
      term: { start: '06-01', end: '04-30' },
      cohorts: [
        { id: '2018', term: { start: '2018-06-01', end: '2019-04-30' } },
        {
          id: '2027-autumn',
          title: 'Autumn intake',
          term: { start: '2027-09-01', end: '2028-06-30' },
          orientation: { start: '2027-08-20', end: '2027-08-21' },
        },
      ],
      evaluations: [{ id: 'midway-assessment', title: 'Mid-way assessment', due: 'midway' }],
    });
    const events = parse(renderCalendar(programCalendar(withCohorts, 2026, '2026-01-01')));
    expect(events.filter((event) => !event.rrule).map((event) => [event.uid, event.start, event.end])).toEqual([
      ['alcts-cohort-2027-autumn-term-start@tandem', '2027-09-01', '2027-09-02'],
      ['alcts-cohort-2027-autumn-term-end@tandem', '2028-06-30', '2028-07-01'],
      ['alcts-cohort-2027-autumn-orientation@tandem', '2027-08-20', '2027-08-22'],
    ]);
    expect(events.map((event) => event.uid)).not.toContain('alcts-evaluation-1@tandem');
  });

  it('leaves out an end-of-relationship evaluation when the program has no term', () => {
    const events = parse(
      renderCalendar(programCalendar(program('alao', { evaluations: [{ id: 'final', title: 'Final', due: 'end' }] }), 2026, '2026-01-01')),
    );
    expect(events).toEqual([]);
  });
});
