/**
 * The statistics the site publishes, from the files it is built from: each
 * program's snapshot (content/programs/<id>/statistics.yaml) as committed.
 * Pairings, contracts and content/stats/ play no part, so that a deploy that
 * changes one pairing cannot change a published count (snapshot.ts says why).
 */
import type { Diagnostic } from '../diagnostics.ts';
import type { SourceFile } from '../repository/read-files.ts';
import type { Statistics } from '../types.generated.ts';
import { validateFiles } from '../validate/index.ts';

const SITE_STATISTICS_FILE = /^content\/programs\/[^/]+\/(statistics|program)\.yaml$/;

export interface PublishedStatistics {
  /** By program id. */
  statistics: Map<string, Statistics>;
  /** The snapshots' problems: an error stops the build rather than leaving a program's statistics out. */
  diagnostics: Diagnostic[];
}

export function publishedStatistics(files: readonly SourceFile[], today: string): PublishedStatistics {
  const { repository, diagnostics } = validateFiles(
    files.filter((file) => SITE_STATISTICS_FILE.test(file.path)),
    { today },
  );
  return {
    statistics: new Map([...repository.statistics].map(([program, { data }]) => [program, data])),
    diagnostics: diagnostics.filter((d) => d.file.endsWith('/statistics.yaml')),
  };
}
