import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { main } from '../../../scripts/notices.ts';
import { codeFrontmatter, codeRan, LANGUAGE_FENCES, RAN_GLOBAL } from '../../support/frontmatter-code.ts';
import { headersOf, partsOf, SmtpTestServer } from '../../support/smtp-server.ts';
import { reusableNoticesRepo } from '../../support/notices-repo.ts';
import { restoreEnv } from '../../support/restore-env.ts';

let smtp: SmtpTestServer;
let repo: ReturnType<typeof reusableNoticesRepo>;
let cwd: string;
const savedEnv = { ...process.env };

// One repository for the file, put back as it was after each test (the ledger, a changed contract or notice text).
beforeAll(() => {
  repo = reusableNoticesRepo();
});
afterAll(() => {
  repo.remove();
});

beforeEach(async () => {
  smtp = await SmtpTestServer.start();
  cwd = process.cwd();
  process.chdir(repo.root);
  process.env['SMTP_URL'] = smtp.url;
  process.env['SITE_URL'] = 'https://mentoring.example.org/';
  delete process.env['GITHUB_STEP_SUMMARY'];
});
afterEach(async () => {
  process.chdir(cwd);
  restoreEnv(savedEnv);
  repo.reset();
  await smtp.close();
  vi.restoreAllMocks();
});

async function notices(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => ((stdout += String(chunk)), true));
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => ((stderr += String(chunk)), true));
  try {
    const code = await main(args);
    return { code, stdout, stderr };
  } finally {
    vi.mocked(process.stdout.write).mockRestore();
    vi.mocked(process.stderr.write).mockRestore();
  }
}

const sent = () => smtp.mails.map((mail) => ({ to: [...mail.to].sort(), subject: headersOf(mail.raw).get('subject') }));
const PERSONAL = /Jordan|Okafor|Marsh|Tide|Fern|Hale|王芳|李明轩|@example\.(edu|org)/;

describe('npm run notices: the right notices on the right days', () => {
  it.each([
    ['2026-02-10', [['alao/2026-lee-okafor', 'pairing-notice']]],
    ['2026-03-02', [['alao/2026-lee-okafor', 'contract-due']]],
    ['2026-07-06', [['alao/2026-marsh-tide', 'ending-soon']]],
    [
      '2026-08-03',
      [
        ['alao/2026-marsh-tide', 'step-overdue:coordinator-told'],
        ['alao/2026-marsh-tide', 'step-overdue:final-meeting'],
      ],
    ],
    ['2026-09-07', [['alcts/2026-fern-hale', 'check-in']]],
    [
      '2027-04-20',
      [
        ['alcts/2026-fern-hale', 'ending-soon'],
        ['cala/2026-wang-li', 'evaluation-due:program-evaluation'],
      ],
    ],
    ['2026-05-20', []],
  ])('on %s (dry run, JSON)', async (today, expected) => {
    const result = await notices(['--today', today, '--format', 'json', '--ledger-file', 'ledger.json']);
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout) as {
      send: { program: string; pairing: string; notice: string; item?: string; why: string }[];
    };
    expect(report.send.map((n) => [`${n.program}/${n.pairing}`, n.item ? `${n.notice}:${n.item}` : n.notice])).toEqual(expected);
    expect(result.stdout).not.toMatch(PERSONAL);
    expect(smtp.mails).toEqual([]);
  });

  it('dry run in text says by pairing id which notice and why, and sends nothing', async () => {
    const result = await notices(['--today', '2026-03-02', '--ledger-file', 'ledger.json']);
    expect(result.stdout).toContain(
      'alao/2026-lee-okafor  contract-due to mentor and mentee: no contract on file; it is due 2026-03-09, within 1 month of the pairing notice',
    );
    expect(smtp.mails).toEqual([]);
  });
});

describe('npm run notices: files with errors', () => {
  it('emails no pair whose pairing or contract has errors, and says it left the file out', async () => {
    // A contract whose names differ from the pairing's: an error of the contract file, which leaves the whole pair out.
    writeFileSync(
      join(repo.root, 'content/contracts/alao/2026-lee-okafor.yaml'),
      'program: alao\npairing: 2026-lee-okafor\nkind: mentoring\nparties:\n  - { role: mentor, name: Someone Else, email: someone.else@example.edu, signed: "2026-02-10" }\n  - { role: mentee, name: Ada Okafor, email: ada.okafor@example.edu, signed: "2026-02-10" }\ngoals: [One goal]\nstart: "2026-02-16"\ndurationMonths: 10\nmeetings: { frequency: monthly, methods: [email] }\n',
    );
    const result = await notices(['--today', '2026-02-10', '--send', '--ledger-file', 'ledger.json']);
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/^notices: \d files? ha(s|ve) errors and (is|are) left out; run npm run validate./);
    expect(smtp.mails).toEqual([]);
  });
});

