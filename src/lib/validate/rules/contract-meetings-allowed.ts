import { programOfKey } from '../repository.ts';
import type { Rule } from './rule.ts';

/** The meeting frequency and methods are among those the program offers. */
export const contractMeetingsAllowed: Rule = {
  id: 'contract-meetings-allowed',
  check({ repository, report }) {
    for (const [key, contract] of repository.contracts) {
      const program = repository.programs.get(programOfKey(key));
      if (!program) continue;
      const { frequencies, methods } = program.data.meetings;
      const { frequency, methods: chosen } = contract.data.meetings;
      if (!(frequencies as string[]).includes(frequency)) {
        report(contract.file, { path: ['meetings', 'frequency'] }, `Frequency "${frequency}" is not offered by ${program.data.name}; choose one of: ${frequencies.join(', ')}.`);
      }
      chosen.forEach((method, index) => {
        if (!(methods as string[]).includes(method)) {
          report(contract.file, { path: ['meetings', 'methods', index] }, `Method "${method}" is not offered by ${program.data.name}; choose from: ${methods.join(', ')}.`);
        }
      });
    }
  },
};
