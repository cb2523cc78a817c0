/**
 * Messages Tandem never answers, so that two robots never write to each
 * other: auto-replies (RFC 3834 Auto-Submitted, and the headers Exchange and
 * others use instead), delivery reports and bounces (an empty Return-Path,
 * multipart/report, MAILER-DAEMON), mailing lists (List-Id, Precedence) and
 * Tandem's own messages (its addresses, or its own Message-ID domain).
 */
import { header, type IncomingMail } from './incoming.ts';

export type AutomaticKind = 'auto-reply' | 'bounce' | 'mailing-list' | 'own-message';

const BOUNCE_SENDERS = /^(?:mailer-daemon|postmaster|mail-daemon|mailerdaemon)@/i;
const AUTO_SUBJECT = /^\s*(?:auto(?:matic)?[ -]?reply|out of (?:the )?office|autoreply|abwesenheit|absence|r[ée]ponse automatique)\b/i;

/** Why this message must get no answer, or undefined when it came from a person. */
export function automaticKind(mail: IncomingMail, ownAddresses: readonly string[]): AutomaticKind | undefined {
  const own = new Set(ownAddresses.map((address) => address.toLowerCase()));
  if (own.has(mail.from) || mail.headers.has('x-tandem')) return 'own-message';
  if (mail.returnPath === '' || BOUNCE_SENDERS.test(mail.from) || /^multipart\/report\b/i.test(mail.contentType)) return 'bounce';
  const autoSubmitted = header(mail, 'auto-submitted')?.trim().toLowerCase();
  if (autoSubmitted !== undefined && autoSubmitted !== 'no') return 'auto-reply';
  if (['x-autoreply', 'x-autorespond', 'x-auto-response-suppress'].some((name) => mail.headers.has(name))) {
    // Outlook sets X-Auto-Response-Suppress on ordinary mail too; only its All/OOF values mark an automatic message.
    const suppress = header(mail, 'x-auto-response-suppress');
    if (suppress === undefined || /\b(?:all|oof|autoreply)\b/i.test(suppress)) return 'auto-reply';
  }
  const precedence = header(mail, 'precedence')?.trim().toLowerCase();
  if (precedence === 'auto_reply') return 'auto-reply';
  if (precedence === 'bulk' || precedence === 'list' || precedence === 'junk') return 'mailing-list';
  if (mail.headers.has('list-id') || mail.headers.has('list-unsubscribe') || mail.headers.has('list-post')) return 'mailing-list';
  if (AUTO_SUBJECT.test(mail.subject)) return 'auto-reply';
  return undefined;
}
