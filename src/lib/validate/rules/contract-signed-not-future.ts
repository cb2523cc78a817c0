import type { Rule } from './rule.ts';

/** Nobody signs in the future. Dates are YYYY-MM-DD strings already checked as real, so they compare as text. */
export const contractSignedNotFuture: Rule = {
  id: 'contract-signed-not-future',
  check({ repository, today, report }) {
    for (const contract of repository.contracts.values()) {
      contract.data.parties.forEach((party, index) => {
        if (party.signed > today) {
          report(
            contract.file,
            { path: ['parties', index, 'signed'] },
            `Date signed of party ${index + 1} is in the future (after ${today}); write the day this person actually signed.`,
          );
        }
      });
    }
  },
};
