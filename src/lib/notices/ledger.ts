/**
 * The ledger of notices sent: ids, kinds, dates and member roles only, never
 * a name or an address. A notice is identified by program, pairing, kind,
 * item and due date; it is done once every member of the pair received it.
 */
import { addDaysIso, type IsoDate } from '../dates.ts';
import { isNoticeKind, type NoticeKind } from './kinds.ts';
import { LedgerError } from './ledger-error.ts';
import type { MemberRole } from './members.ts';

export interface LedgerEntry {
  program: string;
  pairing: string;
  notice: NoticeKind;
  item?: string;
  due: IsoDate;
  /** The day it was (last) sent. */
  sent: IsoDate;
  /** The members who received it (roles, not people). */
  to: MemberRole[];
}

export interface NoticeKey {
  program: string;
  pairing: string;
  notice: NoticeKind;
  item?: string;
  due: IsoDate;
}

export type Ledger = Map<string, LedgerEntry>;

export const keyOf = ({ program, pairing, notice, item, due }: NoticeKey): string =>
  `${program}/${pairing} ${notice}${item ? `:${item}` : ''} ${due}`;

/** Entries are kept this long after their due date; every relevance window is far shorter, so nothing pruned could be sent again. */
const LEDGER_KEEP_DAYS = 400;

const ROLES: readonly string[] = ['mentor', 'mentee', 'peer-1', 'peer-2'];
const ID = /^[a-z0-9][a-z0-9-]{0,79}$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** One entry from untrusted JSON, or undefined when it is not one (the ledger may have been edited by hand). */
function entryFrom(value: unknown): LedgerEntry | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const v = value as Record<string, unknown>;
  const { program, pairing, notice, item, due, sent, to } = v;
  if (typeof program !== 'string' || !ID.test(program) || typeof pairing !== 'string' || !ID.test(pairing)) return undefined;
  if (typeof notice !== 'string' || !isNoticeKind(notice)) return undefined;
  if (item !== undefined && (typeof item !== 'string' || !ID.test(item))) return undefined;
  if (typeof due !== 'string' || !DATE.test(due) || typeof sent !== 'string' || !DATE.test(sent)) return undefined;
  if (!Array.isArray(to) || !to.every((role) => typeof role === 'string' && ROLES.includes(role))) return undefined;
  const entry: LedgerEntry = { program, pairing, notice, due, sent, to: [...new Set(to as MemberRole[])] };
  if (item !== undefined) entry.item = item;
  return entry;
}

/** Adds entries to a ledger, merging the recipients of the same notice (two ledgers read from two places agree this way). */
export function mergeInto(ledger: Ledger, entries: Iterable<LedgerEntry>): Ledger {
  for (const entry of entries) {
    const key = keyOf(entry);
    const known = ledger.get(key);
    ledger.set(
      key,
      known
        ? { ...known, sent: known.sent > entry.sent ? known.sent : entry.sent, to: [...new Set([...known.to, ...entry.to])] }
        : { ...entry, to: [...entry.to] },
    );
  }
  return ledger;
}

/** Records that `to` received the notice on `sent`. */
export function recordSent(ledger: Ledger, key: NoticeKey, sent: IsoDate, to: readonly MemberRole[]): void {
  const entry: LedgerEntry = { program: key.program, pairing: key.pairing, notice: key.notice, due: key.due, sent, to: [...to] };
  if (key.item) entry.item = key.item;
  mergeInto(ledger, [entry]);
}

/** The ledger as JSON text: sorted, one entry per line, entries older than LEDGER_KEEP_DAYS left out. */
export function serializeLedger(ledger: Ledger, today: IsoDate): string {
  const oldest = addDaysIso(today, -LEDGER_KEEP_DAYS);
  const entries = [...ledger.entries()]
    .filter(([, entry]) => entry.due >= oldest)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([, entry]) => JSON.stringify(entry));
  return `{"version":1,"sent":[\n${entries.join(',\n')}\n]}\n`;
}

/** Reads a ledger's JSON text; entries that are not well-formed are dropped, a text that is not a ledger at all throws. */
export function parseLedger(text: string): Ledger {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new LedgerError('the notices ledger is not valid JSON');
  }
  const sent = typeof parsed === 'object' && parsed !== null ? (parsed as { sent?: unknown }).sent : undefined;
  if (!Array.isArray(sent)) throw new LedgerError('the notices ledger has no "sent" list');
  return mergeInto(
    new Map(),
    sent.map(entryFrom).filter((entry): entry is LedgerEntry => entry !== undefined),
  );
}
