/**
 * Small-count suppression for the public statistics, so that no one can be
 * singled out.
 *
 * 1. Primary: every count below 3 (zero included) is shown as "fewer than 3".
 *    Zero is suppressed too so that the page never prints a count below 3 and
 *    "fewer than 3" never gives away which small cells are empty.
 * 2. Secondary (complementary) suppression: the total is shown exactly, and the
 *    four parts (completed, ended early, reassigned, ongoing) add up to it. If
 *    only one part were hidden, total minus the others would give it back.
 *    So, while any hidden part can still be worked out as exactly 1 or 2 from
 *    the total and the shown parts, the smallest shown part is withheld too
 *    (shown as "not shown", which a reader can only know to be 3 or more).
 *    If even hiding every part leaves one derivable (all four parts equal to
 *    2), the total is withheld as well.
 * Rows are never summed across cycles on the page, so no cross-row total can
 * undo this.
 */
import { PARTS, type CycleCounts, type Part } from './cycle-counts.ts';

export const THRESHOLD = 3;

export type Cell = { shown: 'exact'; value: number } | { shown: 'fewer-than-3' } | { shown: 'withheld' };

export interface DisplayedRow {
  cycle: number;
  total: Cell;
  parts: { [part in Part]: Cell };
}

interface Range { lo: number; hi: number }

/** What a reader can tell about a cell from how it is displayed. */
function rangeOf(cell: Cell, total: number): Range {
  if (cell.shown === 'exact') return { lo: cell.value, hi: cell.value };
  if (cell.shown === 'fewer-than-3') return { lo: 0, hi: THRESHOLD - 1 };
  return { lo: THRESHOLD, hi: total };
}

/**
 * Whether some hidden part is pinned to a single value of 1 or 2 by the sum:
 * its possible values are its own range intersected with what the total minus
 * the other parts' ranges leaves (sums of integer ranges are ranges).
 */
function disclosesSmallCount(parts: { [part in Part]: Cell }, total: number): boolean {
  const ranges = PARTS.map((part) => rangeOf(parts[part], total));
  return PARTS.some((part, index) => {
    if (parts[part].shown === 'exact') return false;
    const others = ranges.filter((_, other) => other !== index);
    const lo = Math.max(ranges[index]!.lo, total - others.reduce((sum, r) => sum + r.hi, 0));
    const hi = Math.min(ranges[index]!.hi, total - others.reduce((sum, r) => sum + r.lo, 0));
    return lo === hi && lo > 0 && lo < THRESHOLD;
  });
}

const exactOrFewer = (value: number): Cell => (value < THRESHOLD ? { shown: 'fewer-than-3' } : { shown: 'exact', value });

export function suppressRow(row: CycleCounts): DisplayedRow {
  const parts = Object.fromEntries(PARTS.map((part) => [part, exactOrFewer(row[part])])) as { [part in Part]: Cell };
  if (row.total < THRESHOLD) return { cycle: row.cycle, total: { shown: 'fewer-than-3' }, parts };
  while (disclosesSmallCount(parts, row.total)) {
    const shown = PARTS.filter((part) => parts[part].shown === 'exact').sort((a, b) => row[a] - row[b]);
    const smallest = shown[0];
    if (smallest === undefined) return { cycle: row.cycle, total: { shown: 'withheld' }, parts };
    parts[smallest] = { shown: 'withheld' };
  }
  return { cycle: row.cycle, total: { shown: 'exact', value: row.total }, parts };
}

export function cellText(cell: Cell): string {
  if (cell.shown === 'exact') return String(cell.value);
  return cell.shown === 'fewer-than-3' ? 'fewer than 3' : 'not shown';
}
