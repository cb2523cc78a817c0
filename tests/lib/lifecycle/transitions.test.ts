import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkPairingLifecycle } from '../../../src/lib/lifecycle/check-history.ts';
import { applyStatusChange } from '../../../src/lib/lifecycle/status-change.ts';
import { StatusChangeError } from '../../../src/lib/lifecycle/status-change-error.ts';
import { ENDED_STATUSES, lifecycleInWords, nextStatuses, STATUSES, TRANSITIONS } from '../../../src/lib/lifecycle/transitions.ts';
import { RULES } from '../../../src/lib/rule-ids.ts';
import type { Pairing } from '../../../src/lib/types.generated.ts';

interface StatusSchema {
  description: string;
  anyOf: { const: string }[];
}
const schema = JSON.parse(readFileSync(new URL('../../../schemas/pairing.schema.json', import.meta.url), 'utf8')) as {
  properties: { history: { description: string } };
  $defs: { status: StatusSchema; statusChange: { properties: Record<string, { description: string }> } };
};

describe('the lifecycle table', () => {
  it('is what the pairing schema lists and says', () => {
    expect(schema.$defs.status.anyOf.map((option) => option.const)).toEqual([...STATUSES]);
    expect(schema.properties.history.description).toContain(`A pairing ${lifecycleInWords()}.`);
    // Each field a change requires is described in the schema as needed for that change's target status.
    for (const transition of TRANSITIONS) {
      for (const required of transition.requires) {
        expect(schema.$defs.statusChange.properties[required.field]?.description).toContain(
          `needed when the new status is ${transition.to}`,
        );
      }
    }
  });

  it("is the validator's rule sentence", () => {
    const rule = RULES.find((candidate) => candidate.id === 'pairing-history-transition');
    expect(rule?.description).toBe(
      "A pairing's history starts proposed and only moves from proposed to active or ended-early, and from active to completed, ended-early or reassigned; completed, ended-early and reassigned are final.",
    );
  });

  it('is the table docs/architecture.md shows, row for row', () => {
    const architecture = readFileSync(new URL('../../../docs/architecture.md', import.meta.url), 'utf8');
    const rows = architecture
      .split('\n')
      .map((line) => line.split('|').map((cell) => cell.trim()))
      .filter((cells) => STATUSES.includes(cells[1] as never));
    expect(rows.map((cells) => `${cells[1]} -> ${cells[2]}`)).toEqual(TRANSITIONS.map(({ from, to }) => `${from} -> ${to}`));
    rows.forEach((cells, index) => {
      for (const required of TRANSITIONS[index]?.requires ?? []) expect(cells[3]).toContain(`\`${required.field}\``);
    });
  });

  it('ends in exactly the statuses nothing follows', () => {
    expect(STATUSES.filter((status) => nextStatuses(status).length === 0)).toEqual([...ENDED_STATUSES]);
  });
});

const proposed = `program: alao
kind: mentoring
mentor: { name: Wilhelmina Quillon, email: w.quillon@example.edu }
mentee: { name: Barnaby Brackenbury, email: b.brackenbury@example.edu }
status: proposed
`;

describe('a proposed pairing that ends early', () => {
  const request = {
    status: 'ended-early',
    date: '2026-02-10',
    requestedBy: 'mentee',
    note: 'Bowed out.',
    activeSince: '2026-02-10',
  } as const;

  it('needs the date the coordinator was told, as the table says', () => {
    expect(() => applyStatusChange(proposed, request)).toThrow(
      new StatusChangeError('Ending early needs --informed YYYY-MM-DD: the date the coordinator was told.'),
    );
  });

  it('records the end without a notice or start date (only activation sets those)', () => {
    const { text, from } = applyStatusChange(proposed, { ...request, coordinatorInformed: '2026-02-11' });
    expect(from).toBe('proposed');
    expect(text).not.toContain('notified:');
    expect(text).not.toContain('start:');
    expect(text).toContain('status: ended-early\nhistory:\n  - date: 2026-02-10\n    status: ended-early');
  });

  it('passes the validator with the date, and is reported without it', () => {
    const pairing: Pairing = {
      program: 'alao',
      kind: 'mentoring',
      status: 'ended-early',
      history: [{ date: '2026-02-10', status: 'ended-early', requestedBy: 'mentee', note: 'Bowed out.' }],
    };
    const context = { today: '2026-03-01', pairingId: 'a', pairingExists: () => true };
    expect(checkPairingLifecycle(pairing, context)).toEqual([
      {
        path: ['history', 0],
        rule: 'pairing-history-ended-early-informed',
        message:
          'History entry 1 ends the relationship early but does not say when the coordinator was told: add coordinatorInformed (a date).',
      },
    ]);
    const informed = { ...pairing, history: [{ ...pairing.history![0]!, coordinatorInformed: '2026-02-11' }] } as Pairing;
    expect(checkPairingLifecycle(informed, context)).toEqual([]);
  });
});
