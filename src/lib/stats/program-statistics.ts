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
import { responseCounts, type ResponseRow } from './response-counts.ts';

const STATS_FILE = /^content\/stats\/([a-z][a-z0-9-]*)\.yaml$/;
const PROGRAM_FILE = /^content\/programs\/[^/]+\/program\.yaml$/;

/** Evaluation responses received per program id (see response-counts.ts), newest cycle first. */
export function programResponseCounts(files: readonly SourceFile[], today: string): Map<string, ResponseRow[]> {
  const records = files.filter((file) => file.path.startsWith('content/pairings/') || file.path.startsWith('content/programs/'));
  const { repository } = validateFiles(records, { today });
  const removed = removedStats(files);
  const rows = new Map<string, ResponseRow[]>();
  for (const [programId, { data }] of repository.programs) rows.set(programId, responseCounts(data, repository.pairings, removed.get(programId)));
  return rows;
}

function removedStats(files: readonly SourceFile[]): Map<string, Stats> {
  const removed = new Map<string, Stats>();
  for (const file of files) {
    const match = STATS_FILE.exec(file.path);
    const data = match ? loadYamlRecord<Stats>(file.path, file.bytes, 'stats').data : undefined;
    if (match && data && data.program === match[1]) removed.set(match[1]!, data);
  }
  return removed;
}

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
