import { describe, expect, it } from 'vitest';
import { cycleCounts, PARTS, type CycleCounts } from '../../src/lib/stats/cycle-counts.ts';
import { cellText, suppressRow, type Cell, type DisplayedRow } from '../../src/lib/stats/suppress.ts';

/** Every value a reader could hold for a cell, knowing only how it is displayed. */
function readerRange(cell: Cell, max: number): number[] {
  const all = Array.from({ length: max + 1 }, (_, n) => n);
  if (cell.shown === 'exact') return [cell.value];
  return cell.shown === 'fewer-than-3' ? all.filter((n) => n < 3) : all.filter((n) => n >= 3);
}

/** Brute force: the values each part can take in some row consistent with the display. */
function possibleValues(display: DisplayedRow, max: number): Set<number>[] {
  const totals = readerRange(display.total, 4 * max);
  // A withheld part is only known to be 3 or more: up to the whole total.
  const ranges = PARTS.map((part) => readerRange(display.parts[part], Math.max(...totals)));
  const possible = PARTS.map(() => new Set<number>());
  for (const a of ranges[0]!) for (const b of ranges[1]!) for (const c of ranges[2]!) for (const d of ranges[3]!) {
    if (!totals.includes(a + b + c + d)) continue;
    [a, b, c, d].forEach((value, index) => possible[index]!.add(value));
  }
  return possible;
}

describe('small-count suppression', () => {
  it('never shows a count below 3, and no hidden count can be worked out as 1 or 2', () => {
    const max = 6;
    let checked = 0;
    for (let completed = 0; completed <= max; completed += 1)
      for (let endedEarly = 0; endedEarly <= max; endedEarly += 1)
        for (let reassigned = 0; reassigned <= max; reassigned += 1)
          for (let ongoing = 0; ongoing <= max; ongoing += 1) {
            const row: CycleCounts = { cycle: 2026, completed, endedEarly, reassigned, ongoing, total: completed + endedEarly + reassigned + ongoing };
            const display = suppressRow(row);
            for (const cell of [display.total, ...PARTS.map((part) => display.parts[part])]) {
              if (cell.shown === 'exact') expect(cell.value).toBeGreaterThanOrEqual(3);
            }
            possibleValues(display, max).forEach((values, index) => {
              const actual = row[PARTS[index]!];
              expect(values.has(actual)).toBe(true);
              if (actual === 1 || actual === 2) expect(values.size, `${JSON.stringify(row)} part ${PARTS[index]}`).toBeGreaterThan(1);
            });
            checked += 1;
          }
    expect(checked).toBe(7 ** 4);
  });

  it('withholds a complementary cell when only one part is small', () => {
    const display = suppressRow({ cycle: 2026, total: 12, completed: 5, endedEarly: 1, reassigned: 3, ongoing: 3 });
    expect(cellText(display.total)).toBe('12');
    expect(cellText(display.parts.endedEarly)).toBe('fewer than 3');
    expect(cellText(display.parts.completed)).toBe('5');
    // reassigned or ongoing (both 3) is withheld so that 12 - 5 - 3 - 3 cannot be done.
    expect([display.parts.reassigned.shown, display.parts.ongoing.shown].sort()).toEqual(['exact', 'withheld']);
  });

  it('shows everything exactly when every count is 3 or more', () => {
    const display = suppressRow({ cycle: 2026, total: 14, completed: 5, endedEarly: 3, reassigned: 3, ongoing: 3 });
    expect(PARTS.map((part) => cellText(display.parts[part]))).toEqual(['5', '3', '3', '3']);
  });

  it('hides a whole cycle of fewer than 3 pairs', () => {
    const display = suppressRow({ cycle: 2026, total: 2, completed: 2, endedEarly: 0, reassigned: 0, ongoing: 0 });
    expect(cellText(display.total)).toBe('fewer than 3');
    expect(PARTS.map((part) => cellText(display.parts[part]))).toEqual(Array(4).fill('fewer than 3'));
  });
});

describe('cycle counts', () => {
  it('adds current pairings and removed counts by the cycle in the pairing id', () => {
    const rows = cycleCounts(
      [{ id: '2026-a-b', status: 'active' }, { id: '2026-c-d', status: 'completed' }, { id: '2025-e-f', status: 'ended-early' }],
      { program: 'alao', removed: [{ cycle: 2025, kind: 'mentoring', outcome: 'completed', count: 4 }, { cycle: 2025, kind: 'peer', outcome: 'reassigned', count: 1 }] },
    );
    expect(rows).toEqual([
      { cycle: 2026, total: 2, completed: 1, endedEarly: 0, reassigned: 0, ongoing: 1 },
      { cycle: 2025, total: 6, completed: 4, endedEarly: 1, reassigned: 1, ongoing: 0 },
    ]);
  });
});
