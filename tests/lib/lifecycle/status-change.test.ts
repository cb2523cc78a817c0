import { describe, expect, it } from 'vitest';
import { applyStatusChange } from '../../../src/lib/lifecycle/status-change.ts';
import { StatusChangeError } from '../../../src/lib/lifecycle/status-change-error.ts';

const base = `# A pair matched in January; the coordinator's notes stay.
program: alao
kind: mentoring
mentor: { name: Wilhelmina Quillon, email: w.quillon@example.edu }
mentee: { name: Barnaby Brackenbury, email: b.brackenbury@example.edu }
notified: 2026-01-15 # the day of the notice
status: proposed
`;

describe('recording a status change', () => {
  it('sets the status and appends a history entry, keeping comments and layout', () => {
    const { text, from } = applyStatusChange(base, {
      status: 'active',
      date: '2026-02-10',
      requestedBy: 'coordinator',
      note: 'Contract signed.',
      activeSince: '2026-02-10',
    });
    expect(from).toBe('proposed');
    // Every line of the file stays as it was (comment included); only the status changes and the history is added.
    expect(text).toBe(
      base.replace(
        'status: proposed\n',
        `start: "2026-01-15"
status: active
history:
  - date: 2026-02-10
    status: active
    requestedBy: coordinator
    note: Contract signed.
`,
      ),
    );
    expect(text.startsWith("# A pair matched in January; the coordinator's notes stay.\nprogram: alao\n")).toBe(true);
    const ended = applyStatusChange(text, {
      status: 'ended-early',
      date: '2026-04-01',
      requestedBy: 'mentee',
      note: 'Moved away.',
      coordinatorInformed: '2026-04-02',
      activeSince: '2026-02-10',
    });
    expect(
      ended.text.endsWith(`    note: Contract signed.
  - date: 2026-04-01
    status: ended-early
    requestedBy: mentee
    note: Moved away.
    coordinatorInformed: 2026-04-02
`),
    ).toBe(true);
    expect(ended.text).toContain('status: ended-early\nhistory:');
  });

  it('first records the start of an active pairing that has no history yet', () => {
    const active = base.replace('status: proposed', 'status: active');
    const { text } = applyStatusChange(active, {
      status: 'completed',
      date: '2026-12-10',
      requestedBy: 'both',
      note: 'Goals reached.',
      activeSince: '2026-02-10',
    });
    expect(text).toContain('  - date: 2026-02-10\n    status: active\n    requestedBy: coordinator\n');
    expect(text).toContain('  - date: 2026-12-10\n    status: completed\n');
  });

  it('refuses changes the lifecycle does not allow, or that lack their fields, with a plain reason', () => {
    const request = { date: '2026-04-01', requestedBy: 'both' as const, note: 'x', activeSince: '2026-02-10' };
    expect(() => applyStatusChange(base, { ...request, status: 'completed' })).toThrow(
      new StatusChangeError('The pairing is proposed; it can only change to active or ended-early, not to completed.'),
    );
    const done = base.replace('status: proposed', 'status: completed');
    expect(() => applyStatusChange(done, { ...request, status: 'active' })).toThrow('which is final');
    const active = base.replace('status: proposed', 'status: active');
    expect(() => applyStatusChange(active, { ...request, status: 'ended-early' })).toThrow('--informed');
    expect(() => applyStatusChange(active, { ...request, status: 'reassigned' })).toThrow('--new-pairing');
  });
});

describe('activation: notified is not started', () => {
  const proposed = `program: demo
kind: mentoring
mentor: { name: Wilhelmina Quillon, email: w.quillon@example.edu }
mentee: { name: Barnaby Brackenbury, email: b.brackenbury@example.edu }
cycle: 2026
status: proposed
`;
  const request = { status: 'active' as const, date: '2026-10-20', requestedBy: 'coordinator' as const, note: 'Told.', activeSince: '' };

  it('records the notice date and the start apart, before the status', () => {
    const { text } = applyStatusChange(proposed, { ...request, notified: '2026-10-15', start: '2026-11-01' });
    expect(text).toContain('cycle: 2026\nnotified: "2026-10-15"\nstart: "2026-11-01"\nstatus: active\n');
  });

  it('refuses a start before the notice', () => {
    expect(() => applyStatusChange(proposed, { ...request, notified: '2026-10-15', start: '2026-10-01' })).toThrow(
      new StatusChangeError('The start (2026-10-01) is before the notice (2026-10-15): a pair starts once told of its match.'),
    );
  });
});
