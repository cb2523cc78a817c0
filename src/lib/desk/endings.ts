import { daysBetween } from '../dates.ts';
import { relationshipPeriod } from '../lifecycle/relationship.ts';
import { inDays, LOOKAHEAD_DAYS, type DeskItem, type PairingContext } from './items.ts';

/**
 * An active relationship whose planned end (term end, or contract start plus
 * its duration) is within the next 30 days, or has passed while the pairing
 * still says active.
 */
export function relationshipEnding({ today, program, pairingId, pairing, contract }: PairingContext): DeskItem[] {
  if (pairing.status !== 'active') return [];
  const period = relationshipPeriod(program, pairing, contract);
  if (!period) return [];
  const days = daysBetween(today, period.end);
  if (days < 0) {
    return [
      {
        kind: 'relationship-past-end',
        pairing: pairingId,
        due: period.end,
        detail: `planned to end ${period.end} (${inDays(days)}) but still active: record completed, ended-early or an extension`,
      },
    ];
  }
  if (days > LOOKAHEAD_DAYS) return [];
  // What is due at the end comes from the program's own steps (ALAO: a final meeting, the coordinator told); nothing is invented for the others.
  const atEnd = (program.steps ?? [])
    .filter((step) => step.due?.after === 'end' && pairing.steps?.[step.id] === undefined)
    .map((step) => step.title.charAt(0).toLowerCase() + step.title.slice(1));
  return [
    {
      kind: 'relationship-ending',
      pairing: pairingId,
      due: period.end,
      detail: `ends ${period.end} (${inDays(days)})${atEnd.length > 0 ? `: due then: ${atEnd.join('; ')}` : ''}`,
    },
  ];
}
