import { addDaysIso, daysBetween } from '../dates.ts';
import type { DeskItem, PairingContext } from './items.ts';

/**
 * A contract is overdue when the pair was notified longer ago than the
 * program's `dueDaysAfterNotified`, the pairing is proposed or active, and no
 * contract file exists for it.
 */
export function contractOverdue({ today, program, pairingId, pairing, contract }: PairingContext): DeskItem[] {
  const days = program.contract?.dueDaysAfterNotified;
  // A proposed pairing from `npm run match` has no notice date yet: nothing is due before the pair is told.
  if (contract || days === undefined || pairing.notified === undefined || (pairing.status !== 'proposed' && pairing.status !== 'active'))
    return [];
  const due = addDaysIso(pairing.notified, days);
  if (due >= today) return [];
  return [
    {
      kind: 'contract-overdue',
      pairing: pairingId,
      due,
      detail: `no contract yet: it was expected by ${due}, ${days} days after the pair was notified (${daysBetween(due, today)} days overdue)`,
    },
  ];
}
