/**
 * What a run of the inbox did, by record id: the log, the job summary and
 * `--format json`. Names and addresses never appear; record ids do (the
 * repository and its Actions logs are private).
 */
import type { InboxEntry } from './context.ts';

interface InboxRefusal {
  uid: number;
  reason: string;
}

export interface InboxReport {
  today: string;
  dryRun: boolean;
  entries: InboxEntry[];
  /** Messages not read at all: over a size or nesting limit. Left unread for a person. */
  refused: InboxRefusal[];
}

const plural = (count: number, one: string, many: string): string => `${count} ${count === 1 ? one : many}`;

export function formatInboxText(report: InboxReport): string {
  const handled = report.entries.filter((entry) => !['not-for-tandem', 'automatic', 'other-program'].includes(entry.kind));
  const notForTandem = report.entries.filter((entry) => entry.kind === 'not-for-tandem');
  const automatic = report.entries.filter((entry) => entry.kind === 'automatic');
  const lines = [`Inbox, ${report.today}${report.dryRun ? ' (dry run: nothing written, sent or marked)' : ''}:`];
  for (const entry of handled) lines.push(`- ${entry.kind} ${entry.record ?? '(no record id)'}: ${entry.outcome}`);
  for (const entry of report.entries.filter((candidate) => candidate.attention)) lines.push(`  coordinator: ${entry.attention ?? ''}`);
  for (const refused of report.refused) lines.push(`- message ${refused.uid} not read: ${refused.reason}; left unread for a person`);
  const elsewhere = report.entries.filter((entry) => entry.kind === 'other-program').length;
  if (elsewhere > 0) lines.push(`${plural(elsewhere, 'message', 'messages')} for another program: left for its run`);
  if (automatic.length > 0)
    lines.push(`${plural(automatic.length, 'automatic message', 'automatic messages')} (auto-replies, bounces, lists): not answered`);
  lines.push(`${plural(notForTandem.length, 'message', 'messages')} not for Tandem`);
  if (handled.length === 0 && report.refused.length === 0) lines.push('Nothing new for Tandem.');
  return `${lines.join('\n')}\n`;
}

export function formatInboxJson(report: InboxReport): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}
