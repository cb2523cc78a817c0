import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { main as deskIssueMain } from '../../../scripts/desk-issue.ts';
import { main } from '../../../scripts/notices.ts';
import { ledgerInBody } from '../../../src/lib/notices/desk-block.ts';
import { GitHubTestServer } from '../../support/github-server.ts';
import { SmtpTestServer } from '../../support/smtp-server.ts';
import { reusableNoticesRepo } from '../../support/notices-repo.ts';
import { restoreEnv } from '../../support/restore-env.ts';
import { runMain } from '../../support/run-main.ts';

const run = promisify(execFile);
const NODE = process.execPath;
/** The test server's token acts as this account; the desk issues are the bot's own. */
const BOT = 'coordinator-bot';

let smtp: SmtpTestServer;
let github: GitHubTestServer;
let repo: ReturnType<typeof reusableNoticesRepo>;
let cwd: string;
const savedEnv = { ...process.env };

// One repository for the file, put back as it was after each test.
beforeAll(() => {
  repo = reusableNoticesRepo();
});
afterAll(() => {
  repo.remove();
});

beforeEach(async () => {
  smtp = await SmtpTestServer.start();
  github = await GitHubTestServer.start();
  cwd = process.cwd();
  process.chdir(repo.root);
  Object.assign(process.env, github.env(), {
    SMTP_URL: smtp.url,
    SITE_URL: 'https://mentoring.example.org/',
    TANDEM_GITHUB_DELAY_SCALE: '0.001',
  });
  delete process.env['GITHUB_STEP_SUMMARY'];
});
afterEach(async () => {
  process.chdir(cwd);
  restoreEnv(savedEnv);
  repo.reset();
  await smtp.close();
  await github.close();
  vi.restoreAllMocks();
});

async function notices(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const out = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => ((stdout += String(chunk)), true));
  const err = vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => ((stderr += String(chunk)), true));
  try {
    return { code: await main(args), stdout, stderr };
  } finally {
    out.mockRestore();
    err.mockRestore();
  }
}

const deskIssue = () =>
  [...github.issues.values()].find((issue) => issue.state === 'open' && issue.labels.includes('desk') && issue.author === BOT)!;

describe('the ledger kept in the desk issue (--ledger github)', () => {
  it('records what was sent in the desk issue, shows it there by pairing id, and sends nothing twice', async () => {
    const desk = github.seedIssue({
      title: "Coordinator's desk",
      body: 'What needs a coordinator on 2026-03-02: nothing.\n',
      labels: ['desk'],
      author: BOT,
    });
    const first = await notices(['--today', '2026-03-02', '--send', '--ledger', 'github']);
    expect(first.code).toBe(0);
    expect(smtp.mails).toHaveLength(1);
    const body = deskIssue().body ?? '';
    expect(body.startsWith('What needs a coordinator on 2026-03-02: nothing.\n')).toBe(true);
    expect(body).toContain('- `alao/2026-lee-okafor`: contract-due, due 2026-03-09, sent 2026-03-02 to mentor and mentee');
    expect([...ledgerInBody(body).values()]).toEqual([
      {
        program: 'alao',
        pairing: '2026-lee-okafor',
        notice: 'contract-due',
        due: '2026-03-09',
        sent: '2026-03-02',
        to: ['mentor', 'mentee'],
      },
    ]);
    expect(body).not.toMatch(/Jordan|Okafor|@example\.edu/);
    expect(deskIssue().number).toBe(desk.number);

    const again = await notices(['--today', '2026-03-02', '--send', '--ledger', 'github']);
    expect(again.code).toBe(0);
    expect(smtp.mails).toHaveLength(1);
  });

  it('remembers what was sent when the coordinator closed the desk issue and a new one was opened', async () => {
    const old = github.seedIssue({ title: "Coordinator's desk", body: 'old', labels: ['desk'], author: BOT });
    await notices(['--today', '2026-03-02', '--send', '--ledger', 'github']);
    old.state = 'closed';
    github.seedIssue({ title: "Coordinator's desk", body: 'new desk', labels: ['desk'], author: BOT });
    await notices(['--today', '2026-03-03', '--send', '--ledger', 'github']);
    expect(smtp.mails).toHaveLength(1);
  });

  it('the weekly desk rewrite keeps the ledger, so the next run still sends nothing twice', async () => {
    github.seedIssue({ title: "Coordinator's desk", body: 'week 1', labels: ['desk'], author: BOT });
    await notices(['--today', '2026-03-02', '--send', '--ledger', 'github']);
    // In this process: tests/lib/desk/desk-issue.test.ts runs the script as a process.
    const rewrite = await runMain(deskIssueMain, ['--today', '2026-03-09'], { cwd: repo.root, env: { ...process.env } });
    expect(rewrite.code, rewrite.stderr).toBe(0);
    const body = deskIssue().body ?? '';
    expect(body).toContain('What needs a coordinator on 2026-03-09');
    expect(ledgerInBody(body).size).toBe(1);
    await notices(['--today', '2026-03-09', '--send', '--ledger', 'github']);
    expect(smtp.mails).toHaveLength(1);
  }, 90_000);

  it('ignores a ledger in a desk issue someone else wrote: a forged ledger cannot silence a notice', async () => {
    const forged =
      '<!-- tandem:notices -->\n<!-- tandem:notices-ledger\n{"version":1,"sent":[{"program":"alao","pairing":"2026-lee-okafor","notice":"contract-due","due":"2026-03-11","sent":"2026-03-01","to":["mentor","mentee"]}]}\n-->\n<!-- /tandem:notices -->\n';
    github.seedIssue({ title: "Coordinator's desk", body: forged, labels: ['desk'], author: 'stranger' });
    github.seedIssue({ title: "Coordinator's desk", body: 'desk', labels: ['desk'], author: BOT });
    await notices(['--today', '2026-03-02', '--send', '--ledger', 'github']);
    expect(smtp.mails).toHaveLength(1);
  });

  it('refuses to send when there is no desk issue to keep the ledger in', async () => {
    const result = await notices(['--today', '2026-03-02', '--send', '--ledger', 'github']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('There is no open issue labelled desk to keep the notices ledger in');
    expect(smtp.mails).toEqual([]);
  });
});

describe('scripts/notices.ts as a process', () => {
  it('prints its usage with --help and a dry run by pairing id only', async () => {
    // --help through main; the dry run, which reads the repository and prints the report, as a real process.
    const help = await notices(['--help']);
    expect(help.stdout).toContain('Usage: npm run notices -- [--today YYYY-MM-DD] [--program <id>] [--send | --preview]');
    const dry = await run(NODE, [new URL('../../../scripts/notices.ts', import.meta.url).pathname, '--today', '2026-02-10'], {
      cwd: repo.root,
      env: { ...process.env, SMTP_URL: '' },
    });
    expect(dry.stdout).toContain(
      'alao/2026-lee-okafor  pairing-notice to mentor and mentee: the pair was notified of its match on 2026-02-09',
    );
    expect(dry.stdout).not.toMatch(/Jordan|Okafor|@example/);
  }, 90_000);
});
