/**
 * How many pairs each cycle of a program had and how their relationships
 * went: the current pairings plus the anonymous counts of pairings already
 * removed under retention (content/stats/<program>.yaml).
 */
import { cycleOf } from '../lifecycle/records.ts';
import type { Pairing, Stats } from '../types.generated.ts';

export interface CycleCounts {
  cycle: number;
  total: number;
  completed: number;
  endedEarly: number;
  reassigned: number;
  /** Proposed or active: not ended yet. */
  ongoing: number;
}

/** The parts every pair falls in exactly one of; together they add up to `total`. */
export const PARTS = ['completed', 'endedEarly', 'reassigned', 'ongoing'] as const;
export type Part = (typeof PARTS)[number];

const partOf = (status: Pairing['status']): Part =>
  status === 'completed' ? 'completed' : status === 'ended-early' ? 'endedEarly' : status === 'reassigned' ? 'reassigned' : 'ongoing';

export interface CurrentPairing {
  id: string;
  status: Pairing['status'];
}

export function cycleCounts(current: readonly CurrentPairing[], removed: Stats | undefined): CycleCounts[] {
  const byCycle = new Map<number, CycleCounts>();
  const add = (cycle: number, part: Part, count: number): void => {
    const row = byCycle.get(cycle) ?? { cycle, total: 0, completed: 0, endedEarly: 0, reassigned: 0, ongoing: 0 };
    row[part] += count;
    row.total += count;
    byCycle.set(cycle, row);
  };
  for (const pairing of current) add(cycleOf(pairing.id), partOf(pairing.status), 1);
  for (const entry of removed?.removed ?? []) add(entry.cycle, partOf(entry.outcome), entry.count);
  return [...byCycle.values()].sort((a, b) => b.cycle - a.cycle);
}
