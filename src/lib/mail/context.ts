/**
 * What every handler of the inbox shares: the repository as the default
 * branch has it, today, where to write (absent in a dry run), and how to
 * answer by email. And what a handler says it did with one message.
 */
import type { IsoDate } from '../dates.ts';
import type { SourceFile } from '../repository/read-files.ts';
import type { Program } from '../types.generated.ts';
import type { Repository } from '../validate/index.ts';
import type { GitHubTarget } from './github-branches.ts';
import type { IncomingMail } from './incoming.ts';
import type { ReplyText } from './replies.ts';

export interface OutgoingMail extends ReplyText {
  from: { name: string; address: string };
  to: string;
  /** The message answered: In-Reply-To and References follow it. */
  inReplyTo?: string;
  references?: string[];
  /** Tandem's own Message-ID when a reply to this mail must find it (message-ids.ts). */
  messageId?: string;
}

export interface InboxContext {
  files: readonly SourceFile[];
  repository: Repository;
  today: IsoDate;
  /** Only messages about this program are handled; the others stay for another run. */
  program?: string;
  /** Absent in a dry run: nothing is written, sent or marked. */
  github?: GitHubTarget;
  send(mail: OutgoingMail): Promise<void>;
  /** A fresh nonce for a Message-ID. */
  nonce(): string;
  /** The day's application pull request of each program, gathered during the run and written once at its end. */
  batches: Map<string, ApplicationBatch>;
}

export interface ApplicationBatch {
  branch: string;
  program: Program;
  /** path -> text: what the branch holds (read once from its open pull request) plus what this run adds. */
  files: Map<string, string>;
  /** Paths this run added or replaced. */
  added: Set<string>;
  /** The entries and answers that wait for the batch to be written. */
  entries: InboxEntry[];
  answers: OutgoingMail[];
}

type EntryKind =
  | 'application'
  | 'contract'
  | 'signature'
  | 'check-in'
  | 'evaluation'
  | 'automatic'
  | 'not-for-tandem'
  | 'other-program'
  | 'refused';

export interface InboxEntry {
  uid: number;
  kind: EntryKind;
  /** `<program>/<record-id>` when the message is about one. */
  record?: string;
  /** What was done, in words (no name, no address). */
  outcome: string;
  /** Mark the message handled: false leaves it unread and untouched. */
  done: boolean;
  /** For the coordinator: why something was not done. */
  attention?: string;
  /** Marked only once the day's application pull request is written, at the end of the run (applications.ts). */
  deferred?: boolean;
}

/** Where Tandem answers from: the program's intake address, else the address its notices come from. */
export function senderOf(program: Program | undefined, fallback: string): { name: string; address: string } {
  const address = program?.intake?.email ?? program?.notices?.from.email ?? fallback;
  return { name: program?.notices?.from.name ?? program?.name ?? 'Mentoring program', address };
}

/** Every address Tandem writes from: a message from one of them is Tandem's own. */
export function ownAddresses(repository: Repository): string[] {
  return [...repository.programs.values()].flatMap(({ data }) =>
    [data.intake?.email, data.notices?.from.email]
      .filter((address): address is string => address !== undefined)
      .map((a) => a.toLowerCase()),
  );
}

/** An answer to `mail`, from the program's address, threaded under it. */
export function answer(mail: IncomingMail, program: Program | undefined, fallback: string, reply: ReplyText): OutgoingMail {
  return {
    ...reply,
    from: senderOf(program, fallback),
    to: mail.from,
    ...(mail.messageId && { inReplyTo: mail.messageId, references: [...mail.references, mail.messageId] }),
  };
}
