import { frequencyLabel } from '../../program/frequency.ts';
import { plainlyLessOften } from '../../program/meeting-rate.ts';
import { programOfKey } from '../repository.ts';
import type { Rule } from './rule.ts';

/**
 * Where the program sets a minimum meeting frequency (meetings.minimumFrequency:
 * "at least once a month"), a contract whose frequency, read from a suggestion
 * or the pair's own words, is plainly less often gets a warning. Words that
 * give no plain rate pass: the coordinator reads them.
 */
export const contractMeetingMinimum: Rule = {
  id: 'contract-meeting-minimum',
  check({ repository, report }) {
    for (const [key, contract] of repository.contracts) {
      const minimum = repository.programs.get(programOfKey(key))?.data.meetings?.minimumFrequency;
      if (minimum === undefined || !plainlyLessOften(contract.data.meetings.frequency, minimum)) continue;
      report(
        contract.file,
        { path: ['meetings', 'frequency'] },
        `Frequency is less often than the program asks: pairs meet at least ${frequencyLabel(minimum).toLowerCase()}.`,
        'warning',
      );
    }
  },
};
