/**
 * A raw message to the IncomingMail the inbox library reads: mailparser for
 * the MIME structure, charsets and headers; the HTML part, when there is no
 * text part, turned into text without wrapping (a record's YAML keeps its
 * lines); mailauth for DKIM, SPF and DMARC, or the trusted
 * Authentication-Results header of the receiving provider.
 *
 * Each library is loaded when a message needs it, not with the script: they
 * are most of the inbox's start-up (mailauth alone is ~160 modules), and
 * html-to-text and mailauth are not needed for every message.
 */
import type { DNSResolver } from 'mailauth';
import type { AddressObject } from 'mailparser';
import { verdictFromHeader, verdictFromMailauth } from '../../src/lib/mail/authentication.ts';
import type { IncomingMail } from '../../src/lib/mail/incoming.ts';

export interface ReadOptions {
  /** Trust this receiving server's Authentication-Results (e.g. mx.google.com) instead of checking DKIM here. */
  trustedAuthservId?: string;
  /** DNS for mailauth (tests serve the test key's TXT record); the system resolver otherwise. */
  resolver?: DNSResolver;
}

const ids = (value: string | string[] | undefined): string[] =>
  (Array.isArray(value) ? value : value ? [value] : []).flatMap((entry) => entry.match(/<[^<>\s]+>/g) ?? []);

function firstAddress(value: AddressObject | AddressObject[] | undefined): string {
  const list = Array.isArray(value) ? value : value ? [value] : [];
  return (list[0]?.value[0]?.address ?? '').toLowerCase();
}

async function htmlText(html: string): Promise<string> {
  const { convert } = await import('html-to-text');
  return convert(html, {
    wordwrap: false,
    preserveNewlines: true,
    selectors: [
      { selector: 'a', options: { ignoreHref: true } },
      { selector: 'img', format: 'skip' },
      { selector: 'blockquote', format: 'blockquote', options: { trimEmptyLines: false } },
    ],
  });
}

export async function readMessage(uid: number, raw: Buffer, options: ReadOptions = {}): Promise<IncomingMail> {
  const { simpleParser } = await import('mailparser');
  const parsed = await simpleParser(raw, { skipImageLinks: true, skipTextToHtml: true, maxHtmlLengthToParse: 2_000_000 });
  const headers = new Map<string, string[]>();
  for (const { key, line } of parsed.headerLines) {
    const value = line
      .slice(line.indexOf(':') + 1)
      .replace(/\r?\n[ \t]+/g, ' ')
      .trim();
    headers.set(key.toLowerCase(), [...(headers.get(key.toLowerCase()) ?? []), value]);
  }
  const from = firstAddress(parsed.from);
  const text = parsed.text && parsed.text.trim() !== '' ? parsed.text : typeof parsed.html === 'string' ? await htmlText(parsed.html) : '';
  const returnPath = headers.get('return-path')?.[0];
  let authentication;
  if (options.trustedAuthservId) {
    authentication = verdictFromHeader(from, headers.get('authentication-results') ?? [], options.trustedAuthservId);
  } else {
    const { authenticate } = await import('mailauth');
    const result = await authenticate(raw, {
      trustReceived: true,
      disableArc: true,
      disableBimi: true,
      ...(options.resolver && { resolver: options.resolver }),
    });
    authentication = verdictFromMailauth(from, result);
  }
  return {
    uid,
    messageId: parsed.messageId ?? '',
    from,
    subject: parsed.subject ?? '',
    text,
    references: [...new Set([...ids(parsed.references), ...ids(parsed.inReplyTo)])],
    headers,
    ...(returnPath !== undefined && { returnPath: returnPath.replace(/^<|>$/g, '').trim().toLowerCase() }),
    contentType: (headers.get('content-type')?.[0] ?? 'text/plain').split(';')[0]?.trim().toLowerCase() ?? 'text/plain',
    authentication,
  };
}
