/**
 * The words of Tandem's answers by email, plain text: what to fix in an
 * application (the validator's own messages, field by field), that an
 * application arrived, and the contract in words with "reply I AGREE to
 * sign" for each party. No answer repeats another person's data: each party
 * sees the contract they are part of, nothing more.
 */
import type { Diagnostic } from '../diagnostics.ts';
import { frequencyLabel } from '../program/frequency.ts';
import { optionLabel } from '../submit/pull-request-text.ts';
import type { Contract, Program } from '../types.generated.ts';

export interface ReplyText {
  subject: string;
  text: string;
}

const reSubject = (subject: string): string => (/^\s*re\s*:/i.test(subject) ? subject : `Re: ${subject}`);

/** "line 4: The email is not an email address." for each error, then the warnings. */
function problemLines(diagnostics: readonly Diagnostic[]): string[] {
  const line = (d: Diagnostic) => `- ${d.line > 1 ? `line ${d.line} of the record: ` : ''}${d.message}`;
  const errors = diagnostics.filter((d) => d.severity === 'error').map(line);
  const warnings = diagnostics.filter((d) => d.severity === 'warning').map(line);
  return [...errors, ...(warnings.length > 0 ? ['', 'Worth a look, though not a reason to refuse it:', ...warnings] : [])];
}

export function invalidRecordReply(kind: 'application' | 'contract', subject: string, diagnostics: readonly Diagnostic[]): ReplyText {
  return {
    subject: reSubject(subject),
    text: [
      `Thank you for your ${kind}. It could not be accepted yet, because of what follows:`,
      '',
      ...problemLines(diagnostics),
      '',
      `Please correct it in the online form (or in the record in your message) and send it again: the new ${kind} replaces this one.`,
      '',
      "This answer was written automatically by the program's mailbox.",
    ].join('\n'),
  };
}

export function unreadableRecordReply(kind: 'application' | 'contract', subject: string, problem: string): ReplyText {
  return {
    subject: reSubject(subject),
    text: [
      `Thank you for your ${kind}. It could not be read: ${problem}.`,
      '',
      `Please send it again with "Send by email" on the program's online form, without changing the lines between the markers.`,
      '',
      "This answer was written automatically by the program's mailbox.",
    ].join('\n'),
  };
}

export function applicationReceivedReply(subject: string, program: Program): ReplyText {
  return {
    subject: reSubject(subject),
    text: [
      `Thank you: your application to the ${program.name} has arrived and is valid.`,
      '',
      'A coordinator will review it; you will hear from the program when pairs are matched. To change it, send it again from the same address: the new one replaces this one.',
      '',
      "This answer was written automatically by the program's mailbox.",
    ].join('\n'),
  };
}

/** The contract in words, for the party at `index`, asking them to reply I AGREE. */
export function signRequest(contract: Contract, program: Program, index: number): ReplyText {
  const party = contract.parties[index];
  const other = contract.parties[1 - index];
  const role = (value: string) => optionLabel('contract', ['parties', 0, 'role'], value).toLowerCase();
  const methods = contract.meetings.methods.map((method) => optionLabel('contract', ['meetings', 'methods', 0], method)).join(', ');
  return {
    subject: `Please sign: your ${program.shortName ?? program.name} contract ${contract.pairing}`,
    text: [
      `Dear ${party?.name ?? 'participant'},`,
      '',
      `Your contract with ${other?.name ?? 'your partner'} in the ${program.name} has arrived. Here it is in words:`,
      '',
      `- You take part as ${role(party?.role ?? 'peer')}; ${other?.name ?? 'your partner'} as ${role(other?.role ?? 'peer')}.`,
      `- You start on ${contract.start}${contract.durationMonths !== undefined ? ` for ${contract.durationMonths} months` : ''}.`,
      `- You meet ${frequencyLabel(contract.meetings.frequency).toLowerCase()}, by ${methods.toLowerCase()}.`,
      '- Your goals:',
      ...(contract.goals ?? []).map((goal, n) => `  ${n + 1}. ${goal}`),
      ...((contract.additionalGoals ?? []).length > 0
        ? ['- Further goals:', ...(contract.additionalGoals ?? []).map((goal) => `  * ${goal}`)]
        : []),
      '',
      'To sign, reply to this email from this address with the words:',
      '',
      '    I AGREE',
      '',
      'If something is wrong, do not sign: send the corrected contract again from the online form, and both of you will be asked again.',
      '',
      "This message was written automatically by the program's mailbox.",
    ].join('\n'),
  };
}

export function signedReply(subject: string, both: boolean): ReplyText {
  return {
    subject: reSubject(subject),
    text: [
      'Thank you: your signature is recorded.',
      both
        ? 'Both of you have now signed; a coordinator will review and file the contract.'
        : "We are waiting for the other party's I AGREE.",
      '',
      "This answer was written automatically by the program's mailbox.",
    ].join('\n'),
  };
}
