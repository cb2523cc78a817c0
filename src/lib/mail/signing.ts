/**
 * Signing a contract by email: the contract file with one party's `signed`
 * date and the evidence of their reply written in (layout and comments
 * kept), and the contract's signing state for the pull request's body.
 */
import { createHash } from 'node:crypto';
import type { Scalar } from 'yaml';
import { yamlPackage } from '../yaml/yaml-package.ts';
import type { IsoDate } from '../dates.ts';

export interface SignatureEvidence {
  date: IsoDate;
  messageId: string;
  from: string;
  authentication: string;
}

export class SigningError extends Error {
  override name = 'SigningError';
}

/** The SHA-256 of a Message-ID, in hex: finds the reply in the mailbox without copying the id. */
export const messageIdHash = (messageId: string): string => createHash('sha256').update(messageId.trim()).digest('hex');

const quoted = (value: string): Scalar => Object.assign(new (yamlPackage().Scalar)(value), { type: 'QUOTE_DOUBLE' as const });

/** The contract text with party `index` signed by this reply; unchanged text when this very reply already signed it. */
export function signContractText(text: string, index: number, evidence: SignatureEvidence): string {
  const { isMap, isSeq, parseDocument } = yamlPackage();
  const document = parseDocument(text, { schema: 'core' });
  if (document.errors.length > 0) throw new SigningError('the contract file on the pull request is not valid YAML');
  const parties: unknown = document.get('parties');
  const party: unknown = isSeq(parties) ? parties.items[index] : undefined;
  if (!isMap(party)) throw new SigningError(`the contract has no party ${index + 1}`);
  const hash = messageIdHash(evidence.messageId);
  if (document.getIn(['parties', index, 'signature', 'messageId']) === hash) return text;
  document.setIn(['parties', index, 'signed'], quoted(evidence.date));
  const signature = document.createNode({
    method: 'email-reply',
    messageId: hash,
    from: evidence.from,
    authentication: evidence.authentication.slice(0, 300),
  });
  document.setIn(['parties', index, 'signature'], signature);
  return document.toString({ lineWidth: 0 });
}

export interface SigningState {
  parties: { role: string; signedByEmail: boolean; signed?: string }[];
  both: boolean;
}

export function signingState(text: string): SigningState {
  const document = yamlPackage().parseDocument(text, { schema: 'core' });
  const parties = (document.toJS() as { parties?: unknown } | null)?.parties;
  const list = Array.isArray(parties) ? (parties as Record<string, unknown>[]) : [];
  const states = list.map((party) => ({
    role: typeof party['role'] === 'string' ? party['role'] : 'party',
    signedByEmail: typeof party['signature'] === 'object' && party['signature'] !== null,
    ...(typeof party['signed'] === 'string' && { signed: party['signed'] }),
  }));
  return { parties: states, both: states.length === 2 && states.every((party) => party.signedByEmail) };
}

const SIGNING_SECTION = '<!-- tandem:signing -->';

/** The pull request body's signing section: "Signed by both" once both replied I AGREE, else who is awaited. */
export function signingSection(state: SigningState): string {
  const lines = state.parties.map(
    (party, index) =>
      `- Party ${index + 1} (${party.role}): ${party.signedByEmail ? `signed by email reply on ${party.signed ?? 'an unknown date'}` : 'awaiting their I AGREE reply'}`,
  );
  const head = state.both
    ? '**Signed by both**: each party replied I AGREE from their own, authenticated address.'
    : '**Not yet signed by both**: each party was sent the contract and asked to reply I AGREE. Do not merge before both have signed.';
  return [SIGNING_SECTION, '### Signatures', '', head, '', ...lines].join('\n');
}

/** `body` with its signing section replaced (or added at the end). */
export function withSigningSection(body: string, section: string): string {
  const at = body.indexOf(SIGNING_SECTION);
  return at < 0 ? `${body.trimEnd()}\n\n${section}` : `${body.slice(0, at).trimEnd()}\n\n${section}`;
}
