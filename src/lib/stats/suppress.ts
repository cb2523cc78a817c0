/**
 * Small-count suppression for the public statistics, so that no one can be
 * singled out. What is shown never depends on a hidden count beyond "it is
 * fewer than 3", so knowing the rule gives an attacker nothing more:
 *
 * 1. The page shows only the counts of ended relationships per cycle
 *    (completed, ended early, reassigned). Each is shown exactly when it is 3
 *    or more and as "fewer than 3" otherwise (zero included), independently of
 *    every other count.
 * 2. The number of pairs in a cycle and the number still ongoing are not shown.
 *    Shown next to exact outcome counts, the total would give back a small
 *    "ongoing" count (total minus the rest), and comparing builds would give
 *    back the rest: a cycle's total barely changes, while its parts do.
 *    Withholding the total only where a part is small does not help: an earlier
 *    build in which every part was 3 or more has already shown it.
 * 3. Ended statuses are final and retention keeps their counts
 *    (content/stats/), and the site publishes a monthly snapshot that never
 *    lowers a count it published (snapshot.ts, for a pairing deleted by hand),
 *    so the three shown counts only ever grow from one snapshot to the next: an
 *    exact count never turns back into "fewer than 3", and a count that was
 *    "fewer than 3" may have been 0, 1 or 2 whatever it is now.
 * 4. Nothing is summed across cycles or programs anywhere on the site.
 *
 * tests/lib/stats/statistics-attack.test.ts checks all of this by brute force.
 */
import type { CycleCounts, Part } from './cycle-counts.ts';

export const THRESHOLD = 3;

export type Cell = { shown: 'exact'; value: number } | { shown: 'fewer-than-3' };

/** The parts the site publishes: each only ever grows for a given cycle. */
export const PUBLISHED_PARTS = ['completed', 'endedEarly', 'reassigned'] as const satisfies readonly Part[];
type PublishedPart = (typeof PUBLISHED_PARTS)[number];

export interface DisplayedRow {
  cycle: number;
  parts: { [part in PublishedPart]: Cell };
}

const exactOrFewer = (value: number): Cell => (value < THRESHOLD ? { shown: 'fewer-than-3' } : { shown: 'exact', value });

export function suppressRow(row: CycleCounts): DisplayedRow {
  // Filled part by part, not through Object.fromEntries: the statistics attack test suppresses some 100,000 rows.
  const parts = {} as DisplayedRow['parts'];
  for (const part of PUBLISHED_PARTS) parts[part] = exactOrFewer(row[part]);
  return { cycle: row.cycle, parts };
}

/** The rows of one program's page, as shown together: row by row, nothing summed. */
export const displayTable = (rows: readonly CycleCounts[]): DisplayedRow[] => rows.map(suppressRow);

export function cellText(cell: Cell): string {
  return cell.shown === 'exact' ? String(cell.value) : 'fewer than 3';
}
