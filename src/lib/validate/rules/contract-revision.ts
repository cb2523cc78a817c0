import { knownRevisions } from '../../program/contract-rules.ts';
import { programOfKey } from '../repository.ts';
import type { Rule } from './rule.ts';

/** A contract that names its form revision names one the program keeps. */
export const contractRevision: Rule = {
  id: 'contract-revision-known',
  check({ repository, report }) {
    for (const [key, contract] of repository.contracts) {
      const program = repository.programs.get(programOfKey(key));
      const named = contract.data.revision;
      if (!program || named === undefined) continue;
      const known = knownRevisions(program.data);
      if (known.includes(named)) continue;
      report(
        contract.file,
        { path: ['revision'] },
        known.length > 0
          ? `Form revision "${named}" is not one ${program.data.name} keeps; its revisions are: ${known.join(', ')}.`
          : `${program.data.name} names no form revisions; remove revision.`,
      );
    }
  },
};
