/**
 * The words of a program's statistics page that depend on what it counts:
 * relationships that have ended, per cycle. Pairs still meeting are never
 * counted (their number would give small counts back), so a program whose
 * pairs are all running has nothing to show yet, and says so in those terms.
 */
export const STATISTICS_CAPTION = 'Relationships that have ended, per cycle (the year the pairs were matched)';

export function statisticsEmptyText(programName: string): string {
  return `No relationship of the ${programName} has ended yet. This page counts relationships once they have ended (completed, ended early or reassigned), never pairs still meeting.`;
}