describe('npm run notices -- --send', () => {
  it('sends one email per pair to its two members only, text and HTML, UTF-8 names in headers and body', async () => {
    const result = await notices(['--today', '2027-04-20', '--send', '--ledger-file', 'ledger.json']);
    expect(result.code).toBe(0);
    expect(sent()).toEqual([
      { to: ['ellis.fern@example.org', 'noor.hale@example.edu'], subject: 'ALCTS Mentoring Program: the formal term ends 30 April 2027' },
      { to: ['fang.wang@example.edu', 'mingxuan.li@example.edu'], subject: 'CALA Mentorship Program: Program evaluation due 1 May 2027' },
    ]);
    const cala = smtp.mails[1]!;
    const headers = headersOf(cala.raw);
    expect(headers.get('to')).toBe('王芳 <fang.wang@example.edu>, 李明轩 <mingxuan.li@example.edu>');
    expect(headers.get('from')).toBe('CALA Mentorship Program <mentorship-program@example.org>');
    expect(headers.get('reply-to')).toBe('wenjing.harrowgate@example.org');
    expect(headers.has('cc')).toBe(false);
    expect(headers.has('bcc')).toBe(false);
    // Every email says it was sent by a program (RFC 3834), so that automatic replies are not sent back.
    for (const mail of smtp.mails) expect(headersOf(mail.raw).get('auto-submitted')).toBe('auto-generated');
    const parts = partsOf(cala.raw);
    expect(parts.contentTypes.map((type) => type.split(';')[0])).toEqual(['text/plain', 'text/html']);
    expect(parts.text).toContain('Dear 王芳 and 李明轩,');
    expect(parts.text).toContain('Evaluation and sharing your experience (https://mentoring.example.org/cala/evaluation-and-sharing/)');
    expect(parts.html).toContain('<p>Dear 王芳 and 李明轩,</p>');
    expect(parts.html).toContain('<a href="https://mentoring.example.org/cala/evaluation-and-sharing/">');
    expect(parts.html).toContain('<strong>1 May 2027</strong>');
    // Each message holds only its own pair's data.
    expect(smtp.mails[0]!.raw).not.toMatch(/王芳|李明轩|wang|mingxuan/);
    expect(result.stdout).not.toMatch(PERSONAL);
    expect(result.stdout).toContain('2 sent, 0 partly sent, 0 not sent');
  });

  it.each(LANGUAGE_FENCES)('never runs a notice text opening with %j: the notice is left out, nothing is sent', async (fence) => {
    const marker = join(repo.root, 'frontmatter-ran');
    writeFileSync(join(repo.root, 'content/programs/alao/notices/contract-due.md'), codeFrontmatter(fence, marker, `subject: 'Due'`));
    try {
      const result = await notices(['--today', '2026-03-02', '--send', '--ledger-file', 'ledger.json']);
      expect(codeRan(marker)).toBe(false);
      expect(result.stderr).toMatch(/^notices: \d+ files? ha(s|ve) errors and (is|are) left out; run npm run validate\./);
      expect(smtp.mails).toEqual([]);
    } finally {
      delete (globalThis as Record<string, unknown>)[RAN_GLOBAL];
    }
  });

  it('sends nothing on a second run, nor on a late run of the same week, and keeps no personal data in the ledger', async () => {
    await notices(['--today', '2026-03-02', '--send', '--ledger-file', 'ledger.json']);
    expect(smtp.mails).toHaveLength(1);
    const again = await notices(['--today', '2026-03-02', '--send', '--ledger-file', 'ledger.json']);
    const later = await notices(['--today', '2026-03-09', '--send', '--ledger-file', 'ledger.json']);
    expect(smtp.mails).toHaveLength(1);
    expect(again.stdout).toContain('0 sent, 0 partly sent, 0 not sent, 1 already sent before');
    expect(later.code).toBe(0);
    const ledger = readFileSync(join(repo.root, 'ledger.json'), 'utf8');
    expect(JSON.parse(ledger).sent).toEqual([
      {
        program: 'alao',
        pairing: '2026-lee-okafor',
        notice: 'contract-due',
        due: '2026-03-09',
        sent: '2026-03-02',
        to: ['mentor', 'mentee'],
      },
    ]);
    expect(ledger).not.toMatch(PERSONAL);
  });

  it("step-overdue: ALAO's close-out steps from program.yaml, one email each, with the step's title", async () => {
    await notices(['--today', '2026-08-03', '--send', '--ledger-file', 'ledger.json']);
    expect(sent()).toEqual([
      {
        to: ['robin.marsh@example.edu', 'sam.tide@example.org'],
        subject: 'ALAO Mentoring Program: Coordinator of the program told that the relationship has ended',
      },
      {
        to: ['robin.marsh@example.edu', 'sam.tide@example.org'],
        subject: 'ALAO Mentoring Program: Final meeting held to tie up loose ends',
      },
    ]);
    expect(partsOf(smtp.mails[1]!.raw).text).toContain(
      'this step of your mentoring relationship was due on 1 August 2026: Final meeting held to tie up loose ends.',
    );
  });

  it('a run that missed weeks sends what is still relevant, not what is stale', async () => {
    // The pairing notice (2026-02-09) is stale by 2026-03-16; the contract reminder (due 2026-03-09, a calendar month on) is not.
    await notices(['--today', '2026-03-16', '--send', '--ledger-file', 'ledger.json']);
    expect(sent().map((mail) => mail.subject)).toEqual(['ALAO Mentoring Program: your contract is due 9 March 2026']);
  });

  it('a 4xx leaves the notice out of the ledger; the next run sends it, once', async () => {
    smtp.refuse('jordan.lee@example.edu', 451, 1);
    smtp.refuse('ada.okafor@example.edu', 451, 1);
    const first = await notices(['--today', '2026-03-02', '--send', '--ledger-file', 'ledger.json']);
    expect(first.code).toBe(2);
    expect(first.stdout).toContain(
      'failed      alao/2026-lee-okafor  contract-due; not delivered to mentor and mentee: SMTP 451 (temporary) (tried again next run)',
    );
    expect(smtp.mails).toHaveLength(0);
    const second = await notices(['--today', '2026-03-02', '--send', '--ledger-file', 'ledger.json']);
    expect(second.code).toBe(0);
    const third = await notices(['--today', '2026-03-02', '--send', '--ledger-file', 'ledger.json']);
    expect(third.code).toBe(0);
    expect(sent()).toEqual([
      { to: ['ada.okafor@example.edu', 'jordan.lee@example.edu'], subject: 'ALAO Mentoring Program: your contract is due 9 March 2026' },
    ]);
    expect(`${first.stdout}${first.stderr}`).not.toMatch(PERSONAL);
  });

  it('a 5xx for one address: the other pairs are delivered, the refused member is retried alone, nobody gets it twice', async () => {
    smtp.refuse('noor.hale@example.edu', 550, 1);
    const first = await notices(['--today', '2027-04-20', '--send', '--ledger-file', 'ledger.json']);
    expect(first.code).toBe(2);
    expect(first.stdout).toContain(
      'partly-sent alcts/2026-fern-hale  ending-soon to mentor; not delivered to mentee: SMTP 550 (refused) (tried again next run)',
    );
    expect(smtp.mails.map((mail) => mail.to)).toEqual([['ellis.fern@example.org'], ['fang.wang@example.edu', 'mingxuan.li@example.edu']]);
    expect(first.stdout).not.toMatch(PERSONAL);
    const second = await notices(['--today', '2027-04-20', '--send', '--ledger-file', 'ledger.json']);
    expect(second.code).toBe(0);
    expect(smtp.mails.slice(2).map((mail) => mail.to)).toEqual([['noor.hale@example.edu']]);
  });

  it('refuses --send without SMTP_URL, in one sentence, exit 2, before sending anything', async () => {
    delete process.env['SMTP_URL'];
    const result = await notices(['--today', '2026-03-02', '--send']);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      'notices: --send needs SMTP_URL (for example smtp://user:password@smtp.example.org:587): set it in the environment or as the repository secret SMTP_URL.\n',
    );
  });

  it('says a bad SMTP_URL in one sentence, never repeating it', async () => {
    process.env['SMTP_URL'] = 'https://user:hunter2secret@mail.example.org';
    const result = await notices(['--today', '2026-03-02', '--send']);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('notices: SMTP_URL must start with smtp:// or smtps://, not https://.\n');
    process.env['SMTP_URL'] = 'smtp://user:hunter2 secret@';
    const broken = await notices(['--today', '2026-03-02', '--send']);
    expect(broken.code).toBe(2);
    expect(broken.stderr).not.toContain('hunter2');
  });

  it('never prints the password, also when the server refuses the login', async () => {
    process.env['SMTP_URL'] = smtp.url.replace(encodeURIComponent(smtp.password), 'Wrong-pa55word-xyz');
    process.env['GITHUB_STEP_SUMMARY'] = join(repo.root, 'summary.md');
    const result = await notices(['--today', '2026-03-02', '--send', '--ledger-file', 'ledger.json']);
    expect(result.code).toBe(2);
    expect(result.stdout).toContain('SMTP 535 (refused)');
    const everything = `${result.stdout}${result.stderr}${readFileSync(join(repo.root, 'summary.md'), 'utf8')}`;
    expect(everything).not.toContain('Wrong-pa55word-xyz');
    expect(everything).not.toContain(smtp.password);
    expect(everything).not.toMatch(PERSONAL);
    expect(smtp.mails).toEqual([]);
  });
});
