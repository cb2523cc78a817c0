/**
 * A message read from the mailbox, in the shape the rest of src/lib/mail
 * works with: the I/O layer (scripts/inbox/) fills it from the raw message
 * with mailparser and mailauth; everything after that is pure.
 */
import type { AuthenticationVerdict } from './authentication.ts';

export interface IncomingMail {
  /** The IMAP UID: how the message is marked once handled. */
  uid: number;
  /** The Message-ID header, with its angle brackets; '' when the message has none. */
  messageId: string;
  /** The From address, lower case; '' when there is none. */
  from: string;
  subject: string;
  /** The readable text: the text/plain part, or the HTML part turned into text, in any charset, as Unicode. */
  text: string;
  /** In-Reply-To and References, each id with its angle brackets, oldest first. */
  references: string[];
  /** Every header by lower-case name, each value as sent (unfolded). */
  headers: ReadonlyMap<string, readonly string[]>;
  /** The envelope sender (Return-Path) as the receiving server recorded it; '' for a bounce (`<>`), undefined when absent. */
  returnPath?: string;
  /** The MIME type of the whole message (multipart/report for delivery reports). */
  contentType: string;
  authentication: AuthenticationVerdict;
}

export const header = (mail: Pick<IncomingMail, 'headers'>, name: string): string | undefined => mail.headers.get(name.toLowerCase())?.[0];
