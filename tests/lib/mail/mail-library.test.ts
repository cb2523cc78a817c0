import { describe, expect, it } from 'vitest';
import { verdictFromHeader, verdictFromMailauth } from '../../../src/lib/mail/authentication.ts';
import { automaticKind } from '../../../src/lib/mail/automatic.ts';
import { parseImapUrl } from '../../../src/lib/mail/imap-url.ts';
import type { IncomingMail } from '../../../src/lib/mail/incoming.ts';
import { answeredTandemMessage, parseTandemMessageId, tandemMessageId } from '../../../src/lib/mail/message-ids.ts';
import { mimeLimitProblem, tooLarge } from '../../../src/lib/mail/mime-limits.ts';
import { newText, saysIAgree } from '../../../src/lib/mail/reply-text.ts';
import { messageIdHash, signContractText, signingSection, signingState } from '../../../src/lib/mail/signing.ts';

function mail(headers: Record<string, string> = {}, extra: Partial<IncomingMail> = {}): IncomingMail {
  return {
    uid: 1,
    messageId: '<m@example.edu>',
    from: 'ada@example.edu',
    subject: 'Hello',
    text: '',
    references: [],
    headers: new Map(Object.entries(headers).map(([key, value]) => [key.toLowerCase(), [value]])),
    contentType: 'text/plain',
    authentication: { authenticated: false, summary: 'none' },
    ...extra,
  };
}

describe('automatic mail is never answered', () => {
  it.each([
    ['auto-reply', mail({ 'Auto-Submitted': 'auto-replied' })],
    ['auto-reply', mail({ 'X-Autoreply': 'yes' })],
    ['auto-reply', mail({}, { subject: 'Automatic reply: Contract: 2026-lee-okafor' })],
    ['bounce', mail({}, { returnPath: '' })],
    ['bounce', mail({}, { from: 'mailer-daemon@example.org' })],
    ['bounce', mail({}, { contentType: 'multipart/report' })],
    ['mailing-list', mail({ 'List-Id': '<x.example.org>' })],
    ['mailing-list', mail({ Precedence: 'bulk' })],
    ['own-message', mail({}, { from: 'mentoring-program@example.org' })],
    ['own-message', mail({ 'X-Tandem': 'inbox' })],
  ])('%s', (kind, message) => {
    expect(automaticKind(message, ['mentoring-program@example.org'])).toBe(kind);
  });

  it("answers a person, even one whose mail program sets Auto-Submitted: no or Outlook's usual suppress header", () => {
    expect(automaticKind(mail({ 'Auto-Submitted': 'no', 'X-Auto-Response-Suppress': 'DR, RN, NRN' }), [])).toBeUndefined();
  });
});

describe('what a person wrote in a reply', () => {
  it('leaves out quoted lines and everything below the quote header', () => {
    expect(newText('Fine by me.\n\nOn Mon, 1 Mar 2026 at 10:00, Tandem <t@example.org>\nwrote:\n> reply I AGREE')).toBe('Fine by me.');
    expect(newText('Yes\r\n-----Original Message-----\r\nFrom: x\r\nI AGREE')).toBe('Yes');
    expect(newText('Ok\n\nFrom: Tandem\nSent: Monday\nI AGREE')).toBe('Ok');
  });

  it("signs with the person's own I AGREE only", () => {
    expect(saysIAgree('I agree.')).toBe(true);
    expect(saysIAgree('i\u00a0AGREE!')).toBe(true);
    expect(saysIAgree('> I AGREE')).toBe(false);
    expect(saysIAgree('I disagree')).toBe(false);
    expect(saysIAgree('Thanks\n\nOn Sun, Tandem wrote:\nI AGREE')).toBe(false);
  });
});

describe('authentication', () => {
  it('passes DMARC, or a DKIM signature aligned with the From domain', () => {
    const pass = verdictFromMailauth('ada@mail.example.edu', {
      dkim: { results: [{ signingDomain: 'example.edu', status: { result: 'pass' } }] },
      dmarc: false,
    });
    expect(pass).toMatchObject({
      authenticated: true,
      summary: 'dkim=pass header.d=example.edu; spf=none; dmarc=none header.from=mail.example.edu',
    });
    expect(verdictFromMailauth('ada@example.edu', { dmarc: { status: { result: 'pass' } } }).authenticated).toBe(true);
  });

  it('refuses a forged or unsigned message, saying why', () => {
    const forged = verdictFromMailauth('ada@example.edu', {
      dkim: { results: [{ signingDomain: 'forger.example.net', status: { result: 'pass' } }] },
      dmarc: { status: { result: 'fail' } },
    });
    expect(forged).toMatchObject({ authenticated: false, reason: expect.stringContaining('DMARC failed for example.edu') });
    expect(verdictFromMailauth('ada@example.edu', {}).reason).toBe('the message carries no DKIM signature and no DMARC pass');
  });

  it('trusts only the topmost Authentication-Results of the configured server', () => {
    const headers = [
      'mx.google.com; dkim=pass header.i=@example.edu header.s=s1 header.b=abc; spf=pass smtp.mailfrom=ada@example.edu; dmarc=pass (p=NONE) header.from=example.edu',
      'forger.example.net; dmarc=pass header.from=example.edu',
    ];
    expect(verdictFromHeader('ada@example.edu', headers, 'mx.google.com').authenticated).toBe(true);
    expect(verdictFromHeader('ada@example.edu', headers.slice(1), 'mx.google.com')).toMatchObject({
      authenticated: false,
      reason: 'no Authentication-Results header from the trusted server mx.google.com',
    });
    expect(
      verdictFromHeader(
        'ada@example.edu',
        ['mx.google.com; dkim=fail header.d=example.edu; dmarc=fail header.from=example.edu'],
        'mx.google.com',
      ).reason,
    ).toContain('DMARC failed');
  });
});

