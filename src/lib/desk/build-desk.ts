/**
 * The coordinator's desk: per program, every item a coordinator has to act on
 * today, from the pure rules beside this file.
 */
import type { Diagnostic } from '../diagnostics.ts';
import type { IsoDate } from '../dates.ts';
import { leavingOut, pairingIdOf, type RecordSet } from '../lifecycle/records.ts';
import { checkInDue } from './check-ins.ts';
import { contactHoursBelowMinimum } from './contact-hours.ts';
import { contractOverdue } from './contracts.ts';
import { relationshipEnding } from './endings.ts';
import { evaluationsDue } from './evaluations.ts';
import { stepsOverdue } from './steps.ts';
import { findPastRetention } from '../retention/past-retention.ts';
import { unmatchedApplications } from '../retention/unmatched-applications.ts';
import { KIND_HEADINGS, type Desk, type DeskItem, type PairingContext, type ProgramDesk } from './items.ts';

const rules: ReadonlyArray<(context: PairingContext) => DeskItem[]> = [
  contractOverdue,
  checkInDue,
  relationshipEnding,
  evaluationsDue,
  stepsOverdue,
  contactHoursBelowMinimum,
];

const kindOrder = new Map(KIND_HEADINGS.map(([kind], index) => [kind, index]));

/** The files the validator found errors in, which it leaves out of the record set (sorted, each once). */
export function filesWithErrors(diagnostics: readonly Diagnostic[]): string[] {
  return [...new Set(diagnostics.filter((d) => d.severity === 'error').map((d) => d.file))].sort();
}

/**
 * `leftOut`: the files with errors (filesWithErrors), listed on the desk so
 * that their missing items are not silently lost; the relationships they
 * belong to get no items until they are fixed.
 */
export function buildDesk(allRecords: RecordSet, today: IsoDate, leftOut: readonly string[] = []): Desk {
  const records = leavingOut(allRecords, leftOut);
  const programs: ProgramDesk[] = [];
  const retention = findPastRetention(records, today);
  for (const [programId, { data: program }] of [...records.programs].sort(([a], [b]) => a.localeCompare(b))) {
    const items: DeskItem[] = [];
    // Where the documents give no retention period, Tandem deletes nothing and asks for one, once per program.
    if (program.retentionDays === undefined) {
      items.push({
        kind: 'no-retention-period',
        pairing: programId,
        due: today,
        detail: `no retention period set: ${program.name}'s documents say nothing about how long records are kept, so Tandem keeps them and removes none; set retentionDays in content/programs/${programId}/program.yaml`,
      });
    }
    for (const [key, { data: pairing }] of records.pairings) {
      if (pairing.program !== programId) continue;
      const context: PairingContext = { today, program, pairingId: pairingIdOf(key), pairing };
      const contract = records.contracts.get(key)?.data;
      if (contract) context.contract = contract;
      for (const rule of rules) items.push(...rule(context));
    }
    // Retention is a duty: every record kept past the program's retention period is listed until it is removed.
    for (const past of retention.past.filter((entry) => entry.program === programId)) {
      items.push({
        kind: 'past-retention',
        pairing: past.pairingId,
        due: past.keepUntil,
        detail: `ended ${past.endedOn}; may be kept until ${past.keepUntil} (${program.retentionDays ?? 0} days after the end): ${past.files.length === 1 ? 'its pairing is' : 'its pairing and contract are'} still on file`,
      });
    }
    for (const unknown of retention.unknownEnd.filter((entry) => entry.program === programId)) {
      items.push({
        kind: 'past-retention',
        pairing: unknown.pairingId,
        due: today,
        detail: `ended, but nothing says when: record the ending's date in its history so retention can apply (${unknown.file})`,
      });
    }
    for (const unmatched of unmatchedApplications(records, today)) {
      if (unmatched.program !== programId) continue;
      items.push({
        kind: 'application-past-retention',
        pairing: unmatched.application,
        due: unmatched.keepUntil,
        detail: `No pairing came from this application and its cycle ended on ${unmatched.cycleEnds}; remove ${unmatched.file} (kept until ${unmatched.keepUntil}).`,
      });
    }
    items.sort(
      (a, b) => kindOrder.get(a.kind)! - kindOrder.get(b.kind)! || a.due.localeCompare(b.due) || a.pairing.localeCompare(b.pairing),
    );
    programs.push({ program: programId, name: program.name, items });
  }
  return leftOut.length > 0 ? { today, programs, leftOut: [...leftOut] } : { today, programs };
}
