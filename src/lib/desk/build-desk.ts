/**
 * The coordinator's desk: per program, every item a coordinator has to act on
 * today, from the pure rules beside this file.
 */
import type { IsoDate } from '../lifecycle/dates.ts';
import { pairingIdOf, type RecordSet } from '../lifecycle/records.ts';
import { checkInDue } from './check-ins.ts';
import { contactHoursBelowMinimum } from './contact-hours.ts';
import { contractOverdue } from './contracts.ts';
import { relationshipEnding } from './endings.ts';
import { evaluationsDue } from './evaluations.ts';
import { KIND_HEADINGS, type Desk, type DeskItem, type PairingContext, type ProgramDesk } from './items.ts';

const rules: ReadonlyArray<(context: PairingContext) => DeskItem[]> = [
  contractOverdue,
  checkInDue,
  relationshipEnding,
  evaluationsDue,
  contactHoursBelowMinimum,
];

const kindOrder = new Map(KIND_HEADINGS.map(([kind], index) => [kind, index]));

export function buildDesk(records: RecordSet, today: IsoDate): Desk {
  const programs: ProgramDesk[] = [];
  for (const [programId, { data: program }] of [...records.programs].sort(([a], [b]) => a.localeCompare(b))) {
    const items: DeskItem[] = [];
    for (const [key, { data: pairing }] of records.pairings) {
      if (pairing.program !== programId) continue;
      const context: PairingContext = { today, program, pairingId: pairingIdOf(key), pairing };
      const contract = records.contracts.get(key)?.data;
      if (contract) context.contract = contract;
      for (const rule of rules) items.push(...rule(context));
    }
    items.sort((a, b) => (kindOrder.get(a.kind)! - kindOrder.get(b.kind)!) || a.due.localeCompare(b.due) || a.pairing.localeCompare(b.pairing));
    programs.push({ program: programId, name: program.name, items });
  }
  return { today, programs };
}
