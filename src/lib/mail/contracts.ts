/**
 * A contract received by email, and the signatures that follow by reply.
 *
 * The contract is accepted only from one of the two addresses of the pairing
 * it names (the pairing must be on file); it is validated and proposed
 * exactly as `contract:new` proposes it (submitContractDraft, its branch and
 * title), with a "Signatures" section in the body. Each party is then sent
 * the contract in words, asking for a reply I AGREE; that request's
 * Message-ID finds the contract again when the reply comes.
 *
 * A reply signs only when it comes from that party's own address, says
 * I AGREE in its own words (not in a quote), and its sender is authenticated
 * (authentication.ts). The signature's date and evidence are written into the
 * contract on the same pull request; a reply that fails is not counted and
 * the coordinator is told why on the pull request.
 */
import { yamlPackage } from '../yaml/yaml-package.ts';
import { openRecordPullRequest } from '../github/index.ts';
import { membersOf } from '../notices/members.ts';
import { recordBranch, recordToken } from '../submit/pull-request-names.ts';
import { recordPath } from '../submit/record-location.ts';
import { submitContractDraft, type SubmitPlan } from '../submit/submit-draft.ts';
import type { Contract, Pairing, Program } from '../types.generated.ts';
import { answer, senderOf, type InboxContext, type InboxEntry } from './context.ts';
import { commentOnPull, fileOnOpenPull, openPullNumber } from './github-branches.ts';
import type { IncomingMail } from './incoming.ts';
import { messageIdDomain, tandemMessageId } from './message-ids.ts';
import { invalidRecordReply, signedReply, signRequest } from './replies.ts';
import { saysIAgree } from './reply-text.ts';
import { signContractText, signingSection, signingState, SigningError, withSigningSection } from './signing.ts';

const fieldOf = (yaml: string, key: string): string | undefined => {
  try {
    const value: unknown = yamlPackage().parse(yaml, { schema: 'core' });
    const field = typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[key] : undefined;
    return typeof field === 'string' ? field : undefined;
  } catch {
    return undefined;
  }
};

/** Validates the contract text as contract:new does; the plan, or the problems. */
async function planContract(text: string, context: InboxContext) {
  return submitContractDraft({ files: context.files, draftText: text, today: context.today, dryRun: true, draftPath: 'the contract' });
}

/** Opens or updates the contract's pull request with `text`, the body carrying the signing state. */
async function proposeContract(plan: SubmitPlan, text: string, context: InboxContext) {
  const github = context.github!;
  return openRecordPullRequest(github.client, github.repo, {
    branch: plan.branch,
    files: { [plan.path]: text },
    commitMessage: plan.commitMessage,
    title: plan.title,
    body: withSigningSection(plan.body, signingSection(signingState(text))),
    labels: plan.labels,
    reviewers: plan.reviewers,
    mustNotExistOnBase: [plan.path],
  });
}

export async function handleContract(mail: IncomingMail, yaml: string, context: InboxContext): Promise<InboxEntry> {
  const programId = fieldOf(yaml, 'program') ?? '';
  const pairingId = fieldOf(yaml, 'pairing') ?? '';
  const record = `${programId}/${pairingId}`;
  if (context.program && programId !== context.program) {
    return { uid: mail.uid, kind: 'other-program', outcome: 'a contract for another program: left for its run', done: false };
  }
  const program = context.repository.programs.get(programId)?.data;
  const pairing = context.repository.pairings.get(record)?.data;
  if (!program || !pairing) {
    return {
      uid: mail.uid,
      kind: 'refused',
      outcome: 'a contract naming no pairing on file: refused',
      done: true,
      attention: `A contract arrived for ${record}, which is not a pairing on file; nothing was opened.`,
    };
  }
  const members = membersOf(pairing);
  if (!members.some((member) => member.email.toLowerCase() === mail.from)) {
    return {
      uid: mail.uid,
      kind: 'refused',
      record,
      outcome: 'sent from an address not on the pairing: refused',
      done: true,
      attention: `A contract for ${record} came from an address that is neither of the pair's; it was not accepted.`,
    };
  }
  const result = await planContract(yaml, context);
  if (result.status === 'invalid' || result.status === 'exists') {
    const diagnostics =
      result.status === 'invalid'
        ? result.diagnostics
        : [
            {
              file: '',
              line: 1,
              column: 1,
              severity: 'error' as const,
              rule: 'contract-pairing-exists' as const,
              message: "This pair's contract is already on file; to change it, write to the coordinator.",
            },
          ];
    if (context.github) await context.send(answer(mail, program, mail.from, invalidRecordReply('contract', mail.subject, diagnostics)));
    return { uid: mail.uid, kind: 'contract', record, outcome: `${result.status}: answered with what to fix`, done: true };
  }
  if (result.status !== 'dry-run') throw new Error('a dry run opened a pull request');
  if (!context.github)
    return { uid: mail.uid, kind: 'contract', record, outcome: 'valid: would open its pull request and ask both to sign', done: false };
  const opened = await proposeContract(result.plan, result.plan.content, context);
  const contract = yamlPackage().parse(result.plan.content, { schema: 'core' }) as Contract;
  const from = senderOf(program, mail.from);
  for (const [index, party] of contract.parties.entries()) {
    const request = signRequest(contract, program, index);
    await context.send({
      ...request,
      from,
      to: party.email,
      messageId: tandemMessageId(
        { purpose: 'sign', program: program.id, token: recordToken(program.id, pairingId), party: index },
        messageIdDomain(from.address),
        context.nonce(),
      ),
      ...(mail.messageId && { references: [mail.messageId] }),
    });
  }
  return {
    uid: mail.uid,
    kind: 'contract',
    record,
    outcome: `pull request #${opened.number} (${opened.outcome}); both asked to sign`,
    done: true,
  };
}

