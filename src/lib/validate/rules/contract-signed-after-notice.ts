import type { Rule } from './rule.ts';

/** A contract is signed after the pair was told of its match, not before. */
export const contractSignedAfterNotice: Rule = {
  id: 'contract-signed-after-notice',
  check({ repository, report }) {
    for (const [key, contract] of repository.contracts) {
      const pairing = repository.pairings.get(key);
      const notified = pairing?.data.notified;
      if (!pairing || notified === undefined) continue;
      contract.data.parties.forEach((party, index) => {
        if (party.signed < notified) {
          report(
            contract.file,
            { path: ['parties', index, 'signed'] },
            `Date signed of party ${index + 1} is before the pair was notified of its match (${pairing.data.notified}, in ${pairing.file}).`,
          );
        }
      });
    }
  },
};
