/**
 * The notices part of the weekly desk issue: a visible list of what was sent
 * in the last week (pairing ids only), and the ledger itself in a hidden HTML
 * comment, so that the workflow keeps it without a commit. Both scripts that
 * write the issue keep the block: desk-issue.ts rewrites the desk above it.
 */
import { addDaysIso, type IsoDate } from '../dates.ts';
import { mergeInto, parseLedger, serializeLedger, type Ledger } from './ledger.ts';
import type { DueNotice } from './schedule.ts';

const START = '<!-- tandem:notices -->';
const END = '<!-- /tandem:notices -->';
const LEDGER_OPEN = '<!-- tandem:notices-ledger';
const BLOCK = /\n*<!-- tandem:notices -->[\s\S]*?<!-- \/tandem:notices -->\n?/;
const HIDDEN_LEDGER = /<!-- tandem:notices-ledger\n([\s\S]*?)\n-->/;

const label = (notice: { program: string; pairing: string; notice: string; item?: string; due: string }): string =>
  `\`${notice.program}/${notice.pairing}\`: ${notice.notice}${notice.item ? ` (${notice.item})` : ''}, due ${notice.due}`;

/** The block for the issue: what was sent in the 7 days up to today, what could not be delivered, and the hidden ledger. */
export function renderNoticesBlock(ledger: Ledger, today: IsoDate, notDelivered: readonly DueNotice[] = []): string {
  const since = addDaysIso(today, -6);
  const recent = [...ledger.values()]
    .filter((entry) => entry.sent >= since && entry.sent <= today)
    .sort((a, b) => a.program.localeCompare(b.program) || a.pairing.localeCompare(b.pairing) || a.notice.localeCompare(b.notice));
  const lines = [START, '## Notices to pairs', ''];
  lines.push(
    recent.length === 0
      ? `No notice was sent to a pair between ${since} and ${today}.`
      : `Sent between ${since} and ${today} (\`npm run notices\`):`,
  );
  if (recent.length > 0) lines.push('', ...recent.map((entry) => `- ${label(entry)}, sent ${entry.sent} to ${entry.to.join(' and ')}`));
  if (notDelivered.length > 0) {
    lines.push(
      '',
      'Not delivered, tried again on the next run (the workflow log says why):',
      '',
      ...notDelivered.map((notice) => `- ${label(notice)}`),
    );
  }
  lines.push('', `${LEDGER_OPEN}\n${serializeLedger(ledger, today).trimEnd()}\n-->`, END);
  return `${lines.join('\n')}\n`;
}

/** The ledger kept in an issue body, or an empty one when the body has none (a ledger that cannot be read throws). */
export function ledgerInBody(body: string | null | undefined): Ledger {
  const hidden = HIDDEN_LEDGER.exec(body ?? '');
  return hidden ? parseLedger(hidden[1]!) : (new Map() as Ledger);
}

/** The ledger kept across several issues (the open desk and any closed ones): the union of all. */
export function ledgerInBodies(bodies: ReadonlyArray<string | null | undefined>): Ledger {
  const ledger: Ledger = new Map();
  for (const body of bodies) mergeInto(ledger, ledgerInBody(body).values());
  return ledger;
}

/** The body with its notices block replaced by `block`, or `block` added at the end. */
export function withNoticesBlock(body: string, block: string): string {
  const rest = body.replace(BLOCK, '\n').trimEnd();
  return `${rest}\n\n${block}`;
}
