/**
 * Which relationships a program may no longer keep: those that ended
 * (completed, ended early or reassigned) more than the program's
 * `retentionDays` ago. The end is the date the history records for that
 * ending, or else the planned end of the relationship. A program without
 * `retentionDays` (its documents give no period) never has anything past
 * retention: Tandem does not delete on its own, the desk asks the coordinator
 * to set a period instead.
 */
import { addDaysIso, type IsoDate } from '../dates.ts';
import { cycleOf, pairingIdOf, type RecordSet } from '../lifecycle/records.ts';
import { endedOn } from '../lifecycle/relationship.ts';
import { isEnded, type EndedStatus } from '../lifecycle/transitions.ts';
import type { Pairing } from '../types.generated.ts';

/** How a relationship past retention ended: its final status. */
type Outcome = EndedStatus;

export interface PastRetention {
  program: string;
  pairingId: string;
  kind: Pairing['kind'];
  outcome: Outcome;
  cycle: number;
  endedOn: IsoDate;
  /** The last day the files may be kept. */
  keepUntil: IsoDate;
  /** The repository files to remove: the pairing and, if there is one, its contract. */
  files: string[];
  /** How many evaluation responses the pairing recorded, per evaluation id (kept as anonymous counts). */
  responses: { evaluation: string; count: number }[];
}

interface UnknownEnd {
  program: string;
  pairingId: string;
  file: string;
}

export interface RetentionReport {
  past: PastRetention[];
  /** Ended pairings with neither a dated ending in their history nor a contract to tell when they ended. */
  unknownEnd: UnknownEnd[];
}

function responseCounts(pairing: Pairing): { evaluation: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const response of pairing.evaluations ?? []) counts.set(response.evaluation, (counts.get(response.evaluation) ?? 0) + 1);
  return [...counts].sort(([a], [b]) => a.localeCompare(b)).map(([evaluation, count]) => ({ evaluation, count }));
}

export function findPastRetention(records: RecordSet, today: IsoDate): RetentionReport {
  const report: RetentionReport = { past: [], unknownEnd: [] };
  for (const [key, { file, data: pairing }] of [...records.pairings].sort(([a], [b]) => a.localeCompare(b))) {
    if (!isEnded(pairing.status)) continue;
    const program = records.programs.get(pairing.program)?.data;
    if (program?.retentionDays === undefined) continue;
    const contract = records.contracts.get(key);
    const pairingId = pairingIdOf(key);
    const ended = endedOn(program, pairing, contract?.data);
    if (!ended) {
      report.unknownEnd.push({ program: program.id, pairingId, file });
      continue;
    }
    const keepUntil = addDaysIso(ended, program.retentionDays);
    if (keepUntil >= today) continue;
    report.past.push({
      program: program.id,
      pairingId,
      kind: pairing.kind,
      outcome: pairing.status,
      cycle: cycleOf(pairingId),
      endedOn: ended,
      keepUntil,
      files: contract ? [file, contract.file] : [file],
      responses: responseCounts(pairing),
    });
  }
  return report;
}
