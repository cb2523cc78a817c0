/**
 * One email for one pair: To the pair's two members (or the one a previous
 * run missed), from the program's address, replies to its coordinator. Never
 * a copy to anybody else, never a second pair.
 */
import type { Member, MemberRole } from './members.ts';
import type { PlannedNotice } from './plan.ts';
import type { RenderedNotice } from './render.ts';

export interface Address {
  name: string;
  address: string;
}

export interface OutgoingMessage {
  from: Address;
  replyTo: string;
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
): OutgoingMessage {
  return {
    from: { name: notices.from.name, address: notices.from.email },
    replyTo: notices.replyTo,
    to: members
      .filter((member) => planned.to.includes(member.role))
      .map((member) => ({ name: member.name, address: member.email, role: member.role })),
    subject: rendered.subject,
    text: rendered.text,
    html: rendered.html,
  };
}
