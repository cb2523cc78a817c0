import { programOfKey } from '../repository.ts';
import type { Rule } from './rule.ts';

/**
 * Where everyone applies (ALCTS: "All participants must submit an
 * application"), a pairing past proposed links the applications it came from
 * or records the program's application step; otherwise a warning, since an
 * application on paper may simply not be recorded yet.
 */
export const pairingApplied: Rule = {
  id: 'pairing-applied',
  check({ repository, report }) {
    for (const [key, pairing] of repository.pairings) {
      const program = repository.programs.get(programOfKey(key));
      const applications = program?.data.applications;
      if (!program || !applications?.required || pairing.data.status === 'proposed') continue;
      if ((pairing.data.applications?.length ?? 0) > 0) continue;
      const step = applications.step;
      if (step !== undefined && pairing.data.steps?.[step] !== undefined) continue;
      report(
        pairing.file,
        { path: [], target: 'parent' },
        `${program.data.name} asks every participant to apply, but this pairing links no application${step !== undefined ? ` and records no "${step}" step` : ''}; link the applications or record the step.`,
        'warning',
      );
    }
  },
};
