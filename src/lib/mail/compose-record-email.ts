/**
 * The email a person sends to a program's intake mailbox with a record they
 * filled in online: To the intake address, a subject naming the kind and the
 * record id (`Application: 2027-okafor`), and a body a human can read (a few
 * summary lines) followed by the record's YAML between two marker lines that
 * the inbox looks for. Also the `mailto:` link that opens the person's mail
 * app with all of it, or null when that link would be too long to trust.
 *
 * Pure and small: it ships to the browser with the online forms.
 */

import { buildRecordMessage, type RecordMessageKind } from './record-message.ts';

/** The kinds a person sends by email: the one list the inbox reads (record-message.ts). */
export type RecordEmailKind = RecordMessageKind;

/**
 * The longest `mailto:` link offered, in characters of the encoded URL.
 * Browsers accept far longer addresses, but the hand-over to the mail app
 * does not: Windows passes the link through a 2,048-character command line
 * (Outlook and the Mail app cut or refuse longer ones), and common guidance
 * keeps mailto links under about 2,000 characters. 1,800 leaves room for
 * what the operating system adds; a longer message is copied instead.
 */
export const MAILTO_URL_LIMIT = 1800;

export interface RecordEmailInput {
  kind: RecordEmailKind;
  /** The record's id: an application's `<cycle>-<surname>`, a contract's pairing id. */
  recordId: string;
  /** Short lines a person reads before the record (who, what, for which program). */
  summary: readonly string[];
  /** The record as its YAML file holds it. */
  yaml: string;
  /** The program's intake address (program.yaml `intake.email`). */
  to: string;
}

export interface RecordEmail {
  to: string;
  subject: string;
  /** Lines end with `\n`; the mailto link carries them as CRLF, as RFC 6068 asks. */
  body: string;
  /** `mailto:` link with To, subject and body, or null when longer than MAILTO_URL_LIMIT. */
  mailtoUrl: string | null;
}

/** The line that asks a person not to touch the record below it. */
const LEAVE_AS_IS = 'Please leave the lines below as they are: the program reads its record from them.';

/** A query value as RFC 6068 wants it: UTF-8 percent-encoded, line breaks as %0D%0A. */
const encodeValue = (text: string): string => encodeURIComponent(text.replace(/\r?\n/g, '\r\n'));

/** `mailto:` with the address (its `@` kept), subject and body. */
function mailtoUrl(to: string, subject: string, body: string): string {
  return `mailto:${encodeURIComponent(to).replace(/%40/g, '@')}?subject=${encodeValue(subject)}&body=${encodeValue(body)}`;
}

export function composeRecordEmail(input: RecordEmailInput): RecordEmail {
  // The one format the inbox reads (record-message.ts): summary, then the record between the markers.
  const lines = input.summary.map((line) => line.replace(/\s*\n\s*/g, ' ').trim()).filter(Boolean);
  const { subject, body } = buildRecordMessage({
    kind: input.kind,
    id: input.recordId,
    summary: [...lines, '', LEAVE_AS_IS].join('\n'),
    yaml: input.yaml,
  });
  const url = mailtoUrl(input.to, subject, body);
  return { to: input.to, subject, body, mailtoUrl: url.length <= MAILTO_URL_LIMIT ? url : null };
}
