/**
 * Sends a plan's notices one pair at a time through an injected `send` (the
 * SMTP transport lives in scripts/), recording each delivery in the ledger
 * and persisting it before the next one, so that a run stopped half-way
 * never sends the same notice twice. A failure for one pair or one address
 * does not stop the others; it stays out of the ledger and is retried next run.
 */
import type { IsoDate } from '../dates.ts';
import { recordSent, type Ledger } from './ledger.ts';
import type { MemberRole } from './members.ts';
import type { OutgoingMessage } from './message.ts';
import type { PlannedNotice } from './plan.ts';

export interface SendReport {
  /** Addresses the server accepted. */
  accepted: string[];
  /** Addresses it refused, with the SMTP reply code when there was one. */
  rejected: Array<{ address: string; code?: number }>;
}

export interface DeliveryResult {
  notice: PlannedNotice;
  outcome: 'sent' | 'partly-sent' | 'failed';
  delivered: MemberRole[];
  failed: MemberRole[];
  /** Why it failed, with no address and no server text (which may quote an address): an SMTP code, or what was wrong. */
  reason?: string;
}

export interface DeliveryHooks {
  /** Builds the pair's message; throws when the text cannot be filled in for this pair. */
  compose(notice: PlannedNotice): OutgoingMessage;
  send(message: OutgoingMessage): Promise<SendReport>;
  /** Stores the ledger (a file, the desk issue); called after every delivery. A throw stops the run. */
  persist(ledger: Ledger): Promise<void>;
}

/** What an SMTP failure was, in words that name no address: "SMTP 450 (temporary)" or "SMTP 550 (refused)". */
function describeSmtpFailure(error: unknown): string {
  const code = typeof error === 'object' && error !== null ? (error as { responseCode?: unknown }).responseCode : undefined;
  if (typeof code === 'number') return `SMTP ${code} (${code >= 500 ? 'refused' : 'temporary'})`;
  const kind = typeof error === 'object' && error !== null ? (error as { code?: unknown }).code : undefined;
  return typeof kind === 'string' && /^[A-Z_]+$/.test(kind) ? `could not reach the mail server (${kind})` : 'the mail server failed';
}

export async function deliverNotices(
  plan: readonly PlannedNotice[],
  ledger: Ledger,
  today: IsoDate,
  hooks: DeliveryHooks,
): Promise<DeliveryResult[]> {
  const results: DeliveryResult[] = [];
  for (const notice of plan) {
    let message: OutgoingMessage;
    try {
      message = hooks.compose(notice);
    } catch (error) {
      results.push({
        notice,
        outcome: 'failed',
        delivered: [],
        failed: [...notice.to],
        reason: error instanceof Error ? error.message : 'the text could not be filled in',
      });
      continue;
    }
    let report: SendReport;
    try {
      report = await hooks.send(message);
    } catch (error) {
      results.push({ notice, outcome: 'failed', delivered: [], failed: [...notice.to], reason: describeSmtpFailure(error) });
      continue;
    }
    const accepted = new Set(report.accepted.map((address) => address.toLowerCase()));
    const delivered = message.to.filter((to) => accepted.has(to.address.toLowerCase())).map((to) => to.role);
    const failed = message.to.map((to) => to.role).filter((role) => !delivered.includes(role));
    if (delivered.length > 0) {
      recordSent(ledger, notice, today, delivered);
      await hooks.persist(ledger);
    }
    const codes = [...new Set(report.rejected.map((rejected) => rejected.code).filter((code): code is number => code !== undefined))];
    const result: DeliveryResult = {
      notice,
      outcome: failed.length === 0 ? 'sent' : delivered.length === 0 ? 'failed' : 'partly-sent',
      delivered,
      failed,
    };
    if (failed.length > 0)
      result.reason =
        codes.length > 0
          ? codes.map((code) => describeSmtpFailure({ responseCode: code })).join(', ')
          : 'the mail server did not accept every recipient';
    results.push(result);
  }
  return results;
}
