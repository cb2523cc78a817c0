import type { Rule } from './rule.ts';

/** A mentoring pairing names a mentor and a mentee (no peers); a peer pairing names peers (no mentor or mentee). */
export const pairingPeopleFitKind: Rule = {
  id: 'pairing-people-fit-kind',
  check({ repository, report }) {
    for (const pairing of repository.pairings.values()) {
      const { kind } = pairing.data;
      if (kind === 'mentoring' && pairing.data.peers) {
        report(
          pairing.file,
          { path: ['peers'], target: 'key' },
          'A mentoring pairing names a mentor and a mentee, not peers; remove "peers" or set kind to peer.',
        );
      }
      if (kind === 'peer') {
        for (const role of ['mentor', 'mentee'] as const) {
          if (pairing.data[role])
            report(
              pairing.file,
              { path: [role], target: 'key' },
              `A peer pairing names two peers, not a ${role}; remove "${role}" or set kind to mentoring.`,
            );
        }
      }
    }
  },
};
