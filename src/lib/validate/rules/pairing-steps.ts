import { programOfKey } from '../repository.ts';
import type { Rule } from './rule.ts';

/** Each step a pairing records is one of its program's steps, dated no later than today. */
export const pairingSteps: Rule = {
  id: 'pairing-steps',
  check({ repository, today, report }) {
    for (const [key, pairing] of repository.pairings) {
      const program = repository.programs.get(programOfKey(key));
      const steps = pairing.data.steps;
      if (!program || !steps) continue;
      const known = (program.data.steps ?? []).map((step) => step.id);
      for (const [id, date] of Object.entries(steps)) {
        if (!known.includes(id)) {
          report(
            pairing.file,
            { path: ['steps', id], target: 'key' },
            known.length > 0
              ? `Step "${id}" is not one of ${program.data.name}'s steps; use one of: ${known.join(', ')}.`
              : `${program.data.name} lists no steps; remove steps.`,
          );
        } else if (date > today) {
          report(pairing.file, { path: ['steps', id] }, `Step "${id}" is dated in the future (after ${today}).`);
        }
        // No check against the notice: some steps come before it (ALCTS's application).
      }
    }
  },
};
