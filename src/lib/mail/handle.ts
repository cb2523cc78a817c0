/**
 * One message of the mailbox, to what it is and what was done with it:
 * automatic mail (never answered) and anything not for Tandem are left unread
 * and untouched; a record (application, contract) or a reply to Tandem's own
 * message (a signing request, a notice) goes to its handler.
 */
import { automaticKind } from './automatic.ts';
import { handleApplication } from './applications.ts';
import { ownAddresses, answer, type InboxContext, type InboxEntry } from './context.ts';
import { handleContract, handleSignature } from './contracts.ts';
import type { IncomingMail } from './incoming.ts';
import { answeredTandemMessage } from './message-ids.ts';
import { handleNoticeReply } from './notice-replies.ts';
import { parseRecordMessage } from './record-message.ts';
import { unreadableRecordReply } from './replies.ts';

export async function handleMail(mail: IncomingMail, context: InboxContext): Promise<InboxEntry> {
  const automatic = automaticKind(mail, ownAddresses(context.repository));
  if (automatic) return { uid: mail.uid, kind: 'automatic', outcome: `${automatic.replace('-', ' ')}: not answered`, done: false };
  const record = parseRecordMessage({ subject: mail.subject, text: mail.text });
  switch (record.status) {
    case 'record':
      return record.kind === 'application' ? handleApplication(mail, record.yaml, context) : handleContract(mail, record.yaml, context);
    case 'no-record':
      if (context.github) {
        const fallback = [...context.repository.programs.values()][0]?.data;
        await context.send(answer(mail, fallback, mail.from, unreadableRecordReply(record.kind, mail.subject, record.problem)));
      }
      return { uid: mail.uid, kind: record.kind, record: record.id, outcome: `unreadable (${record.problem}): answered`, done: true };
    case 'other':
      break;
  }
  const reference = answeredTandemMessage(mail.references);
  if (reference?.purpose === 'sign') return handleSignature(mail, mail.text, reference, context);
  if (reference?.purpose === 'notice') return handleNoticeReply(mail, reference, context);
  return { uid: mail.uid, kind: 'not-for-tandem', outcome: 'not for Tandem: left unread', done: false };
}
