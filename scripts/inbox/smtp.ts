/**
 * The inbox's answers (nodemailer): threaded under the message they answer,
 * marked Auto-Submitted: auto-replied (RFC 3834) so that well-behaved robots
 * do not answer them, and X-Tandem so that Tandem never reads its own mail as new.
 */
import { smtpTransport } from '../cli/smtp-transport.ts';
import type { OutgoingMail } from '../../src/lib/mail/context.ts';
import type { SmtpSettings } from '../../src/lib/notices/smtp-url.ts';

export interface ReplySender {
  send(mail: OutgoingMail): Promise<void>;
  close(): void;
}

export function replySender(settings: SmtpSettings): ReplySender {
  const transport = smtpTransport(settings, { pool: true });
  return {
    async send(mail) {
      await transport.sendMail({
        from: mail.from,
        to: mail.to,
        subject: mail.subject,
        text: mail.text,
        textEncoding: 'quoted-printable',
        ...(mail.messageId !== undefined && { messageId: mail.messageId }),
        ...(mail.inReplyTo !== undefined && { inReplyTo: mail.inReplyTo }),
        ...(mail.references !== undefined && { references: mail.references }),
        headers: { 'Auto-Submitted': 'auto-replied', 'X-Tandem': 'inbox', Precedence: 'auto_reply' },
      });
    },
    close() {
      transport.close();
    },
  };
}
