/**
 * The emails the next notices run would send, whole (subject and text), for a
 * coordinator to read before they go: the job summary of the "Notices
 * preview" workflow. Addresses are masked (the summary is read by everyone
 * with access to the repository, and a preview is for the wording); the
 * names stay, since the text greets the pair by name.
 */
import type { IsoDate } from '../dates.ts';
import type { OutgoingMessage } from './message.ts';
import type { PlannedNotice } from './plan.ts';

/** `jordan.lee@example.edu` as `j…@e…`: enough to tell two recipients apart, not enough to write to them. */
function maskAddress(address: string): string {
  const at = address.lastIndexOf('@');
  if (at <= 0) return '…';
  return `${address[0]}…@${address[at + 1] ?? ''}…`;
}

export interface PreviewedNotice {
  notice: PlannedNotice;
  message?: OutgoingMessage;
  /** Why the email could not be composed (a missing text, an unreadable pairing). */
  problem?: string;
}

/** Longer fences than any run of backticks in the text, so a notice cannot close the block early. */
function fenced(text: string): string {
  const longest = Math.max(2, ...[...text.matchAll(/`+/g)].map((match) => match[0].length));
  const fence = '`'.repeat(longest + 1);
  return `${fence}text\n${text.endsWith('\n') ? text : `${text}\n`}${fence}`;
}

export function formatNoticesPreview(today: IsoDate, previews: readonly PreviewedNotice[], program?: string): string {
  const scope = program ? ` for ${program}` : '';
  const lines = [`### Notices preview${scope} on ${today}`, ''];
  if (previews.length === 0) {
    lines.push(`No notice would be sent${scope} on ${today}.`);
    return `${lines.join('\n')}\n`;
  }
  lines.push(`${previews.length} email${previews.length === 1 ? '' : 's'} would be sent. Addresses are masked; nothing was sent.`, '');
  for (const { notice, message, problem } of previews) {
    lines.push(`#### ${notice.program}/${notice.pairing}: ${notice.notice}${notice.item ? ` (${notice.item})` : ''}`, '');
    lines.push(`Why: ${notice.why}`, '');
    if (!message) {
      lines.push(`Could not be composed: ${problem ?? 'unknown reason'}.`, '');
      continue;
    }
    lines.push(`- From: ${message.from.name} <${maskAddress(message.from.address)}>`);
    lines.push(`- To: ${message.to.map((to) => `${to.name} <${maskAddress(to.address)}> (${to.role})`).join(', ')}`);
    lines.push(`- Subject: ${message.subject}`, '');
    lines.push(fenced(message.text), '');
  }
  return `${lines.join('\n')}\n`;
}
