import { rulesForContract } from '../../program/contract-rules.ts';
import { isSuggestedFrequency } from '../../program/frequency.ts';
import { programOfKey } from '../repository.ts';
import type { Rule } from './rule.ts';

/**
 * The meeting frequency is one of the program's suggestions, or the pair's own
 * words where the program leaves it open; the methods are among the program's
 * (any method, where it names none or lists only examples).
 */
export const contractMeetingsAllowed: Rule = {
  id: 'contract-meetings-allowed',
  check({ repository, report }) {
    for (const [key, contract] of repository.contracts) {
      const program = repository.programs.get(programOfKey(key));
      if (!program) continue;
      const rules = rulesForContract(program.data, contract.data);
      if (!rules) continue;
      const { frequency, methods: chosen } = contract.data.meetings;
      const suggestions = rules.frequencies ?? [];
      if (!rules.ownFrequency && !(suggestions as string[]).includes(frequency)) {
        const words = isSuggestedFrequency(frequency) ? `Frequency "${frequency}"` : 'A frequency in your own words';
        const choose = suggestions.length > 0 ? `choose one of: ${suggestions.join(', ')}` : 'the program sets the frequency';
        report(contract.file, { path: ['meetings', 'frequency'] }, `${words} is not offered by ${program.data.name}; ${choose}.`);
      }
      const methods = rules.methods;
      if (!methods || rules.ownMethods) continue;
      chosen.forEach((method, index) => {
        if (!(methods as string[]).includes(method)) {
          report(
            contract.file,
            { path: ['meetings', 'methods', index] },
            `Method "${method}" is not offered by ${program.data.name}; choose from: ${methods.join(', ')}.`,
          );
        }
      });
    }
  },
};
