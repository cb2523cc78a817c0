/**
 * The evaluation responses received, per cycle and evaluation, for the public
 * statistics page, with the same small-count protection as the rest of the
 * page (src/lib/stats/suppress.ts: its threshold and its cells): each count is
 * shown exactly when it is 3 or more and as "fewer than 3" otherwise, on its
 * own. Responses only ever accumulate: a recorded response is never taken
 * back, and retention keeps the removed relationships' counts in
 * content/stats/ (`responses`); the monthly snapshot (snapshot.ts) never
 * lowers a published count either.
 */
import { cycleOf, pairingIdOf } from '../lifecycle/records.ts';
import type { Pairing, Program, Stats } from '../types.generated.ts';
import { THRESHOLD, type Cell } from './suppress.ts';

export interface ResponseRow {
  cycle: number;
  /** One cell per evaluation of the program, in the program's order. */
  cells: { evaluation: string; title: string; cell: Cell }[];
}

/** The protection of suppress.ts, applied to one response count. */
const protectedCell = (value: number): Cell => (value < THRESHOLD ? { shown: 'fewer-than-3' } : { shown: 'exact', value });

/** Rows newest cycle first; none when the program has no evaluations. */
export function responseCounts(
  program: Program,
  pairings: ReadonlyMap<string, { data: Pairing }>,
  removed: Stats | undefined,
): ResponseRow[] {
  const evaluations = program.evaluations ?? [];
  if (evaluations.length === 0) return [];
  const counts = new Map<string, number>(); // '<cycle>\0<evaluation>'
  const cycles = new Set<number>();
  const add = (cycle: number, evaluation: string, count: number) =>
    counts.set(`${cycle}\0${evaluation}`, (counts.get(`${cycle}\0${evaluation}`) ?? 0) + count);
  for (const [key, { data }] of pairings) {
    if (data.program !== program.id) continue;
    const cycle = cycleOf(pairingIdOf(key));
    cycles.add(cycle);
    for (const response of data.evaluations ?? []) add(cycle, response.evaluation, 1);
  }
  for (const entry of removed?.responses ?? []) {
    cycles.add(entry.cycle);
    add(entry.cycle, entry.evaluation, entry.count);
  }
  for (const entry of removed?.removed ?? []) cycles.add(entry.cycle);
  return [...cycles]
    .sort((a, b) => b - a)
    .map((cycle) => ({
      cycle,
      cells: evaluations.map((evaluation) => ({
        evaluation: evaluation.id,
        title: evaluation.title,
        cell: protectedCell(counts.get(`${cycle}\0${evaluation.id}`) ?? 0),
      })),
    }));
}
