import { programOfKey } from '../repository.ts';
import type { Rule } from './rule.ts';

/**
 * Activities belong to programs that ask for them. The topics are suggestions:
 * where the program lets a pair add its own (CALA: "Possible topics include"),
 * any activity is accepted; otherwise each must be one of the topics.
 */
export const contractActivitiesAllowed: Rule = {
  id: 'contract-activities-allowed',
  check({ repository, report }) {
    for (const [key, contract] of repository.contracts) {
      const program = repository.programs.get(programOfKey(key));
      const activities = contract.data.activities;
      if (!program || !activities) continue;
      const topics = program.data.contract?.activityTopics;
      if (!topics) {
        report(contract.file, { path: ['activities'], target: 'key' }, `${program.data.name} has no activity topics; remove activities.`);
        continue;
      }
      if (program.data.contract?.ownActivities) continue;
      activities.forEach((activity, index) => {
        if (!topics.includes(activity)) {
          report(
            contract.file,
            { path: ['activities', index] },
            `Activity ${index + 1} is not one of ${program.data.name}'s activity topics; copy a topic exactly as program.yaml writes it.`,
          );
        }
      });
    }
  },
};
