import { programOfKey } from '../repository.ts';
import type { Rule } from './rule.ts';

/** Activities come from the program's topics, and only programs with topics take them. */
export const contractActivitiesAllowed: Rule = {
  id: 'contract-activities-allowed',
  check({ repository, report }) {
    for (const [key, contract] of repository.contracts) {
      const program = repository.programs.get(programOfKey(key));
      const activities = contract.data.activities;
      if (!program || !activities) continue;
      const topics = program.data.contract.activityTopics;
      if (!topics) {
        report(contract.file, { path: ['activities'], target: 'key' }, `${program.data.name} has no activity topics; remove activities.`);
        continue;
      }
      activities.forEach((activity, index) => {
        if (!topics.includes(activity)) {
          report(contract.file, { path: ['activities', index] }, `Activity ${index + 1} is not one of ${program.data.name}'s activity topics; copy a topic exactly as program.yaml writes it.`);
        }
      });
    }
  },
};
