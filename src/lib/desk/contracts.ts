import { daysBetween } from '../dates.ts';
import { contractDeadline } from '../program/contract-due.ts';
import type { DeskItem, PairingContext } from './items.ts';

/**
 * A contract is overdue when the pair was notified longer ago than the
 * program's deadline (`dueMonthsAfterNotified` or `dueDaysAfterNotified`), the
 * pairing is proposed or active, and no contract file exists for it.
 */
export function contractOverdue({ today, program, pairingId, pairing, contract }: PairingContext): DeskItem[] {
  // A proposed pairing from `npm run match` has no notice date yet: nothing is due before the pair is told.
  if (contract || pairing.notified === undefined || (pairing.status !== 'proposed' && pairing.status !== 'active')) return [];
  const deadline = contractDeadline(program, pairing.notified);
  if (deadline === undefined || deadline.due >= today) return [];
  const late = daysBetween(deadline.due, today);
  return [
    {
      kind: 'contract-overdue',
      pairing: pairingId,
      due: deadline.due,
      detail: `no contract yet: it was expected by ${deadline.due}, within ${deadline.words} of the pairing notice (${late} day${late === 1 ? '' : 's'} overdue)`,
    },
  ];
}
