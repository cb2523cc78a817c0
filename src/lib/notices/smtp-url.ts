/**
 * SMTP_URL (smtp://user:password@host:587, or smtps:// for TLS from the
 * start), checked before anything is sent. Messages about it never repeat
 * the URL, which holds the password.
 */
export interface SmtpSettings {
  url: string;
  host: string;
  /** The password and user name, so that output can be scrubbed of them. */
  secrets: string[];
}

export class SmtpUrlError extends Error {
  override name = 'SmtpUrlError';
}

export function parseSmtpUrl(value: string | undefined): SmtpSettings {
  if (value === undefined || value.trim() === '') {
    throw new SmtpUrlError(
      '--send needs SMTP_URL (for example smtp://user:password@smtp.example.org:587): set it in the environment or as the repository secret SMTP_URL.',
    );
  }
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    throw new SmtpUrlError(
      'SMTP_URL is not a URL: write it as smtp://user:password@host:port (percent-encode @, : and / in the password).',
    );
  }
  if (url.protocol !== 'smtp:' && url.protocol !== 'smtps:') {
    throw new SmtpUrlError(`SMTP_URL must start with smtp:// or smtps://, not ${url.protocol.replace(/[^a-z0-9+.:-]/gi, '')}//.`);
  }
  if (url.hostname === '') throw new SmtpUrlError('SMTP_URL names no host: write it as smtp://user:password@host:port.');
  const secrets = [url.password, decodeURIComponent(url.password), url.username, decodeURIComponent(url.username)].filter(
    (secret) => secret.length >= 3,
  );
  return { url: url.toString(), host: url.hostname, secrets: [...new Set(secrets)] };
}

/** The text with every secret replaced by ***, for anything printed after a failure. */
export function redact(text: string, secrets: readonly string[]): string {
  let out = text;
  for (const secret of secrets) out = out.split(secret).join('***');
  return out;
}
