/**
 * `npm run inbox` against real servers: Dovecot (IMAP), the GitHub-shaped
 * server and the smtp-server test server. Messages are real MIME, DKIM-signed
 * with test keys whose DNS records mailauth reads through its resolver.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { main, runInbox, type InboxOptions } from '../../../scripts/inbox.ts';
import { runMain } from '../../support/run-main.ts';
import { DONE_KEYWORD } from '../../../scripts/inbox/imap.ts';
import { RECORD_BEGIN, RECORD_END, buildRecordMessage } from '../../../src/lib/mail/record-message.ts';
import { tandemMessageId } from '../../../src/lib/mail/message-ids.ts';
import { recordBranch, recordToken } from '../../../src/lib/submit/pull-request-names.ts';
import { DOVECOT, DovecotTestServer } from '../../support/dovecot.ts';
import { contentFilesOf, GitHubTestServer } from '../../support/github-server.ts';
import { MailFactory } from '../../support/mail-factory.ts';
import { restoreEnv } from '../../support/restore-env.ts';
import { headersOf, partsOf, SmtpTestServer } from '../../support/smtp-server.ts';

const TODAY = '2026-03-01';
const INTAKE = 'mentoring-program@example.org';
const LEE = 'jordan.lee@example.edu';
const OKAFOR = 'ada.okafor@example.edu';

let imap: DovecotTestServer;
let github: GitHubTestServer;
let smtp: SmtpTestServer;
let root: string;
/** The repository's files, as the GitHub server's default branch starts in each test. */
let contentFiles: Record<string, string>;
const mails = new MailFactory();
const savedEnv = { ...process.env };

// The checkout the inbox reads: made once for the file, since the inbox writes only to GitHub, never into it.
beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'tandem-inbox-'));
  cpSync(resolve('content/programs'), join(root, 'content/programs'), { recursive: true });
  cpSync(resolve('tests/fixtures/notices/content'), join(root, 'content'), { recursive: true });
  contentFiles = contentFilesOf(root);
});

afterAll(() => {
  // Nothing wrote into the checkout: what the server started from is still what it holds.
  expect(contentFilesOf(root)).toEqual(contentFiles);
  rmSync(root, { recursive: true, force: true });
});

beforeEach(async () => {
  // One Dovecot for the file (started in the describe below), a new empty INBOX for each test.
  imap.freshMailbox();
  [github, smtp] = await Promise.all([
    GitHubTestServer.start({ files: contentFiles, collaborators: { 'tamsin-a': 'write' } }),
    SmtpTestServer.start(),
  ]);
  Object.assign(process.env, github.env(), { IMAP_URL: imap.url, SMTP_URL: smtp.url });
  delete process.env['IMAP_ACCESS_TOKEN'];
  delete process.env['INBOX_AUTHSERV_ID'];
  delete process.env['GITHUB_STEP_SUMMARY'];
});

afterEach(async () => {
  restoreEnv(savedEnv);
  await Promise.all([github.close(), smtp.close()]);
});

const inbox = (options: InboxOptions = {}) => runInbox({ today: TODAY, root, resolver: mails.resolver, ...options });

const done = async (uid: number) => (await imap.flags()).get(uid)?.includes(DONE_KEYWORD) ?? false;
const unread = async (uid: number) => !((await imap.flags()).get(uid)?.includes('\\Seen') ?? true);

function application(name: string, email: string, extra = ''): string {
  return `program: "alcts"\ncycle: 2027\nname: "${name}"\nemail: "${email}"\nmember: true\nroles:\n  - "mentee"\ninterests:\n  - "Cataloging"\ncareerStage: "early"\nmethods:\n  - "video"\nsubmitted: "${TODAY}"\n${extra}`;
}

