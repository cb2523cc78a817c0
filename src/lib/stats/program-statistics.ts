/**
 * The public statistics of every program, from the repository's files: the
 * current pairings' statuses and the anonymous counts in content/stats/.
 * Only counts leave this module (after suppression); the pairings' people
 * never do.
 */
import { pairingIdOf } from '../lifecycle/records.ts';
import type { SourceFile } from '../repository/read-files.ts';
import type { Stats } from '../types.generated.ts';
import { validateFiles } from '../validate/index.ts';
import { loadYamlRecord } from '../validate/yaml-record.ts';
import { cycleCounts } from './cycle-counts.ts';
import { displayTable, type DisplayedRow } from './suppress.ts';

const STATS_FILE = /^content\/stats\/([a-z][a-z0-9-]*)\.yaml$/;
const PROGRAM_FILE = /^content\/programs\/[^/]+\/program\.yaml$/;

/** Displayed rows per program id, newest cycle first. Invalid files are left out (the validator reports them). */
export function programStatistics(files: readonly SourceFile[], today: string): Map<string, DisplayedRow[]> {
  // Pairings and program.yaml files: the guideline pages play no part in the counts.
  const records = files.filter((file) => file.path.startsWith('content/pairings/') || PROGRAM_FILE.test(file.path));
  const { repository } = validateFiles(records, { today });
  const removed = new Map<string, Stats>();
  for (const file of files) {
    const match = STATS_FILE.exec(file.path);
    const data = match ? loadYamlRecord<Stats>(file.path, file.bytes, 'stats').data : undefined;
    if (match && data && data.program === match[1]) removed.set(match[1], data);
  }
  const statistics = new Map<string, DisplayedRow[]>();
  for (const programId of repository.programs.keys()) {
    const current = [...repository.pairings]
      .filter(([, { data }]) => data.program === programId)
      .map(([key, { data }]) => ({ id: pairingIdOf(key), status: data.status }));
    statistics.set(programId, displayTable(cycleCounts(current, removed.get(programId))));
  }
  return statistics;
}
