import { programOfKey } from '../repository.ts';
import type { Rule } from './rule.ts';

/** Who counts as one side of the pair when asking for a change. */
const ONE_SIDE = new Set(['mentor', 'mentee', 'peer']);

/**
 * Where a pairing changes only by mutual consent (ALCTS: "pairings may change
 * based on mutual consent and agreement from both parties"), a reassignment
 * asked for by one side only is a warning: the coordinator checks that the
 * other agreed, then records it as asked for by both.
 */
export const pairingChangeConsent: Rule = {
  id: 'pairing-change-consent',
  check({ repository, report }) {
    for (const [key, pairing] of repository.pairings) {
      const program = repository.programs.get(programOfKey(key));
      if (!program?.data.changeByMutualConsent) continue;
      (pairing.data.history ?? []).forEach((change, index) => {
        if (change.status !== 'reassigned' || !ONE_SIDE.has(change.requestedBy)) return;
        report(
          pairing.file,
          { path: ['history', index, 'requestedBy'] },
          `History entry ${index + 1} reassigns the pair at the request of one side only; ${program.data.name} changes a pairing only with the consent of both. Once both agree, record requestedBy: both.`,
          'warning',
        );
      });
    }
  },
};
