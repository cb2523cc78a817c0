/**
 * A real SMTP server on 127.0.0.1 (the nodemailer project's smtp-server),
 * with a login and fault injection: a recipient can be refused (4xx or 5xx)
 * a number of times. Messages are kept raw, with their envelope.
 */
import type { AddressInfo } from 'node:net';
import { SMTPServer, type SMTPServerAddress } from 'smtp-server';

export interface ReceivedMail {
  from: string;
  to: string[];
  raw: string;
}

interface Refusal {
  code: number;
  times: number;
}

export class SmtpTestServer {
  readonly mails: ReceivedMail[] = [];
  readonly #refusals = new Map<string, Refusal>();
  readonly #server: SMTPServer;
  port = 0;
  readonly user: string;
  readonly password: string;

  constructor(user: string, password: string) {
    this.user = user;
    this.password = password;
    this.#server = new SMTPServer({
      secure: false,
      authOptional: false,
      allowInsecureAuth: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      onAuth: (auth, _session, callback) => {
        if (auth.username === user && auth.password === password) callback(null, { user });
        else callback(Object.assign(new Error('Invalid username or password'), { responseCode: 535 }));
      },
      onRcptTo: (address: SMTPServerAddress, _session, callback) => {
        const refusal = this.#refusals.get(address.address.toLowerCase());
        if (refusal && refusal.times > 0) {
          refusal.times -= 1;
          callback(Object.assign(new Error(`Mailbox ${address.address} unavailable`), { responseCode: refusal.code }));
          return;
        }
        callback();
      },
      onData: (stream, session, callback) => {
        const chunks: Buffer[] = [];
        stream.on('data', (chunk: Buffer) => chunks.push(chunk));
        stream.on('end', () => {
          this.mails.push({
            from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
            to: session.envelope.rcptTo.map((rcpt) => rcpt.address),
            raw: Buffer.concat(chunks).toString('utf8'),
          });
          callback();
        });
      },
    });
  }

  static async start(user = 'tandem', password = 'S3cret-pa55word'): Promise<SmtpTestServer> {
    const server = new SmtpTestServer(user, password);
    await new Promise<void>((resolve) => server.#server.listen(0, '127.0.0.1', () => resolve()));
    server.port = (server.#server.server.address() as AddressInfo).port;
    return server;
  }

  get url(): string {
    return `smtp://${encodeURIComponent(this.user)}:${encodeURIComponent(this.password)}@127.0.0.1:${this.port}`;
  }

  /** Refuses mail to `address` with `code` for the next `times` attempts. */
  refuse(address: string, code: number, times = Number.POSITIVE_INFINITY): void {
    this.#refusals.set(address.toLowerCase(), { code, times });
  }

  close(): Promise<void> {
    return new Promise((resolve) => this.#server.close(() => resolve()));
  }
}

/** The headers of a raw message, unfolded, RFC 2047 words decoded, by lowercase name. */
export function headersOf(raw: string): Map<string, string> {
  const head = raw.slice(0, raw.search(/\r?\n\r?\n/));
  const headers = new Map<string, string>();
  for (const line of head.replace(/\r?\n[ \t]+/g, ' ').split(/\r?\n/)) {
    const colon = line.indexOf(':');
    headers.set(line.slice(0, colon).toLowerCase(), decodeWords(line.slice(colon + 1).trim()));
  }
  return headers;
}

function decodeWords(value: string): string {
  return value
    .replace(/\?=\s+=\?/g, '?==?')
    .replace(/=\?([^?]+)\?([BbQq])\?([^?]*)\?=/g, (_, _charset: string, encoding: string, text: string) =>
      encoding.toUpperCase() === 'B' ? Buffer.from(text, 'base64').toString('utf8') : decodeQuotedPrintable(text.replace(/_/g, ' ')),
    );
}

function decodeQuotedPrintable(text: string): string {
  const bytes: number[] = [];
  const source = text.replace(/=\r?\n/g, '');
  for (let i = 0; i < source.length; i += 1) {
    if (source[i] === '=' && /^[0-9A-F]{2}$/i.test(source.slice(i + 1, i + 3))) {
      bytes.push(parseInt(source.slice(i + 1, i + 3), 16));
      i += 2;
    } else {
      bytes.push(...Buffer.from(source[i]!, 'utf8'));
    }
  }
  return Buffer.from(bytes).toString('utf8');
}

/** The decoded text/plain and text/html parts of a raw message (multipart/alternative as nodemailer writes it). */
export function partsOf(raw: string): { text?: string; html?: string; contentTypes: string[] } {
  const boundary = /boundary="?([^";\r\n]+)"?/.exec(raw)?.[1];
  const result: { text?: string; html?: string; contentTypes: string[] } = { contentTypes: [] };
  if (!boundary) return result;
  for (const part of raw.split(`--${boundary}`).slice(1, -1)) {
    const split = part.search(/\r?\n\r?\n/);
    const headers = headersOf(part.replace(/^\r?\n/, ''));
    const body = part.slice(split).replace(/^\r?\n\r?\n/, '');
    const type = headers.get('content-type') ?? '';
    result.contentTypes.push(type);
    const encoding = headers.get('content-transfer-encoding') ?? '7bit';
    const decoded =
      encoding === 'base64'
        ? Buffer.from(body, 'base64').toString('utf8')
        : encoding === 'quoted-printable'
          ? decodeQuotedPrintable(body)
          : body;
    if (type.startsWith('text/plain')) result.text = decoded;
    if (type.startsWith('text/html')) result.html = decoded;
  }
  return result;
}
