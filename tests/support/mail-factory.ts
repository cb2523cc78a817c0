import { randomUUID } from 'node:crypto';
/**
 * Real MIME messages for the inbox tests: composed by nodemailer's
 * MailComposer, DKIM-signed with mailauth by a test key per domain, and the
 * DNS those keys need (DKIM key, DMARC policy) served to mailauth through
 * its `resolver` option, since there is no network here.
 */
import { generateKeyPairSync } from 'node:crypto';
import { dkimSign, type DNSResolver } from 'mailauth';
import MailComposer from 'nodemailer/lib/mail-composer/index.js';

const SELECTOR = 'test';

export interface ComposeInput {
  from: string;
  to?: string;
  subject: string;
  text?: string;
  html?: string;
  messageId?: string;
  inReplyTo?: string;
  references?: string[];
  headers?: Record<string, string>;
  /** Sign as this domain instead of the From's (a forged From); false leaves the message unsigned. */
  signAs?: string | false;
  /** The Return-Path the receiving server would write ('' for a bounce's <>). */
  returnPath?: string;
  /** A message written by hand (CRLF added), e.g. in another charset; signed like the others. */
  raw?: string;
}

export class MailFactory {
  readonly #keys = new Map<string, { privateKey: string; publicKey: string }>();
  #count = 0;
  /** Tells this factory's message ids from another run's (a mailbox may keep both). */
  readonly #run = randomUUID().slice(0, 8);

  /** mailauth's DNS: every domain that has a key gets a DKIM record and a DMARC reject policy. */
  readonly resolver: DNSResolver = async (name, type) => {
    const lower = name.toLowerCase();
    if (type === 'TXT') {
      const dkim = /^test\._domainkey\.(.+)$/.exec(lower);
      const key = dkim ? this.#keys.get(dkim[1] ?? '') : undefined;
      if (key) return [[`v=DKIM1; k=rsa; p=${key.publicKey}`]];
      const dmarc = /^_dmarc\.(.+)$/.exec(lower);
      if (dmarc && this.#keys.has(dmarc[1] ?? '')) return [['v=DMARC1; p=reject']];
    }
    throw Object.assign(new Error(`no ${type} record for ${name}`), { code: 'ENOTFOUND' });
  };

  #key(domain: string) {
    let key = this.#keys.get(domain);
    if (!key) {
      const pair = generateKeyPairSync('rsa', { modulusLength: 1024 });
      key = {
        privateKey: pair.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
        publicKey: pair.publicKey.export({ type: 'spki', format: 'der' }).toString('base64'),
      };
      this.#keys.set(domain, key);
    }
    return key;
  }

  async compose(input: ComposeInput): Promise<Buffer> {
    this.#count += 1;
    let raw: Buffer;
    if (input.raw !== undefined) raw = Buffer.from(input.raw.replace(/\r?\n/g, '\r\n'));
    else {
      const composer = new MailComposer({
        from: input.from,
        to: input.to ?? 'mentoring-program@example.org',
        subject: input.subject,
        ...(input.text !== undefined && { text: input.text }),
        ...(input.html !== undefined && { html: input.html }),
        messageId: input.messageId ?? `<test-${this.#count}-${this.#run}@${input.from.split('@')[1] ?? 'example.edu'}>`,
        ...(input.inReplyTo !== undefined && { inReplyTo: input.inReplyTo }),
        ...(input.references !== undefined && { references: input.references }),
        headers: input.headers ?? {},
        date: new Date('2026-11-10T12:00:00Z'),
      });
      raw = await composer.compile().build();
    }
    const domain = input.signAs === undefined ? (input.from.split('@')[1] ?? '') : input.signAs;
    if (domain !== false) {
      const key = this.#key(domain);
      const signed = await dkimSign(raw, {
        canonicalization: 'relaxed/relaxed',
        signatureData: [{ signingDomain: domain, selector: SELECTOR, privateKey: key.privateKey }],
      } as Parameters<typeof dkimSign>[1]);
      if (signed.signatures === '') throw new Error(`the test key could not sign for ${domain}`);
      raw = Buffer.concat([Buffer.from(signed.signatures), raw]);
    }
    if (input.returnPath !== undefined) raw = Buffer.concat([Buffer.from(`Return-Path: <${input.returnPath}>\r\n`), raw]);
    return raw;
  }

  /** Also signs for `domain` (for a sender who exists but whose message is forged). */
  keyFor(domain: string): void {
    this.#key(domain);
  }
}
