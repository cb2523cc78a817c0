import { describe, expect, it } from 'vitest';
import { countResponses } from '../../../src/lib/retention/retention-change.ts';
import { addResponseCounts } from '../../../src/lib/retention/stats-file.ts';
import { responseCounts } from '../../../src/lib/stats/response-counts.ts';
import { cellText } from '../../../src/lib/stats/suppress.ts';
import type { Pairing } from '../../../src/lib/types.generated.ts';
import { pairing, program } from '../../support/pairing-records.ts';

const cala = program('cala', { evaluations: [{ id: 'program-evaluation', title: 'Program evaluation', due: '05-01' }] });
const answered = (n: number): Partial<Pairing> => ({
  evaluations: Array.from({ length: n }, (_, index) => ({
    evaluation: 'program-evaluation',
    role: index % 2 === 0 ? ('mentor' as const) : ('mentee' as const),
    received: '2026-04-20',
  })),
});
const pairings = (entries: [string, Partial<Pairing>][]) =>
  new Map(entries.map(([id, overrides]) => [`cala/${id}`, { data: pairing('cala', overrides) }]));

describe('evaluation response counts on the statistics page', () => {
  it('shows each count exactly from 3 and as "fewer than 3" below, zero included, per cycle', () => {
    const rows = responseCounts(
      cala,
      pairings([
        ['2026-a-b', answered(2)],
        ['2026-c-d', answered(1)],
        ['2025-e-f', answered(2)],
      ]),
      undefined,
    );
    expect(rows.map((row) => [row.cycle, row.cells.map((cell) => cellText(cell.cell))])).toEqual([
      [2026, ['3']],
      [2025, ['fewer than 3']],
    ]);
    const none = responseCounts(cala, pairings([['2026-a-b', {}]]), undefined);
    expect(none.map((row) => cellText(row.cells[0]!.cell))).toEqual(['fewer than 3']);
  });

  it('keeps the responses of relationships removed under retention, so a shown count never shrinks', () => {
    const stats = {
      program: 'cala',
      removed: [{ cycle: 2025, kind: 'mentoring' as const, outcome: 'completed' as const, count: 1 }],
      responses: [{ cycle: 2025, evaluation: 'program-evaluation', count: 2 }],
    };
    const rows = responseCounts(cala, pairings([['2025-e-f', answered(1)]]), stats);
    expect(rows.map((row) => cellText(row.cells[0]!.cell))).toEqual(['3']);
  });

  it('is carried into content/stats/ by the retention pull request', () => {
    const past = [
      {
        program: 'cala',
        pairingId: '2025-e-f',
        kind: 'mentoring' as const,
        outcome: 'completed' as const,
        cycle: 2025,
        endedOn: '2026-04-28',
        keepUntil: '2026-04-28',
        files: [],
        responses: [{ evaluation: 'program-evaluation', count: 2 }],
      },
    ];
    expect(countResponses(past, 'cala')).toEqual([{ cycle: 2025, evaluation: 'program-evaluation', count: 2 }]);
    const text = addResponseCounts(
      'program: cala\nremoved: []\nresponses:\n  - { cycle: 2025, evaluation: program-evaluation, count: 1 }\n',
      countResponses(past, 'cala'),
    );
    expect(text).toContain('{ cycle: 2025, evaluation: program-evaluation, count: 3 }');
  });

  it('shows nothing for a program without evaluations', () => {
    expect(responseCounts(program('x'), pairings([['2026-a-b', answered(4)]]), undefined)).toEqual([]);
  });
});