describe("Tandem's message ids", () => {
  it('round-trip, and a reply finds the message it answers among its references', () => {
    const notice = {
      purpose: 'notice' as const,
      notice: 'evaluation-due',
      program: 'cala',
      token: '0123456789ab',
      due: '2026-12-01',
      item: 'program-evaluation',
    };
    const id = tandemMessageId(notice, 'example.org', 'f00d');
    expect(parseTandemMessageId(id)).toEqual(notice);
    const sign = tandemMessageId({ purpose: 'sign', program: 'alao', token: 'abcdefabcdef', party: 1 }, 'example.org', 'beef');
    expect(answeredTandemMessage(['<other@x>', id, sign])).toEqual({ purpose: 'sign', program: 'alao', token: 'abcdefabcdef', party: 1 });
    expect(answeredTandemMessage(['<other@x>'])).toBeUndefined();
  });
});

describe('limits', () => {
  it('refuses a message over the size limit before it is fetched', () => {
    expect(tooLarge(30 * 1024 * 1024)).toBe('30.0 MB, over the 10 MB limit');
    expect(tooLarge(50_000)).toBeUndefined();
  });

  it('measures nesting by the open boundaries, so that siblings do not add up', () => {
    const sibling = (n: number) => `Content-Type: multipart/alternative; boundary="s${n}"\r\n\r\n--s${n}\r\ntext\r\n--s${n}--\r\n`;
    const flat = `Content-Type: multipart/mixed; boundary="top"\r\n\r\n${Array.from({ length: 30 }, (_, n) => `--top\r\n${sibling(n)}`).join('')}--top--\r\n`;
    expect(mimeLimitProblem(flat)).toBeUndefined();
    let deep = 'x\r\n';
    for (let n = 0; n < 13; n += 1) deep = `Content-Type: multipart/mixed; boundary=b${n}\r\n\r\n--b${n}\r\n${deep}--b${n}--\r\n`;
    expect(mimeLimitProblem(deep)).toBe('MIME parts nested more than 12 deep');
  });
});

describe('signing a contract file', () => {
  const contract = `program: alao\n# the pair's own words\nparties:\n  - role: mentor\n    name: Jordan Lee\n    email: jordan.lee@example.edu\n    signed: 2026-02-20\n  - role: mentee\n    name: Ada Okafor\n    email: ada.okafor@example.edu\n    signed: 2026-02-21\n`;

  it('writes the date and the evidence, keeps comments, and is unchanged when the same reply comes again', () => {
    const evidence = {
      date: '2026-03-01',
      messageId: '<r@example.edu>',
      from: 'ada.okafor@example.edu',
      authentication: 'dkim=pass header.d=example.edu',
    };
    const signed = signContractText(contract, 1, evidence);
    expect(signed).toContain("# the pair's own words");
    expect(signed).toContain(
      `signed: "2026-03-01"\n    signature:\n      method: email-reply\n      messageId: ${messageIdHash('<r@example.edu>')}`,
    );
    expect(signContractText(signed, 1, evidence)).toBe(signed);
    expect(signingState(signed)).toMatchObject({ both: false, parties: [{ signedByEmail: false }, { signedByEmail: true }] });
    const both = signContractText(signed, 0, { ...evidence, messageId: '<s@example.edu>', from: 'jordan.lee@example.edu' });
    expect(signingSection(signingState(both))).toContain('**Signed by both**');
    expect(signingSection(signingState(signed))).toContain('Do not merge before both have signed');
  });
});

describe('IMAP_URL', () => {
  it('reads a password URL and an OAuth2 token, never repeating a secret in its errors', () => {
    expect(parseImapUrl('imaps://box%40example.org:app%2Fpw@imap.example.org/Tandem')).toMatchObject({
      host: 'imap.example.org',
      port: 993,
      secure: true,
      user: 'box@example.org',
      pass: 'app/pw',
      mailbox: 'Tandem',
    });
    expect(parseImapUrl('imaps://box@example.org@outlook.office365.com', 'ya29.token')).toMatchObject({
      accessToken: 'ya29.token',
      mailbox: 'INBOX',
    });
    expect(() => parseImapUrl('imaps://box@imap.example.org')).toThrow('IMAP_ACCESS_TOKEN is not set');
    expect(() => parseImapUrl('https://u:secret-pw@x')).toThrow(/^IMAP_URL must start with imaps:\/\/ or imap:\/\/, not https:\/\/\.$/);
    expect(() => parseImapUrl(undefined)).toThrow('needs IMAP_URL');
  });
});
