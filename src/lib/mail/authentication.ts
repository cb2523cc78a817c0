/**
 * Whether a message really comes from the address in its From: DKIM, SPF and
 * DMARC as mailauth computed them, or the Authentication-Results header that
 * the receiving provider (a configured, trusted authserv-id) wrote on
 * arrival. Only an aligned pass authenticates: DMARC pass, or a DKIM
 * signature that passes for the From domain (or its parent). Anything else
 * (fail, none, a missing header, another server's header) does not, and the
 * verdict says why in a line a coordinator can read.
 */
export interface AuthenticationVerdict {
  authenticated: boolean;
  /** The results, e.g. "dkim=pass header.d=example.edu; spf=none; dmarc=pass header.from=example.edu". */
  summary: string;
  /** Why the sender is not authenticated, when they are not. */
  reason?: string;
}

/** The part of mailauth's `authenticate()` result read here. */
export interface MailauthResult {
  dkim?: { results?: ReadonlyArray<{ signingDomain?: string; status?: { result?: string; aligned?: string | false } }> };
  spf?: false | { domain?: string; status?: { result?: string } };
  dmarc?: false | { domain?: string; status?: { result?: string } };
}

const domainOf = (address: string): string => address.slice(address.lastIndexOf('@') + 1).toLowerCase();

/** Relaxed alignment: the same domain, or one is a subdomain of the other. */
function aligned(signing: string, fromDomain: string): boolean {
  const a = signing.toLowerCase();
  return a === fromDomain || fromDomain.endsWith(`.${a}`) || a.endsWith(`.${fromDomain}`);
}

export function verdictFromMailauth(from: string, result: MailauthResult): AuthenticationVerdict {
  const fromDomain = domainOf(from);
  const dkim = result.dkim?.results ?? [];
  const dkimPass = dkim.find(
    (entry) => entry.status?.result === 'pass' && (entry.status.aligned || aligned(entry.signingDomain ?? '', fromDomain)),
  );
  const dkimText =
    dkim.length === 0
      ? 'dkim=none'
      : dkim.map((entry) => `dkim=${entry.status?.result ?? 'none'} header.d=${entry.signingDomain ?? '?'}`).join('; ');
  const spf = result.spf
    ? `spf=${result.spf.status?.result ?? 'none'}${result.spf.domain ? ` smtp.mailfrom=${result.spf.domain}` : ''}`
    : 'spf=none';
  const dmarcResult = result.dmarc ? (result.dmarc.status?.result ?? 'none') : 'none';
  const summary = `${dkimText}; ${spf}; dmarc=${dmarcResult} header.from=${fromDomain}`;
  if (dmarcResult === 'pass' || dkimPass) return { authenticated: true, summary };
  const reason =
    dmarcResult === 'fail'
      ? `DMARC failed for ${fromDomain}: the message was not sent by a server allowed to send for that domain`
      : dkim.some((entry) => entry.status?.result === 'pass')
        ? `the DKIM signature is not from ${fromDomain} (it is not aligned with the From address)`
        : dkim.length > 0
          ? `the DKIM signature does not verify (result ${dkim[0]?.status?.result ?? 'none'}): the message was changed or forged`
          : 'the message carries no DKIM signature and no DMARC pass';
  return { authenticated: false, summary, reason };
}

/**
 * The verdict of the topmost Authentication-Results header written by
 * `authservId` (RFC 8601). Headers are given top first, as the message has
 * them; one from any other server, further down, may be the sender's own forgery and is ignored.
 */
export function verdictFromHeader(from: string, headers: readonly string[], authservId: string): AuthenticationVerdict {
  const fromDomain = domainOf(from);
  const id = authservId.toLowerCase();
  const value = headers.find((candidate) => candidate.split(';')[0]?.trim().split(/\s+/)[0]?.toLowerCase() === id);
  if (value === undefined) {
    return { authenticated: false, summary: 'none', reason: `no Authentication-Results header from the trusted server ${authservId}` };
  }
  const results = value
    .split(';')
    .slice(1)
    .map((part) =>
      part
        .replace(/\([^)]*\)/g, ' ')
        .replace(/\s+/g, ' ')
        .trim(),
    )
    .filter(Boolean);
  const method = (name: string) => results.filter((entry) => entry.toLowerCase().startsWith(`${name}=`));
  const resultOf = (entry: string) => /^[a-z]+=([a-z]+)/i.exec(entry)?.[1]?.toLowerCase() ?? 'none';
  const summary = results.join('; ') || 'none';
  const dmarc = method('dmarc').map(resultOf);
  const dkimPass = method('dkim').some((entry) => {
    const d = /header\.d=([^\s;]+)/i.exec(entry)?.[1];
    return resultOf(entry) === 'pass' && d !== undefined && aligned(d, fromDomain);
  });
  if (dmarc.includes('pass') || dkimPass) return { authenticated: true, summary };
  const reason = dmarc.includes('fail')
    ? `${authservId} reports DMARC failed for ${fromDomain}`
    : `${authservId} reports no aligned DKIM or DMARC pass for ${fromDomain}`;
  return { authenticated: false, summary, reason };
}
