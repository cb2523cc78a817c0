import { programOfKey } from '../repository.ts';
import type { Rule } from './rule.ts';

/** Pairings and contracts are of a kind the program offers. */
export const kindAllowed: Rule = {
  id: 'kind-allowed',
  check({ repository, report }) {
    for (const records of [repository.pairings, repository.contracts]) {
      for (const [key, record] of records) {
        const program = repository.programs.get(programOfKey(key));
        if (!program) continue;
        if (!(program.data.kinds as string[]).includes(record.data.kind)) {
          report(
            record.file,
            { path: ['kind'] },
            `Kind "${record.data.kind}" is not offered by ${program.data.name}; it offers: ${program.data.kinds.join(', ')}.`,
          );
        }
      }
    }
  },
};
