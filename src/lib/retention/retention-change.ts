/**
 * The one pull request that applies retention: the files of every relationship
 * past retention deleted, and their anonymous counts added to each program's
 * stats file, and the unmatched applications past their cycle deleted. The
 * title and body give counts only; the diff itself lists the paths.
 */
import type { IsoDate } from '../dates.ts';
import type { PastRetention } from './past-retention.ts';
import { retentionBranch, retentionTitle } from '../submit/pull-request-names.ts';
import { addRemovedCounts, addResponseCounts, statsFilePath, type RemovedCount, type ResponseCount } from './stats-file.ts';

export interface RetentionChange {
  branch: string;
  title: string;
  body: string;
  message: string;
  /** Repository path to new content, or null to delete the file. */
  files: Record<string, string | null>;
  counts: Map<string, RemovedCount[]>;
}

/** Counts grouped by program, then by cycle, kind and outcome, in a stable order. */
function countRemoved(past: readonly PastRetention[]): Map<string, RemovedCount[]> {
  const byProgram = new Map<string, RemovedCount[]>();
  for (const item of [...past].sort(
    (a, b) => a.program.localeCompare(b.program) || a.cycle - b.cycle || a.kind.localeCompare(b.kind) || a.outcome.localeCompare(b.outcome),
  )) {
    const counts = byProgram.get(item.program) ?? [];
    const same = counts.find((c) => c.cycle === item.cycle && c.kind === item.kind && c.outcome === item.outcome);
    if (same) same.count += 1;
    else counts.push({ cycle: item.cycle, kind: item.kind, outcome: item.outcome, count: 1 });
    byProgram.set(item.program, counts);
  }
  return byProgram;
}

/** Evaluation responses of one program's removed relationships, by cycle and evaluation, in a stable order. */
export function countResponses(past: readonly PastRetention[], program: string): ResponseCount[] {
  const counts: ResponseCount[] = [];
  for (const item of past.filter((entry) => entry.program === program)) {
    for (const { evaluation, count } of item.responses) {
      const same = counts.find((c) => c.cycle === item.cycle && c.evaluation === evaluation);
      if (same) same.count += count;
      else counts.push({ cycle: item.cycle, evaluation, count });
    }
  }
  return counts.sort((a, b) => a.cycle - b.cycle || a.evaluation.localeCompare(b.evaluation));
}

const PURGE =
  'Deleting a file does not erase it: Git history, pull-request refs, forks and clones still hold it. If the association requires a real purge, follow the purge procedure in the README after merging.';

/**
 * `readStats(program)` returns the current stats file's text, or undefined
 * when the program has none yet; `unmatchedApplications` are the application
 * files no pairing came from, kept past the end of their cycle plus `retentionDays`.
 */
export function retentionChange(
  past: readonly PastRetention[],
  today: IsoDate,
  readStats: (program: string) => string | undefined,
  unmatchedApplications: readonly { file: string }[] = [],
): RetentionChange {
  const files: Record<string, string | null> = {};
  for (const item of past) for (const file of item.files) files[file] = null;
  const counts = countRemoved(past);
  const lines: string[] = [];
  for (const [program, programCounts] of counts) {
    files[statsFilePath(program)] = addResponseCounts(
      addRemovedCounts(readStats(program), program, programCounts),
      countResponses(past, program),
    );
    for (const c of programCounts) lines.push(`| ${program} | ${c.cycle} | ${c.kind} | ${c.outcome} | ${c.count} |`);
  }
  for (const item of unmatchedApplications) files[item.file] = null;
  let { title, commitMessage: message } = retentionTitle(past.length);
  let body = [
    `These relationships ended longer ago than their program's \`retentionDays\` (as of ${today}). This pull request deletes their pairing and contract files and adds their anonymous counts to \`content/stats/\`.`,
    '',
    '| program | cycle | kind | outcome | removed |',
    '| --- | --- | --- | --- | --- |',
    ...lines,
    '',
    PURGE,
  ].join('\n');
  if (unmatchedApplications.length > 0) {
    const words = `${unmatchedApplications.length} unmatched application${unmatchedApplications.length === 1 ? '' : 's'}`;
    const why = `no pairing came from them and their cycle ended longer ago than the program's \`retentionDays\` (as of ${today})`;
    if (past.length > 0) {
      title = `${title}, and ${words}`;
      message = `${message}; remove ${words}`;
      body = `${body}\n\nIt also removes ${words}: ${why}.`;
    } else {
      title = `Retention: remove ${words} past their cycle`;
      message = `Remove ${words} past their cycle`;
      body = `This pull request removes ${words}: ${why}. Deleting a file does not erase it: if the association requires a real purge, follow the purge procedure in the README after merging.`;
    }
  }
  return { branch: retentionBranch(), title, message, body, files, counts };
}
