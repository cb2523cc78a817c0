import { daysBetween } from '../../dates.ts';
import { contractDeadline } from '../../program/contract-due.ts';
import { programOfKey } from '../repository.ts';
import type { Rule } from './rule.ts';

/** A contract is expected within the program's dueMonthsAfterNotified (or dueDaysAfterNotified): later is a warning, not an error. */
export const contractDue: Rule = {
  id: 'contract-due',
  check({ repository, today, report }) {
    for (const [key, contract] of repository.contracts) {
      const pairing = repository.pairings.get(key);
      const program = repository.programs.get(programOfKey(key));
      if (!pairing || !program || pairing.data.notified === undefined) continue;
      const deadline = contractDeadline(program.data, pairing.data.notified);
      if (deadline === undefined) continue;
      const parties = contract.data.parties;
      const last = parties.reduce((latest, party, index) => (party.signed > parties[latest]!.signed ? index : latest), 0);
      const signed = parties[last]!.signed;
      // A signature in the future is already an error of its own (contract-signed-not-future).
      if (signed > deadline.due && signed <= today) {
        report(
          contract.file,
          { path: ['parties', last, 'signed'] },
          `The contract was completed ${daysBetween(pairing.data.notified, signed)} days after the pairing notice; the program expects it within ${deadline.words} (by ${deadline.due}).`,
          'warning',
        );
      }
    }
  },
};