/** The pairing whose opaque token this is. */
export function pairingByToken(
  context: InboxContext,
  program: string,
  token: string,
): { id: string; pairing: Pairing; program: Program } | undefined {
  const programData = context.repository.programs.get(program)?.data;
  if (!programData) return undefined;
  for (const [key, { data }] of context.repository.pairings) {
    const id = key.slice(program.length + 1);
    if (key.startsWith(`${program}/`) && recordToken(program, id) === token) return { id, pairing: data, program: programData };
  }
  return undefined;
}

export async function handleSignature(
  mail: IncomingMail,
  text: string,
  ref: { program: string; token: string; party: number },
  context: InboxContext,
): Promise<InboxEntry> {
  if (context.program && ref.program !== context.program) {
    return { uid: mail.uid, kind: 'other-program', outcome: 'a signature for another program: left for its run', done: false };
  }
  const found = pairingByToken(context, ref.program, ref.token);
  if (!found) return { uid: mail.uid, kind: 'not-for-tandem', outcome: 'a reply about a pairing no longer on file', done: false };
  const record = `${ref.program}/${found.id}`;
  if (!saysIAgree(text)) {
    return {
      uid: mail.uid,
      kind: 'not-for-tandem',
      record,
      outcome: 'a reply to a signing request without I AGREE: left for a person',
      done: false,
    };
  }
  if (!context.github) return { uid: mail.uid, kind: 'signature', record, outcome: 'would check and record the signature', done: false };
  const path = recordPath('contract', ref.program, found.id);
  const branch = recordBranch('contract', ref.program, found.id);
  const current = await fileOnOpenPull(context.github, branch, path);
  if (current === undefined) {
    return {
      uid: mail.uid,
      kind: 'signature',
      record,
      outcome: 'no open contract pull request to sign: left for a person',
      done: false,
      attention: `An I AGREE for ${record} arrived, but its contract has no open pull request.`,
    };
  }
  const party = (yamlPackage().parse(current, { schema: 'core' }) as Contract).parties[ref.party];
  const notCounted = async (why: string): Promise<InboxEntry> => {
    const number = await openPullNumber(context.github!, branch);
    const message = `An I AGREE reply for party ${ref.party + 1}${party ? ` (${party.role})` : ''} was **not counted as a signature**: ${why}.`;
    if (number !== undefined) await commentOnPull(context.github!, number, message);
    return { uid: mail.uid, kind: 'signature', record, outcome: `not signed: ${why}`, done: true, attention: message.replace(/\*\*/g, '') };
  };
  if (!party || party.email.toLowerCase() !== mail.from) return notCounted("it did not come from that party's own address");
  if (!mail.authentication.authenticated)
    return notCounted(`the sender could not be authenticated (${mail.authentication.reason ?? mail.authentication.summary})`);
  let signed: string;
  try {
    signed = signContractText(current, ref.party, {
      date: context.today,
      messageId: mail.messageId,
      from: mail.from,
      authentication: mail.authentication.summary,
    });
  } catch (error) {
    if (error instanceof SigningError) return notCounted(error.message);
    throw error;
  }
  if (signed === current) return { uid: mail.uid, kind: 'signature', record, outcome: 'already recorded', done: true };
  const result = await planContract(signed, context);
  if (result.status !== 'dry-run') return notCounted(`the signed contract would not be valid (${result.status})`);
  const opened = await proposeContract(result.plan, signed, context);
  const both = signingState(signed).both;
  await context.send(answer(mail, found.program, mail.from, signedReply(mail.subject, both)));
  return {
    uid: mail.uid,
    kind: 'signature',
    record,
    outcome: `party ${ref.party + 1} signed${both ? ': signed by both' : ''} (pull request #${opened.number})`,
    done: true,
  };
}
