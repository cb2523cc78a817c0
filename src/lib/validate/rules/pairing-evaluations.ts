import { programOfKey } from '../repository.ts';
import type { Rule } from './rule.ts';

/**
 * Each evaluation response a pairing records is for one of its program's
 * evaluations, from a role the pair has, received no later than today and no
 * earlier than the notice; nobody answers the same evaluation twice on one day.
 */
export const pairingEvaluations: Rule = {
  id: 'pairing-evaluations',
  check({ repository, today, report }) {
    for (const [key, pairing] of repository.pairings) {
      const program = repository.programs.get(programOfKey(key));
      const responses = pairing.data.evaluations;
      if (!program || !responses) continue;
      const known = (program.data.evaluations ?? []).map((evaluation) => evaluation.id);
      const roles = pairing.data.kind === 'peer' ? ['peer'] : ['mentor', 'mentee'];
      const seen = new Set<string>();
      responses.forEach((response, index) => {
        const at = ['evaluations', index];
        if (!known.includes(response.evaluation)) {
          report(
            pairing.file,
            { path: [...at, 'evaluation'] },
            known.length > 0
              ? `Evaluation "${response.evaluation}" is not one of ${program.data.name}'s evaluations; use one of: ${known.join(', ')}.`
              : `${program.data.name} lists no evaluations; remove evaluations.`,
          );
        } else if (!roles.includes(response.role)) {
          report(
            pairing.file,
            { path: [...at, 'role'] },
            `A ${pairing.data.kind === 'peer' ? 'peer' : 'mentoring'} pairing has no ${response.role}; use ${roles.join(' or ')}.`,
          );
        } else if (response.received > today) {
          report(pairing.file, { path: [...at, 'received'] }, `Evaluation response ${index + 1} is dated in the future (after ${today}).`);
        } else if (pairing.data.notified !== undefined && response.received < pairing.data.notified) {
          report(
            pairing.file,
            { path: [...at, 'received'] },
            `Evaluation response ${index + 1} is dated before the pair was notified of its match (notified).`,
          );
        } else {
          const id = `${response.evaluation}\0${response.role}\0${response.received}`;
          if (seen.has(id) && response.role !== 'peer')
            report(
              pairing.file,
              { path: at },
              `Evaluation response ${index + 1} repeats an earlier one (same evaluation, role and day).`,
              'warning',
            );
          seen.add(id);
        }
      });
    }
  },
};
