/**
 * IMAP_URL (imaps://user:app-password@imap.example.org/INBOX, or imap://
 * for a server without TLS from the start), checked before anything is read.
 * With IMAP_ACCESS_TOKEN set (an OAuth2 access token, which Google Workspace
 * and Microsoft 365 require), the URL names the user and no password, and
 * the login is XOAUTH2. Messages never repeat the URL or the token.
 */
export interface ImapSettings {
  host: string;
  port: number;
  secure: boolean;
  user: string;
  pass?: string;
  accessToken?: string;
  mailbox: string;
  /** The password, token and user name, so that output can be scrubbed of them. */
  secrets: string[];
}

export class ImapUrlError extends Error {
  override name = 'ImapUrlError';
}

export function parseImapUrl(value: string | undefined, accessToken?: string): ImapSettings {
  if (value === undefined || value.trim() === '') {
    throw new ImapUrlError(
      'the inbox needs IMAP_URL (for example imaps://user:app-password@imap.example.org/INBOX): set it in the environment or as the repository secret IMAP_URL.',
    );
  }
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    throw new ImapUrlError(
      'IMAP_URL is not a URL: write it as imaps://user:password@host/INBOX (percent-encode @, : and / in the password).',
    );
  }
  if (url.protocol !== 'imap:' && url.protocol !== 'imaps:') {
    throw new ImapUrlError(`IMAP_URL must start with imaps:// or imap://, not ${url.protocol.replace(/[^a-z0-9+.:-]/gi, '')}//.`);
  }
  if (url.hostname === '') throw new ImapUrlError('IMAP_URL names no host: write it as imaps://user:password@host/INBOX.');
  const user = decodeURIComponent(url.username);
  const pass = decodeURIComponent(url.password);
  const token = accessToken?.trim() || undefined;
  if (user === '') throw new ImapUrlError('IMAP_URL names no user: write it as imaps://user:password@host/INBOX.');
  if (pass === '' && token === undefined) {
    throw new ImapUrlError(
      'IMAP_URL has no password and IMAP_ACCESS_TOKEN is not set: give one of them (an app password, or an OAuth2 access token).',
    );
  }
  const secure = url.protocol === 'imaps:';
  const mailbox = decodeURIComponent(url.pathname.replace(/^\/+/, '')) || 'INBOX';
  const secrets = [pass, url.password, token ?? '', user, url.username].filter((secret) => secret.length >= 3);
  return {
    host: url.hostname,
    port: url.port ? Number(url.port) : secure ? 993 : 143,
    secure,
    user,
    ...(token !== undefined ? { accessToken: token } : { pass }),
    mailbox,
    secrets: [...new Set(secrets)],
  };
}
