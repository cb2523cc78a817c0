/**
 * Every program's counts, from the repository's files: the current pairings'
 * statuses and the anonymous counts in content/stats/, suppressed
 * (suppress.ts). Only counts leave this module; the pairings' people never do.
 *
 * The site does not call this: it publishes the monthly snapshot
 * (snapshot.ts, `npm run stats:snapshot`), which this feeds.
 *
 * A file that does not load stops the count instead of being left out: a
 * dropped pairing or stats file would make a count shrink, and a shrinking
 * count gives a small one away.
 */
import type { Diagnostic } from '../diagnostics.ts';
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
const PAIRING_FILE = /^content\/pairings\/[^/]+\/[^/]+\.yaml$/;

/** What a program's statistics show: suppressed counts only. */
export interface ProgramPublicCounts {
  /** Pairings per cycle and status, newest cycle first (suppress.ts). */
  rows: DisplayedRow[];
  /** Evaluation responses received per cycle, newest first (response-counts.ts). */
  responses: ResponseRow[];
}

export type PublicCountsResult =
  | { ok: true; counts: Map<string, ProgramPublicCounts> }
  /** Files that did not load, with the validator's diagnostics for each: nothing is counted. */
  | { ok: false; diagnostics: Diagnostic[] };

/**
 * Every program's public counts, by program id. The pairings and program.yaml
 * files are validated once, for both tables (guideline pages and contracts play
 * no part). A pairing, program or stats file that does not load (YAML or
 * schema errors) fails the whole count with its diagnostics.
 */
export function programPublicCounts(files: readonly SourceFile[], today: string): PublicCountsResult {
  const records = files.filter((file) => PAIRING_FILE.test(file.path) || PROGRAM_FILE.test(file.path));
  const { repository, diagnostics } = validateFiles(records, { today });
  const loaded = new Set([...repository.pairings.values(), ...repository.programs.values()].map((record) => record.file));
  const unloaded = records.filter((file) => !loaded.has(file.path)).map((file) => file.path);
  const failures: Diagnostic[] = diagnostics.filter((d) => d.severity === 'error' && unloaded.includes(d.file));
  for (const path of unloaded) {
    if (!failures.some((d) => d.file === path)) failures.push(notLoaded(path, 'it did not load'));
  }
  const removed = removedStats(files);
  failures.push(...removed.diagnostics);
  if (failures.length > 0) return { ok: false, diagnostics: failures };

  const counts = new Map<string, ProgramPublicCounts>();
  for (const [programId, { data: program }] of repository.programs) {
    const current = [...repository.pairings]
      .filter(([, { data }]) => data.program === programId)
      .map(([key, { data }]) => ({ id: pairingIdOf(key), status: data.status }));
    counts.set(programId, {
      rows: displayTable(cycleCounts(current, removed.stats.get(programId))),
      responses: responseCounts(program, repository.pairings, removed.stats.get(programId)),
    });
  }
  return { ok: true, counts };
}

const notLoaded = (file: string, why: string, rule: 'schema-invalid' | 'path-matches' = 'schema-invalid'): Diagnostic => ({
  file,
  line: 1,
  column: 1,
  severity: 'error',
  rule,
  message: `The statistics cannot be counted without this file: ${why}.`,
});

/** The anonymous counts kept when pairings were removed (content/stats/<program>.yaml), by program id. */
function removedStats(files: readonly SourceFile[]): { stats: Map<string, Stats>; diagnostics: Diagnostic[] } {
  const stats = new Map<string, Stats>();
  const diagnostics: Diagnostic[] = [];
  for (const file of files) {
    const match = STATS_FILE.exec(file.path);
    if (!match) continue;
    const record = loadYamlRecord<Stats>(file.path, file.bytes, 'stats');
    const errors = record.diagnostics.filter((d) => d.severity === 'error');
    if (!record.data || errors.length > 0) diagnostics.push(...(errors.length > 0 ? errors : [notLoaded(file.path, 'it did not load')]));
    else if (record.data.program !== match[1])
      diagnostics.push(notLoaded(file.path, `its program "${record.data.program}" is not its file name ${match[1]}.yaml`, 'path-matches'));
    else stats.set(match[1], record.data);
  }
  return { stats, diagnostics };
}