const CONTRACT = `program: "alao"
pairing: "2026-lee-okafor"
kind: "mentoring"
parties:
  - role: "mentor"
    name: "Jordan Lee"
    email: "${LEE}"
    signed: "2026-02-20"
  - role: "mentee"
    name: "Ada Okafor"
    email: "${OKAFOR}"
    signed: "2026-02-21"
goals:
  - "Prepare a dossier for continuing appointment"
start: "2026-03-02"
durationMonths: 10
meetings:
  frequency: "monthly"
  methods:
    - "email"
    - "phone"
`;

async function recordMail(
  kind: 'application' | 'contract',
  id: string,
  yaml: string,
  from: string,
  extra: Parameters<MailFactory['compose']>[0] | object = {},
) {
  const message = buildRecordMessage({ kind, id, summary: `A ${kind} sent from the online form.`, yaml });
  return mails.compose({ from, to: INTAKE, subject: message.subject, text: message.body, ...extra });
}

const sentTo = (address: string) => smtp.mails.filter((mail) => mail.to.includes(address));
const textOf = (raw: string) => partsOf(raw).text ?? raw.slice(raw.search(/\r?\n\r?\n/)).replace(/=\r?\n/g, '');

describe.skipIf(!DOVECOT)('npm run inbox against Dovecot, GitHub and SMTP', () => {
  beforeAll(async () => {
    imap = await DovecotTestServer.start();
  });
  afterAll(async () => {
    await imap.close();
  });

  it("turns a valid application into the day's pull request, answers the applicant, and marks the message", async () => {
    const [uid] = await imap.append(
      await recordMail('application', '2027-quill', application('Ada Quill', 'ada.quill@example.edu'), 'ada.quill@example.edu'),
    );
    const { report, failed } = await inbox();
    expect(failed).toBe(0);
    expect(report.entries).toMatchObject([{ kind: 'application', record: 'alcts/2027-quill', done: true }]);
    const pulls = github.pulls('tandem/applications-alcts-2026-03-01');
    expect(pulls).toHaveLength(1);
    expect(github.fileOn('tandem/applications-alcts-2026-03-01', 'content/applications/alcts/2027/2027-quill.yaml')).toContain('Ada Quill');
    expect(await done(uid!)).toBe(true);
    const [answer] = sentTo('ada.quill@example.edu');
    expect(headersOf(answer!.raw).get('auto-submitted')).toBe('auto-replied');
    expect(headersOf(answer!.raw).get('in-reply-to')).toMatch(/^<test-/);
    expect(textOf(answer!.raw)).toContain('has arrived and is valid');
  });

  it('adds later applications to the same pull request, and a resend from the same address replaces the earlier one', async () => {
    await imap.append(
      await recordMail('application', '2027-quill', application('Ada Quill', 'ada.quill@example.edu'), 'ada.quill@example.edu'),
      await recordMail('application', '2027-brook', application('Lena Brook', 'lena.brook@example.edu'), 'lena.brook@example.edu'),
      await recordMail(
        'application',
        '2027-quill',
        application('Ada Quill', 'ada.quill@example.edu', 'institution: "Second Thoughts Library"\n'),
        'ada.quill@example.edu',
      ),
    );
    const { report } = await inbox();
    expect(report.entries.map((entry) => entry.record)).toEqual(['alcts/2027-quill', 'alcts/2027-brook', 'alcts/2027-quill']);
    const branch = 'tandem/applications-alcts-2026-03-01';
    expect(github.pulls(branch)).toHaveLength(1);
    expect(github.pulls()).toHaveLength(1);
    expect(github.fileOn(branch, 'content/applications/alcts/2027/2027-brook.yaml')).toContain('Lena Brook');
    expect(github.fileOn(branch, 'content/applications/alcts/2027/2027-quill.yaml')).toContain('Second Thoughts Library');
    expect(github.fileOn(branch, 'content/applications/alcts/2027/2027-quill-2.yaml')).toBeUndefined();
  });

  it("answers an invalid application with what to fix, field by field, in the validator's words, and opens nothing", async () => {
    const invalid = application('Ada Quill', 'not-an-address').replace('careerStage: "early"', 'careerStage: "eternal"');
    const [uid] = await imap.append(await recordMail('application', '2027-quill', invalid, 'ada.quill@example.edu'));
    const { report } = await inbox();
    expect(report.entries).toMatchObject([{ kind: 'application', outcome: 'invalid: answered with what to fix', done: true }]);
    expect(github.pulls()).toHaveLength(0);
    const text = textOf(sentTo('ada.quill@example.edu')[0]!.raw);
    expect(text).toMatch(/line 4 of the record: .*email/i);
    expect(text).toMatch(/line \d+ of the record: .*career stage/i);
    expect(await done(uid!)).toBe(true);
  });

  it('refuses a contract from an address that is not on the pairing, and tells the coordinator', async () => {
    await imap.append(await recordMail('contract', '2026-lee-okafor', CONTRACT, 'stranger@example.net'));
    const { report } = await inbox();
    expect(report.entries).toMatchObject([{ kind: 'refused', record: 'alao/2026-lee-okafor', done: true }]);
    expect(report.entries[0]?.attention).toContain('neither of the pair');
    expect(github.pulls()).toHaveLength(0);
    expect(smtp.mails).toHaveLength(0);
  });

  it('opens the contract pull request, asks both to sign, and records each I AGREE: signed by both', async () => {
    await imap.append(await recordMail('contract', '2026-lee-okafor', CONTRACT, LEE));
    let run = await inbox();
    expect(run.report.entries).toMatchObject([{ kind: 'contract', record: 'alao/2026-lee-okafor', done: true }]);
    const branch = recordBranch('contract', 'alao', '2026-lee-okafor');
    const [pull] = github.pulls(branch);
    expect(pull?.body).toContain('Not yet signed by both');
    const requests = [LEE, OKAFOR].map((address) =>
      sentTo(address).find((mail) => /Please sign/.test(headersOf(mail.raw).get('subject') ?? ''))!,
    );
    expect(textOf(requests[1]!.raw)).toContain('I AGREE');
    expect(textOf(requests[1]!.raw)).toContain('Prepare a dossier for continuing appointment');

    const replies = await Promise.all(
      [LEE, OKAFOR].map(async (address, index) => {
        const id = headersOf(requests[index]!.raw).get('message-id')!;
        // The first replies in plain text above the quoted request; the second from a mail program that sends HTML only.
        const body =
          index === 0
            ? { text: 'I agree\n\nOn Sun, Mar 1, 2026, Tandem wrote:\n> To sign, reply with the words:\n> I AGREE\n' }
            : {
                html: '<div dir="ltr">I&nbsp;agree.</div><br><div class="gmail_quote"><blockquote>To sign, reply with the words: I AGREE</blockquote></div>',
              };
        return mails.compose({ from: address, to: INTAKE, subject: 'Re: Please sign', ...body, inReplyTo: id, references: [id] });
      }),
    );
    await imap.append(...replies);
    run = await inbox();
    expect(run.report.entries.map((entry) => entry.outcome)).toEqual([
      expect.stringContaining('party 1 signed'),
      expect.stringContaining('signed by both'),
    ]);
    const contract = github.fileOn(branch, 'content/contracts/alao/2026-lee-okafor.yaml')!;
    expect(contract).toContain(`signed: "${TODAY}"`);
    expect(contract).toMatch(
      /signature:\n\s+method: email-reply\n\s+messageId: [0-9a-f]{64}\n\s+from: jordan.lee@example.edu\n\s+authentication: .*dkim=pass/,
    );
    expect(github.pulls(branch)).toHaveLength(1);
    expect(github.pulls(branch)[0]?.body).toContain('**Signed by both**');
  });

  it("never signs with a forged From (DKIM fails), a quoted I AGREE alone, or another party's address; the coordinator is told why", async () => {
    await imap.append(await recordMail('contract', '2026-lee-okafor', CONTRACT, LEE));
    await inbox();
    const request = sentTo(OKAFOR).find((mail) => /Please sign/.test(headersOf(mail.raw).get('subject') ?? ''))!;
    const id = headersOf(request.raw).get('message-id')!;
    mails.keyFor('forger.example.net');
    const [forged, quotedOnly, wrongParty] = await imap.append(
      await mails.compose({
        from: OKAFOR,
        subject: 'Re: Please sign',
        text: 'I AGREE',
        inReplyTo: id,
        references: [id],
        signAs: 'forger.example.net',
      }),
      await mails.compose({ from: OKAFOR, subject: 'Re: Please sign', text: 'Thanks!\n\n> I AGREE', inReplyTo: id, references: [id] }),
      await mails.compose({ from: LEE, subject: 'Re: Please sign', text: 'I AGREE', inReplyTo: id, references: [id] }),
    );
    const { report } = await inbox();
    const branch = recordBranch('contract', 'alao', '2026-lee-okafor');
    expect(github.fileOn(branch, 'content/contracts/alao/2026-lee-okafor.yaml')).not.toContain('signature:');
    expect(report.entries[0]).toMatchObject({
      kind: 'signature',
      done: true,
      outcome: expect.stringContaining('not signed: the sender could not be authenticated'),
    });
    expect(report.entries[1]).toMatchObject({ kind: 'not-for-tandem', done: false });
    expect(report.entries[2]?.outcome).toContain("not that party's own address".replace("not that party's own", "that party's own"));
    const comments = [...github.comments.values()].map((comment) => comment.body);
    expect(comments.some((body) => /not counted as a signature\*\*: the sender could not be authenticated/.test(body))).toBe(true);
    expect(await done(forged!)).toBe(true);
    expect(await done(quotedOnly!)).toBe(false);
    expect(await done(wrongParty!)).toBe(true);
  });

  it('records a check-in from an HTML-only reply to the check-in notice, and an evaluation received', async () => {
    const checkIn = tandemMessageId(
      { purpose: 'notice', notice: 'check-in', program: 'alcts', token: recordToken('alcts', '2026-fern-hale'), due: '2026-03-01' },
      'example.org',
      'abc',
    );
    const evaluation = tandemMessageId(
      {
        purpose: 'notice',
        notice: 'evaluation-due',
        program: 'cala',
        token: recordToken('cala', '2026-wang-li'),
        due: '2026-03-15',
        item: 'program-evaluation',
      },
      'example.org',
      'def',
    );
    const fern = readFileSync(join(root, 'content/pairings/alcts/2026-fern-hale.yaml'), 'utf8');
    const cala = readFileSync(join(root, 'content/pairings/cala/2026-wang-li.yaml'), 'utf8');
    const fernEmail = /email: ([^\s,}]+)/.exec(fern)![1]!;
    const calaEmail = /email: ([^\s,}]+)/.exec(cala)![1]!;
    await imap.append(
      await mails.compose({
        from: fernEmail,
        subject: 'Re: Quarterly check-in',
        html: '<div dir="ltr"><p>All is well, we met twice.</p></div>',
        inReplyTo: checkIn,
        references: [checkIn],
      }),
      await mails.compose({
        from: calaEmail,
        subject: 'Re: Evaluation due',
        text: 'Submitted mine today.',
        inReplyTo: evaluation,
        references: [evaluation],
      }),
    );
    const { report } = await inbox({ today: '2026-11-10' });
    expect(report.entries).toMatchObject([
      { kind: 'check-in', record: 'alcts/2026-fern-hale', done: true },
      { kind: 'evaluation', record: 'cala/2026-wang-li', done: true },
    ]);
    expect(github.fileOn(recordBranch('pairing', 'alcts', '2026-fern-hale'), 'content/pairings/alcts/2026-fern-hale.yaml')).toContain(
      '"2026-11-10"',
    );
    expect(github.fileOn(recordBranch('pairing', 'cala', '2026-wang-li'), 'content/pairings/cala/2026-wang-li.yaml')).toMatch(
      /evaluation: program-evaluation[\s\S]*received: "2026-11-10"/,
    );
  });

  it('leaves out-of-office replies, bounces and mail not for Tandem unread and unanswered, and lists them', async () => {
    const uids = await imap.append(
      await mails.compose({
        from: LEE,
        subject: 'Out of office: Application: 2027-quill',
        text: 'I am away.',
        headers: { 'Auto-Submitted': 'auto-replied' },
      }),
      await mails.compose({
        from: 'mailer-daemon@example.org',
        subject: 'Undelivered Mail Returned to Sender',
        text: 'The mail could not be delivered.',
        returnPath: '',
      }),
      await mails.compose({ from: 'friend@example.net', subject: 'Lunch?', text: 'Lunch on Friday?' }),
      await mails.compose({ from: 'news@example.net', subject: 'Newsletter', text: 'News', headers: { 'List-Id': '<news.example.net>' } }),
    );
    const { report } = await inbox();
    expect(report.entries.map((entry) => entry.kind)).toEqual(['automatic', 'automatic', 'not-for-tandem', 'automatic']);
    expect(smtp.mails).toHaveLength(0);
    for (const uid of uids) {
      expect(await done(uid)).toBe(false);
      expect(await unread(uid)).toBe(true);
    }
    const { formatInboxText } = await import('../../../src/lib/mail/summary.ts');
    expect(formatInboxText(report)).toContain('1 message not for Tandem');
  });

  it('does nothing twice: a rerun handles no message again', async () => {
    await imap.append(
      await recordMail('application', '2027-quill', application('Ada Quill', 'ada.quill@example.edu'), 'ada.quill@example.edu'),
    );
    await inbox();
    const writes = github.writeRequests().length;
    const sent = smtp.mails.length;
    const { report } = await inbox();
    expect(report.entries).toEqual([]);
    expect(github.writeRequests().length).toBe(writes);
    expect(smtp.mails.length).toBe(sent);
  });

  it('after a crash between the pull request and the mark, a rerun opens no second pull request', async () => {
    const [contract, applicant] = await imap.append(
      await recordMail('contract', '2026-lee-okafor', CONTRACT, LEE),
      await recordMail('application', '2027-quill', application('Ada Quill', 'ada.quill@example.edu'), 'ada.quill@example.edu'),
    );
    // The runner dies once the day's application pull request is written, before its message is marked.
    await expect(
      inbox({
        beforeMark: (entry) => {
          if (entry.kind === 'application') throw new Error('the runner died');
        },
      }),
    ).rejects.toThrow('the runner died');
    expect(await done(contract!)).toBe(true);
    expect(await done(applicant!)).toBe(false);
    expect(github.pulls()).toHaveLength(2);
    const { report } = await inbox();
    expect(report.entries).toMatchObject([{ kind: 'application', outcome: expect.stringContaining('(unchanged)') }]);
    expect(github.pulls()).toHaveLength(2);
    expect(await done(applicant!)).toBe(true);
  });

  it('reads another charset and a reply quoting the whole earlier message', async () => {
    const latin1 = [
      `From: ${LEE}`,
      `To: ${INTAKE}`,
      'Subject: Application: 2027-daubigne',
      'Message-ID: <latin1-1@example.edu>',
      'MIME-Version: 1.0',
      'Content-Type: text/plain; charset=ISO-8859-1',
      'Content-Transfer-Encoding: quoted-printable',
      '',
      'Ren=E9e applies.',
      '',
      RECORD_BEGIN,
      ...application('Ren=E9e Daubign=E9', 'renee.daubigne@example.edu').trimEnd().split('\n'),
      RECORD_END,
      '',
    ].join('\n');
    const message = buildRecordMessage({
      kind: 'application',
      id: '2027-brook',
      summary: 'Again.',
      yaml: application('Lena Brook', 'lena.brook@example.edu'),
    });
    const quoted = `Sending it again, see below.\n\nOn Sun, Mar 1, 2026 at 10:00, Lena Brook <lena.brook@example.edu> wrote:\n${message.body
      .split('\n')
      .map((line) => `> ${line}`)
      .join('\n')}\n`;
    await imap.append(
      await mails.compose({ from: LEE, subject: '', raw: latin1 }),
      await mails.compose({ from: 'lena.brook@example.edu', subject: `Re: ${message.subject}`, text: quoted }),
    );
    const { report } = await inbox();
    expect(report.entries.map((entry) => [entry.record, entry.done])).toEqual([
      ['alcts/2027-daubigne', true],
      ['alcts/2027-brook', true],
    ]);
    expect(github.fileOn('tandem/applications-alcts-2026-03-01', 'content/applications/alcts/2027/2027-daubigne.yaml')).toContain(
      'Renée Daubigné',
    );
  });

  it('refuses a 30 MB message and a deeply nested MIME bomb within limits, leaving both unread', async () => {
    // 30 MB of plain text written straight into a buffer (composing and encoding it costs seconds of CPU).
    const head = `From: ${LEE}\r\nTo: ${INTAKE}\r\nSubject: Photos\r\nMessage-ID: <photos@example.edu>\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=us-ascii\r\n\r\n`;
    const big = Buffer.concat([Buffer.from(head), Buffer.alloc(30 * 1024 * 1024, `${'x'.repeat(76)}\r\n`)]);
    let bomb = 'nothing inside\r\n';
    for (let depth = 2000; depth > 0; depth -= 1)
      bomb = `Content-Type: multipart/mixed; boundary="b${depth}"\r\n\r\n--b${depth}\r\n${bomb}--b${depth}--\r\n`;
    const bombMessage = `From: ${LEE}\r\nTo: ${INTAKE}\r\nSubject: Application: 2027-bomb\r\nMessage-ID: <bomb@example.edu>\r\nMIME-Version: 1.0\r\n${bomb}`;
    const uids = await imap.append(big, bombMessage);
    // Refused by their size and depth, read from the server's envelope and structure, not by parsing 30 MB.
    const { report } = await inbox();
    expect(report.refused.map((refused) => refused.reason)).toEqual([
      expect.stringMatching(/MB, over the 10 MB limit/),
      expect.stringMatching(/nested more than 12 deep/),
    ]);
    for (const uid of uids) expect(await unread(uid)).toBe(true);
    expect(smtp.mails).toHaveLength(0);
  }, 60_000);

  it('--dry-run (through main, JSON) reads and checks only: nothing is written, sent or marked; without IMAP_URL it cannot run', async () => {
    const [uid] = await imap.append(
      await recordMail('application', '2027-quill', application('Ada Quill', 'ada.quill@example.edu'), 'ada.quill@example.edu'),
    );
    // The receiving server's header is trusted here, so no DNS is asked.
    const env = { ...process.env, INBOX_AUTHSERV_ID: 'mx.example.org', GITHUB_TOKEN: undefined };
    const run = await runMain(main, ['--dry-run', '--format', 'json', '--root', root, '--today', TODAY], { env });
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout) as { dryRun: boolean; entries: { kind: string; outcome: string }[] };
    expect(report).toMatchObject({ dryRun: true, entries: [{ kind: 'application', outcome: expect.stringContaining('would be added') }] });
    expect(run.stdout).not.toContain(imap.password);
    expect(github.writeRequests()).toEqual([]);
    expect(smtp.mails).toEqual([]);
    expect(await done(uid!)).toBe(false);
    const missing = await runMain(main, ['--dry-run', '--root', root], { env: { ...env, IMAP_URL: undefined } });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('the inbox needs IMAP_URL');
  });
});
