/**
 * The inbox benchmark (npm run bench): 500 messages of every kind handled in
 * one run of `npm run inbox` against the local servers the tests use (Dovecot,
 * the GitHub-shaped server, smtp-server): 275 valid and 50 invalid
 * applications, 25 contracts and their 50 I AGREE replies, 50 check-in
 * replies, 25 out-of-office replies and bounces, 25 messages not for Tandem.
 * Every message is real MIME, DKIM-signed. Prints the run's wall and CPU
 * time (target: under 60 s) and exits 1 when it is missed or a message was
 * not handled as expected; 2 when Dovecot is missing. Seven engineers share
 * two cores here, so, as in the matching bench, the target is held to CPU
 * time (this process: the inbox, plus the in-process GitHub and SMTP test
 * servers) and wall time is printed beside it with the load average.
 */
import { cpSync, mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { runInbox } from '../scripts/inbox.ts';
import { tandemMessageId } from '../src/lib/mail/message-ids.ts';
import { buildRecordMessage } from '../src/lib/mail/record-message.ts';
import { recordToken } from '../src/lib/submit/pull-request-names.ts';
import { DOVECOT, DovecotTestServer } from '../tests/support/dovecot.ts';
import { contentFilesOf, GitHubTestServer } from '../tests/support/github-server.ts';
import { MailFactory } from '../tests/support/mail-factory.ts';
import { SmtpTestServer } from '../tests/support/smtp-server.ts';

const TARGET_SECONDS = 60;
const TODAY = '2026-11-10';
const ROOT = resolve(import.meta.dirname, '..');

/** 0 -> "ab", 1 -> "ac", ...: surnames made of letters only, as record ids need. */
const word = (n: number): string => `${String.fromCharCode(97 + (Math.floor(n / 26) % 26))}${String.fromCharCode(97 + (n % 26))}x`;
const title = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

function application(n: number, valid: boolean): { id: string; email: string; yaml: string } {
  const surname = `ap${word(n)}`;
  const email = `${surname}@example.edu`;
  const yaml = [
    'program: "alcts"',
    'cycle: 2027',
    `name: "Sam ${title(surname)}"`,
    `email: "${valid ? email : 'not an address'}"`,
    'member: true',
    'roles:',
    `  - "${n % 2 === 0 ? 'mentee' : 'mentor'}"`,
    'interests:',
    '  - "Cataloging"',
    `careerStage: "${valid ? 'early' : 'eternal'}"`,
    'methods:',
    '  - "video"',
    ...(n % 2 === 1 ? ['capacity: 1'] : []),
    `submitted: "${TODAY}"`,
    '',
  ].join('\n');
  return { id: `2027-${surname}`, email, yaml };
}

interface Pair {
  program: 'alao' | 'alcts';
  id: string;
  mentor: string;
  mentee: string;
}

function makePairs(root: string, program: Pair['program'], count: number): Pair[] {
  mkdirSync(join(root, 'content/pairings', program), { recursive: true });
  return Array.from({ length: count }, (_, n) => {
    const [a, b] = [`mr${word(n)}`, `me${word(n)}`];
    const pair: Pair = { program, id: `2026-${a}-${b}`, mentor: `${a}@example.edu`, mentee: `${b}@example.edu` };
    writeFileSync(
      join(root, 'content/pairings', program, `${pair.id}.yaml`),
      `program: ${program}\nkind: mentoring\nmentor: { name: Jo ${title(a)}, email: ${pair.mentor} }\nmentee: { name: Al ${title(b)}, email: ${pair.mentee} }\nnotified: "2026-10-20"\nstatus: active\n`,
    );
    return pair;
  });
}

const contractYaml = (pair: Pair): string =>
  [
    `program: "alao"`,
    `pairing: "${pair.id}"`,
    'kind: "mentoring"',
    'parties:',
    '  - role: "mentor"',
    `    name: "Jo ${title(pair.id.split('-')[1] ?? '')}"`,
    `    email: "${pair.mentor}"`,
    '    signed: "2026-11-01"',
    '  - role: "mentee"',
    `    name: "Al ${title(pair.id.split('-')[2] ?? '')}"`,
    `    email: "${pair.mentee}"`,
    '    signed: "2026-11-02"',
    'goals:',
    '  - "Prepare a dossier"',
    'start: "2026-11-15"',
    'durationMonths: 9',
    'meetings:',
    '  frequency: "monthly"',
    '  methods:',
    '    - "email"',
    '',
  ].join('\n');

async function messages(factory: MailFactory, alao: Pair[], alcts: Pair[]): Promise<Buffer[]> {
  const out: Buffer[] = [];
  const record = (kind: 'application' | 'contract', id: string, yaml: string, from: string) => {
    const message = buildRecordMessage({ kind, id, summary: `A ${kind} from the online form.`, yaml });
    return factory.compose({ from, subject: message.subject, text: message.body });
  };
  for (let n = 0; n < 325; n += 1) {
    const app = application(n, n % 13 !== 0 || n >= 325 - 50 ? n < 275 : false);
    out.push(await record('application', app.id, app.yaml, app.email));
  }
  for (const pair of alao) out.push(await record('contract', pair.id, contractYaml(pair), pair.mentor));
  for (const pair of alao) {
    for (const [party, from] of [pair.mentor, pair.mentee].entries()) {
      const id = tandemMessageId(
        { purpose: 'sign', program: 'alao', token: recordToken('alao', pair.id), party },
        'example.org',
        `b${party}`,
      );
      out.push(
        await factory.compose({
          from,
          subject: 'Re: Please sign',
          text: `I AGREE\n\n> To sign, reply I AGREE`,
          inReplyTo: id,
          references: [id],
        }),
      );
    }
  }
  for (const pair of alcts) {
    for (const from of [pair.mentor, pair.mentee]) {
      const id = tandemMessageId(
        { purpose: 'notice', notice: 'check-in', program: 'alcts', token: recordToken('alcts', pair.id), due: TODAY },
        'example.org',
        'c1',
      );
      out.push(await factory.compose({ from, subject: 'Re: Check-in', text: 'All well.', inReplyTo: id, references: [id] }));
    }
  }
  for (let n = 0; n < 25; n += 1) {
    out.push(
      n % 2 === 0
        ? await factory.compose({
            from: `away${n}@example.edu`,
            subject: 'Out of office',
            text: 'Away.',
            headers: { 'Auto-Submitted': 'auto-replied' },
          })
        : await factory.compose({ from: 'mailer-daemon@example.org', subject: 'Undelivered mail', text: 'Bounced.', returnPath: '' }),
    );
  }
  for (let n = 0; n < 25; n += 1)
    out.push(await factory.compose({ from: `friend${n}@example.net`, subject: `Hello ${n}`, text: 'Lunch?' }));
  return out;
}

export async function main(): Promise<number> {
  if (!DOVECOT) {
    process.stderr.write('inbox bench: dovecot is not installed (apt-get install -y dovecot-imapd)\n');
    return 2;
  }
  const root = mkdtempSync(join(tmpdir(), 'tandem-inbox-bench-'));
  cpSync(join(ROOT, 'content/programs'), join(root, 'content/programs'), { recursive: true });
  const alao = makePairs(root, 'alao', 25);
  const alcts = makePairs(root, 'alcts', 25);
  const factory = new MailFactory();
  const [imap, github, smtp] = await Promise.all([
    DovecotTestServer.start(),
    GitHubTestServer.start({ files: contentFilesOf(root) }),
    SmtpTestServer.start(),
  ]);
  try {
    const all = await messages(factory, alao, alcts);
    await imap.append(...all);
    const env = { ...process.env, ...github.env(), IMAP_URL: imap.url, SMTP_URL: smtp.url };
    Object.assign(process.env, { TANDEM_GITHUB_DELAY_SCALE: github.env()['TANDEM_GITHUB_DELAY_SCALE'] });
    const started = performance.now();
    const cpuBefore = process.cpuUsage();
    const { report, failed } = await runInbox({ today: TODAY, root, resolver: factory.resolver }, env);
    const seconds = (performance.now() - started) / 1000;
    const cpu = process.cpuUsage(cpuBefore);
    const cpuSeconds = (cpu.user + cpu.system) / 1e6;
    const count = (kind: string) => report.entries.filter((entry) => entry.kind === kind).length;
    const signedBoth = report.entries.filter((entry) => entry.outcome.includes('signed by both')).length;
    const out = (line: string) => process.stdout.write(`${line}\n`);
    out(
      `inbox: ${all.length} messages in ${seconds.toFixed(1)} s wall, ${cpuSeconds.toFixed(1)} s CPU in this process (target < ${TARGET_SECONDS} s); load average ${loadavg()[0]?.toFixed(1)}`,
    );
    out(
      `inbox: ${count('application')} applications, ${count('contract')} contracts, ${count('signature')} signatures (${signedBoth} signed by both), ${count('check-in')} check-ins, ${count('automatic')} automatic, ${count('not-for-tandem')} not for Tandem; ${github.pulls().length} pull requests, ${smtp.mails.length} answers sent; ${failed} failed`,
    );
    const expected =
      count('application') === 325 && count('contract') === 25 && signedBoth === 25 && count('check-in') === 50 && failed === 0;
    if (!expected) out('inbox: some messages were not handled as expected');
    return cpuSeconds < TARGET_SECONDS && expected ? 0 : 1;
  } finally {
    await Promise.all([imap.close(), github.close(), smtp.close()]);
    rmSync(root, { recursive: true, force: true });
  }
}

if (import.meta.main) process.exitCode = await main();
