/**
 * Tandem's own Message-IDs, so that a reply finds what it answers: a reply
 * carries the id in In-Reply-To and References. The id names the purpose
 * (a notice of some kind, or a request to sign), the program and the
 * record's opaque token (never a name: the id travels in every reply), plus a
 * nonce so that no two messages share an id.
 *
 *   <tandem.notice.check-in.alcts.1a2b3c4d5e6f.2026-12-01.-.9f8e7d@example.org>
 *   <tandem.sign.alao.1a2b3c4d5e6f.0.9f8e7d@example.org>
 */
export type TandemReference =
  | { purpose: 'notice'; notice: string; program: string; token: string; due: string; item?: string }
  | { purpose: 'sign'; program: string; token: string; party: number };

const SLUG = '[a-z0-9][a-z0-9-]*';
const NOTICE = new RegExp(
  `^<tandem\\.notice\\.(${SLUG})\\.(${SLUG})\\.([0-9a-f]{12})\\.(\\d{4}-\\d{2}-\\d{2})\\.(${SLUG}|-)\\.[0-9a-z]+@[^>]+>$`,
  'i',
);
const SIGN = new RegExp(`^<tandem\\.sign\\.(${SLUG})\\.([0-9a-f]{12})\\.([01])\\.[0-9a-z]+@[^>]+>$`, 'i');

export function tandemMessageId(reference: TandemReference, domain: string, nonce: string): string {
  const tail = `${nonce.toLowerCase().replace(/[^0-9a-z]/g, '')}@${domain}`;
  return reference.purpose === 'notice'
    ? `<tandem.notice.${reference.notice}.${reference.program}.${reference.token}.${reference.due}.${reference.item ?? '-'}.${tail}>`
    : `<tandem.sign.${reference.program}.${reference.token}.${reference.party}.${tail}>`;
}

export function parseTandemMessageId(id: string): TandemReference | undefined {
  const notice = NOTICE.exec(id.trim());
  if (notice) {
    const [, kind = '', program = '', token = '', due = '', item = '-'] = notice;
    return { purpose: 'notice', notice: kind, program, token, due, ...(item !== '-' && { item }) };
  }
  const sign = SIGN.exec(id.trim());
  if (sign) return { purpose: 'sign', program: sign[1] ?? '', token: sign[2] ?? '', party: Number(sign[3]) };
  return undefined;
}

/** The Tandem message a reply answers: the last of its references that is Tandem's (In-Reply-To comes last). */
export function answeredTandemMessage(references: readonly string[]): TandemReference | undefined {
  for (const id of [...references].reverse()) {
    const parsed = parseTandemMessageId(id);
    if (parsed) return parsed;
  }
  return undefined;
}

/** The domain of an address, for the right-hand side of a Message-ID. */
export const messageIdDomain = (address: string): string => address.slice(address.lastIndexOf('@') + 1).toLowerCase() || 'tandem.invalid';
