/**
 * The IMAP side of `npm run inbox` (imapflow): list the messages not yet
 * handled (without the $TandemDone keyword) with their sizes, fetch one
 * without marking it read (BODY.PEEK), and mark one handled. Network I/O, so
 * it lives beside the script, not in src/lib. imapflow is loaded when the
 * mailbox is opened, not with the script (`--help` and a run that stops on
 * its settings do not pay for it).
 */
import type { ImapSettings } from '../../src/lib/mail/imap-url.ts';

export const DONE_KEYWORD = '$TandemDone';

export interface Mailbox {
  /** UIDs and sizes of the messages not yet handled, oldest first. */
  pending(): Promise<{ uid: number; size: number }[]>;
  fetch(uid: number): Promise<Buffer>;
  markDone(uid: number): Promise<void>;
  close(): Promise<void>;
}

export async function openMailbox(settings: ImapSettings): Promise<Mailbox> {
  const { ImapFlow } = await import('imapflow');
  const client = new ImapFlow({
    host: settings.host,
    port: settings.port,
    secure: settings.secure,
    auth:
      settings.accessToken !== undefined
        ? { user: settings.user, accessToken: settings.accessToken }
        : { user: settings.user, pass: settings.pass ?? '' },
    // Never log: imapflow's logger would print the AUTH exchange and the messages.
    logger: false,
    disableAutoIdle: true,
    connectionTimeout: 30_000,
    greetingTimeout: 30_000,
    socketTimeout: 120_000,
    // imap:// without TLS is for a server on this machine (the tests' Dovecot); anywhere else STARTTLS is required,
    // so that the password never crosses the network in clear.
    ...(!settings.secure && !['127.0.0.1', 'localhost', '::1'].includes(settings.host) && { doSTARTTLS: true }),
  });
  await client.connect();
  const lock = await client.getMailboxLock(settings.mailbox);
  return {
    async pending() {
      const uids = (await client.search({ unKeyword: DONE_KEYWORD }, { uid: true })) || [];
      if (uids.length === 0) return [];
      const found: { uid: number; size: number }[] = [];
      for await (const message of client.fetch(uids, { uid: true, size: true }, { uid: true })) {
        found.push({ uid: message.uid, size: message.size ?? 0 });
      }
      return found.sort((a, b) => a.uid - b.uid);
    },
    async fetch(uid) {
      const message = await client.fetchOne(String(uid), { source: true }, { uid: true });
      if (!message || !message.source) throw new Error(`message ${uid} could not be fetched`);
      return message.source;
    },
    async markDone(uid) {
      await client.messageFlagsAdd(String(uid), [DONE_KEYWORD], { uid: true });
    },
    async close() {
      lock.release();
      await client.logout().catch(() => client.close());
    },
  };
}
