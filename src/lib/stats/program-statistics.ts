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

/** What a program's statistics page shows: suppressed counts only. */
export interface ProgramPublicCounts {
  /** Pairings per cycle and status, newest cycle first (suppress.ts). */
  rows: DisplayedRow[];
  /** Evaluation responses received per cycle, newest first (response-counts.ts). */
  responses: ResponseRow[];
}

/**
 * Every program's public counts, by program id. The pairings and program.yaml
 * files are validated once, for both tables (the guideline pages and the
 * contracts play no part); invalid files are left out (the validator reports them).
 */
export function programPublicCounts(files: readonly SourceFile[], today: string): Map<string, ProgramPublicCounts> {
  const records = files.filter((file) => file.path.startsWith('content/pairings/') || PROGRAM_FILE.test(file.path));
  const { repository } = validateFiles(records, { today });
  const removed = removedStats(files);
  const counts = new Map<string, ProgramPublicCounts>();
  for (const [programId, { data: program }] of repository.programs) {
    const current = [...repository.pairings]
      .filter(([, { data }]) => data.program === programId)
      .map(([key, { data }]) => ({ id: pairingIdOf(key), status: data.status }));
    counts.set(programId, {
      rows: displayTable(cycleCounts(current, removed.get(programId))),
      responses: responseCounts(program, repository.pairings, removed.get(programId)),
    });
  }
  return counts;
}

/** The anonymous counts kept when pairings were removed (content/stats/<program>.yaml), by program id. */
function removedStats(files: readonly SourceFile[]): Map<string, Stats> {
  const removed = new Map<string, Stats>();
  for (const file of files) {
    const match = STATS_FILE.exec(file.path);
    const data = match ? loadYamlRecord<Stats>(file.path, file.bytes, 'stats').data : undefined;
    if (match && data && data.program === match[1]) removed.set(match[1], data);
  }
  return removed;
}
