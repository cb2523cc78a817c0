import { daysBetween, type IsoDate } from '../dates.ts';
import { checkInDates, relationshipPeriod } from '../lifecycle/relationship.ts';
import type { DeskItem, PairingContext } from './items.ts';

/**
 * Check-ins fall due every `checkIns.everyMonths` months from the relationship's
 * start until its end. Recorded check-ins (the pairing's `checkIns`) are matched
 * to due dates in order: each due date takes the earliest unused check-in dated
 * after the previous due date. The desk lists the most recent due date (on or
 * before today) that no recorded check-in accounts for; earlier misses are past
 * helping.
 */
export function checkInDue({ today, program, pairingId, pairing, contract }: PairingContext): DeskItem[] {
  if (!program.checkIns || pairing.status !== 'active') return [];
  const period = relationshipPeriod(program, pairing, contract);
  if (!period) return [];
  const recorded = [...(pairing.checkIns ?? [])].sort();
  let previous = period.start;
  let latestMissed: IsoDate | undefined;
  for (const due of checkInDates(period.start, period.end, program.checkIns.everyMonths)) {
    if (due > today) break;
    const match = recorded.findIndex((date) => date > previous);
    if (match === -1) {
      latestMissed = due;
    } else {
      recorded.splice(match, 1);
      latestMissed = undefined;
    }
    previous = due;
  }
  if (!latestMissed) return [];
  return [
    {
      kind: 'check-in-due',
      pairing: pairingId,
      due: latestMissed,
      detail: `check in (${program.checkIns.method}): due ${latestMissed}, ${daysBetween(latestMissed, today)} days ago; record it in the pairing's checkIns`,
    },
  ];
}
