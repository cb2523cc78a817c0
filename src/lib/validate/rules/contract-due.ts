import { daysBetween } from '../../dates.ts';
import { programOfKey } from '../repository.ts';
import type { Rule } from './rule.ts';

/** A contract is expected within the program's dueDaysAfterNotified: later is a warning, not an error. */
export const contractDue: Rule = {
  id: 'contract-due',
  check({ repository, today, report }) {
    for (const [key, contract] of repository.contracts) {
      const pairing = repository.pairings.get(key);
      const program = repository.programs.get(programOfKey(key));
      if (!pairing || !program || pairing.data.notified === undefined) continue;
      const due = program.data.contract?.dueDaysAfterNotified;
      if (due === undefined) continue;
      const parties = contract.data.parties;
      const last = parties.reduce((latest, party, index) => (party.signed > parties[latest]!.signed ? index : latest), 0);
      // The dates are already checked real YYYY-MM-DD, so whole UTC days count calendar days exactly.
      const days = daysBetween(pairing.data.notified, parties[last]!.signed);
      // A signature in the future is already an error of its own (contract-signed-not-future).
      if (days > due && parties[last]!.signed <= today) {
        report(
          contract.file,
          { path: ['parties', last, 'signed'] },
          `The contract was completed ${days} days after the pairing notice; the program expects it within ${due} days.`,
          'warning',
        );
      }
    }
  },
};
