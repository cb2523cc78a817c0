import { daysBetween } from '../dates.ts';
import { relationshipPeriod } from '../lifecycle/relationship.ts';
import { LOOKAHEAD_DAYS, type DeskItem, type PairingContext } from './items.ts';

/**
 * In programs with a minimum number of contact hours, an active pair in the
 * last 30 days of its relationship (or past its end) whose logged hours
 * (`hoursLogged`, none counted as 0) are below that minimum. Earlier in the
 * relationship low hours are expected, so they are not listed.
 */
export function contactHoursBelowMinimum({ today, program, pairingId, pairing, contract }: PairingContext): DeskItem[] {
  const minimum = program.contactHours?.min;
  if (minimum === undefined || pairing.status !== 'active') return [];
  const period = relationshipPeriod(program, pairing, contract);
  if (!period || daysBetween(today, period.end) > LOOKAHEAD_DAYS) return [];
  const logged = pairing.hoursLogged ?? 0;
  if (logged >= minimum) return [];
  return [
    {
      kind: 'contact-hours-below-minimum',
      pairing: pairingId,
      due: period.end,
      detail: `${logged} of at least ${minimum} contact hours logged, relationship ends ${period.end}`,
    },
  ];
}
