/**
 * The SMTP side of `npm run notices`: nodemailer, one connection per message,
 * one message per pair. Network I/O, so it lives beside the script, not in src/lib.
 */
import { smtpTransport } from '../cli/smtp-transport.ts';
import type { SendReport } from '../../src/lib/notices/deliver.ts';
import type { OutgoingMessage } from '../../src/lib/notices/message.ts';
import type { SmtpSettings } from '../../src/lib/notices/smtp-url.ts';

export interface SmtpSender {
  send(message: OutgoingMessage): Promise<SendReport>;
  close(): void;
}

interface RejectedError {
  recipient?: string;
  responseCode?: number;
}

export function smtpSender(settings: SmtpSettings): SmtpSender {
  const transport = smtpTransport(settings);
  return {
    async send(message) {
      // nodemailer's result is untyped here: read only the fields used below.
      const info = (await transport.sendMail({
        from: message.from,
        replyTo: message.replyTo,
        ...(message.messageId !== undefined && { messageId: message.messageId }),
        // To: the pair only. No cc, no bcc: the envelope is exactly these addresses.
        to: message.to.map(({ name, address }) => ({ name, address })),
        subject: message.subject,
        text: message.text,
        html: message.html,
        textEncoding: 'quoted-printable',
        // RFC 3834: sent by a program, not a person. Out-of-office and other automatic replies are not sent back to it.
        headers: { 'Auto-Submitted': 'auto-generated' },
      })) as { accepted?: unknown; rejected?: unknown; rejectedErrors?: RejectedError[] };
      const rejectedErrors = info.rejectedErrors ?? [];
      const codeOf = (address: string): number | undefined =>
        rejectedErrors.find((error) => error.recipient?.toLowerCase() === address.toLowerCase())?.responseCode;
      const addresses = (list: unknown): string[] =>
        (Array.isArray(list) ? list : []).map((entry: unknown) =>
          typeof entry === 'string' ? entry : (entry as { address: string }).address,
        );
      return {
        accepted: addresses(info.accepted),
        rejected: addresses(info.rejected).map((address) => {
          const code = codeOf(address);
          return code === undefined ? { address } : { address, code };
        }),
      };
    },
    close() {
      transport.close();
    },
  };
}
