/** The term a pairing belongs to follows its cycle or cohort, never its notice date; activation starts it at the term's start. */
import { describe, expect, it } from 'vitest';
import { defaultStart } from '../../../src/lib/lifecycle/activation.ts';
import { relationshipPeriod } from '../../../src/lib/lifecycle/relationship.ts';
import { termOf } from '../../../src/lib/program/terms.ts';
import type { Pairing, Program } from '../../../src/lib/types.generated.ts';

const program = {
  id: 'demo',
  term: { start: '11-01', end: '10-31' },
  cohorts: [{ id: '2027', term: { start: '2027-11-15', end: '2028-09-30' } }],
} as unknown as Program;

const pairing = (fields: Partial<Pairing>): Pairing => ({
  program: 'demo',
  kind: 'mentoring',
  mentor: { name: 'A', email: 'a@example.org' },
  mentee: { name: 'B', email: 'b@example.org' },
  status: 'active',
  ...fields,
});

describe('the term of a pairing', () => {
  it('is the term that starts in its cycle year, whatever day it was notified or activated', () => {
    const told = pairing({
      cycle: 2026,
      notified: '2026-10-15',
      history: [{ date: '2026-10-15', status: 'active', requestedBy: 'coordinator', note: 'Told.' }],
    });
    expect(termOf(program, told)).toEqual({ start: '2026-11-01', end: '2027-10-31' });
    expect(relationshipPeriod(program, told)).toEqual({ start: '2026-11-01', end: '2027-10-31' });
  });

  it("is its cohort's when the cycle year has one", () => {
    expect(termOf(program, pairing({ cycle: 2027, notified: '2027-10-01' }))).toEqual({
      start: '2027-11-15',
      end: '2028-09-30',
      cohort: '2027',
    });
  });

  it('without a cycle, follows the recorded start rather than the activation day', () => {
    const started = pairing({
      notified: '2026-10-15',
      start: '2026-11-01',
      history: [{ date: '2026-10-15', status: 'active', requestedBy: 'coordinator', note: 'Told.' }],
    });
    expect(termOf(program, started)).toEqual({ start: '2026-11-01', end: '2027-10-31' });
  });
});

describe('the default start at activation', () => {
  it("is the start of the pair's term or cohort, never before the notice", () => {
    expect(defaultStart(program, pairing({ cycle: 2026, status: 'proposed' }), '2026-10-15')).toBe('2026-11-01');
    expect(defaultStart(program, pairing({ cycle: 2027, status: 'proposed' }), '2027-10-20')).toBe('2027-11-15');
    expect(defaultStart(program, pairing({ cycle: 2026, status: 'proposed' }), '2026-12-03')).toBe('2026-12-03');
  });
  it('is the notice in a program without terms', () => {
    expect(defaultStart({ id: 'x' } as Program, pairing({ status: 'proposed' }), '2026-10-15')).toBe('2026-10-15');
  });
});
