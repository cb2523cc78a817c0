/**
 * One email for one pair: To the pair's two members (or the one a previous
 * run missed), from the program's address, replies to its coordinator. Never
 * a copy to anybody else, never a second pair.
 */
import type { Member, MemberRole } from './members.ts';
import type { PlannedNotice } from './plan.ts';
import type { RenderedNotice } from './render.ts';

interface Address {
  name: string;
  address: string;
}

export interface OutgoingMessage {
  from: Address;
  /** The coordinator; and the program's intake mailbox too where it has one, so that `npm run inbox` sees the reply. */
  replyTo: string | string[];
  /** Tandem's own Message-ID (src/lib/mail/message-ids.ts): a reply names it, and the inbox knows what it answers. */
  messageId?: string;
  to: Array<Address & { role: MemberRole }>;
  subject: string;
  text: string;
  html: string;
}

export function composeMessage(
  notices: { from: { name: string; email: string }; replyTo: string },
  planned: PlannedNotice,
  members: readonly Member[],
  rendered: RenderedNotice,
  mailbox?: { intake?: string; messageId?: string },
): OutgoingMessage {
  return {
    from: { name: notices.from.name, address: notices.from.email },
    replyTo: mailbox?.intake ? [notices.replyTo, mailbox.intake] : notices.replyTo,
    ...(mailbox?.messageId !== undefined && { messageId: mailbox.messageId }),
    to: members
      .filter((member) => planned.to.includes(member.role))
      .map((member) => ({ name: member.name, address: member.email, role: member.role })),
    subject: rendered.subject,
    text: rendered.text,
    html: rendered.html,
  };
}
