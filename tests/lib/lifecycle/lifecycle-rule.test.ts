import { describe, expect, it } from 'vitest';
import { validateFiles } from '../../../src/lib/validate/index.ts';
import { fixtureFiles } from '../../support/desk-fixture-repo.ts';
import { pairingYamlHead } from '../../support/pairing-records.ts';

const FILE = 'content/pairings/alao/2026-quillon-brackenbury.yaml';
const HEAD = pairingYamlHead('alao', {
  mentor: { name: 'Wilhelmina Quillon', email: 'w.quillon@example.edu' },
  mentee: { name: 'Barnaby Brackenbury', email: 'b.brackenbury@example.edu' },
  notified: '2026-01-15',
});
/** The usual first history entry: the pair became active on 10 February. */
const STARTED = '{ date: 2026-02-10, status: active, requestedBy: coordinator, note: Started. }';

/** The pairing file with `status` and a history of flow-mapping entries: entry 1 is on line 8, entry 2 on line 9. */
const withHistory = (status: string, ...entries: string[]): string =>
  `${HEAD}status: ${status}\nhistory:\n${entries.map((entry) => `  - ${entry}\n`).join('')}`;

async function diagnosticsFor(text: string, today = '2026-06-01') {
  const result = validateFiles(await fixtureFiles({ [FILE]: text }), { today, only: [FILE] });
  return result.diagnostics.map((d) => ({ line: d.line, rule: d.rule, severity: d.severity, message: d.message }));
}

describe('pairing lifecycle rules', () => {
  it('accepts the fixture repository, a pairing without history, and a full history', async () => {
    expect(validateFiles(await fixtureFiles(), { today: '2026-03-01' }).diagnostics).toEqual([]);
    expect(await diagnosticsFor(`${HEAD}status: active\n`)).toEqual([]);
    expect(
      await diagnosticsFor(`${HEAD}status: completed
history:
  - { date: 2026-02-10, status: active, requestedBy: coordinator, note: Started. }
  - { date: 2026-05-30, status: completed, requestedBy: both, note: Goals reached. }
checkIns: [2026-04-01]
hoursLogged: 3.5
`),
    ).toEqual([]);
  });

  it('rejects a change that skips a step or goes back, at the offending line', async () => {
    const found = await diagnosticsFor(`${HEAD}status: completed
history:
  - date: 2026-02-10
    status: completed
    requestedBy: both
    note: Skipped active.
`);
    expect(found).toEqual([
      {
        line: 9,
        rule: 'pairing-history-transition',
        severity: 'error',
        message:
          'History entry 1 changes the status from proposed to completed, which is not allowed (after proposed comes active, ended-early).',
      },
    ]);
    const back = await diagnosticsFor(
      withHistory('proposed', STARTED, '{ date: 2026-02-11, status: proposed, requestedBy: coordinator, note: Back. }'),
    );
    expect(back.map((d) => [d.line, d.rule])).toEqual([[9, 'pairing-history-transition']]);
  });

  it('rejects changes out of date order, before the notice, or in the future', async () => {
    const found = await diagnosticsFor(
      withHistory(
        'completed',
        '{ date: 2026-01-10, status: active, requestedBy: coordinator, note: Started. }',
        '{ date: 2026-07-01, status: completed, requestedBy: both, note: Done. }',
      ),
    );
    expect(found.map((d) => [d.line, d.rule])).toEqual([
      [8, 'pairing-history-date-order'],
      [9, 'pairing-history-date-future'],
    ]);
    const order = await diagnosticsFor(
      withHistory(
        'completed',
        '{ date: 2026-03-10, status: active, requestedBy: coordinator, note: Started. }',
        '{ date: 2026-03-01, status: completed, requestedBy: both, note: Done. }',
      ),
    );
    expect(order).toEqual([
      expect.objectContaining({ line: 9, rule: 'pairing-history-date-order', message: expect.stringContaining('oldest first') }),
    ]);
  });

  it('needs the date the coordinator was told when a relationship ends early', async () => {
    const found = await diagnosticsFor(
      withHistory('ended-early', STARTED, 'date: 2026-04-01\n    status: ended-early\n    requestedBy: mentee\n    note: Moved away.'),
    );
    expect(found).toEqual([
      expect.objectContaining({
        line: 9,
        rule: 'pairing-history-ended-early-informed',
        message: expect.stringContaining('add coordinatorInformed'),
      }),
    ]);
    const future = await diagnosticsFor(
      withHistory(
        'ended-early',
        STARTED,
        '{ date: 2026-04-01, status: ended-early, requestedBy: mentee, note: Moved., coordinatorInformed: 2026-08-01 }',
      ),
    );
    expect(future.map((d) => [d.line, d.rule])).toEqual([[9, 'pairing-history-date-future']]);
  });

  it('needs a reassignment to name an existing new pairing, without echoing the id', async () => {
    const missing = await diagnosticsFor(
      withHistory('reassigned', STARTED, '{ date: 2026-04-01, status: reassigned, requestedBy: both, note: Better match found. }'),
    );
    expect(missing.map((d) => [d.line, d.rule])).toEqual([[9, 'pairing-history-reassigned-new-pairing']]);
    const unknown = await diagnosticsFor(
      withHistory(
        'reassigned',
        STARTED,
        '{ date: 2026-04-01, status: reassigned, requestedBy: both, note: Better match., newPairing: 2026-nobody-here }',
      ),
    );
    expect(unknown).toEqual([expect.objectContaining({ line: 9, rule: 'pairing-history-new-pairing-exists' })]);
    expect(unknown[0]!.message).not.toContain('nobody');
    const existing = await diagnosticsFor(
      withHistory(
        'reassigned',
        STARTED,
        '{ date: 2026-04-01, status: reassigned, requestedBy: both, note: Better match., newPairing: 2026-pemberton-oakes }',
      ),
    );
    expect(existing).toEqual([]);
  });

  it('needs the last change to match the status', async () => {
    const found = await diagnosticsFor(`${HEAD}status: completed
history:
  - date: 2026-02-10
    status: active
    requestedBy: coordinator
    note: Started.
`);
    expect(found).toEqual([expect.objectContaining({ line: 6, rule: 'pairing-history-current-status' })]);
  });

  it('checks check-in dates and reports schema errors for a bad change', async () => {
    const found = await diagnosticsFor(`${HEAD}status: active\ncheckIns:\n  - 2026-01-01\n  - 2026-09-01\n`);
    expect(found.map((d) => [d.line, d.rule])).toEqual([
      [8, 'pairing-check-in-date'],
      [9, 'pairing-check-in-date'],
    ]);
    const schema = await diagnosticsFor(`${HEAD}status: active
history:
  - { date: 2026-02-10, status: active, requestedBy: the-cat, note: Started. }
`);
    expect(schema.length).toBeGreaterThan(0);
    expect(schema[0]!.line).toBe(8);
  });
});

describe('stats files', () => {
  it('are checked against the stats schema', async () => {
    const result = validateFiles(
      await fixtureFiles({
        'content/stats/alao.yaml':
          'program: alao\nremoved:\n  - { cycle: 2025, kind: peer, outcome: ended-early, count: 0, name: Jasper }\n',
      }),
      { today: '2026-03-01', only: ['content/stats/alao.yaml'] },
    );
    expect(result.ok).toBe(false);
    expect(result.diagnostics.every((d) => d.line === 3)).toBe(true);
  });
});
