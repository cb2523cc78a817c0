/**
 * Reads the program's mailbox and turns what arrived into pull requests,
 * recorded dates and answers (src/lib/mail/).
 *
 * Each message is handled once: a handled message gets the IMAP keyword
 * $TandemDone; anything else (not for Tandem, automatic mail, over a limit)
 * stays unread and untouched, and is listed. Output names record ids only.
 * Exit 0 done; 2 bad usage or settings, a public repository, or a message that
 * could not be handled (it stays unmarked and the next run tries it again).
 *
 * Usage and options: COMMAND below (`--help`), the script's one usage text.
 */
import { randomUUID } from 'node:crypto';
import { appendFileSync } from 'node:fs';
import type { DNSResolver } from 'mailauth';
import { errorLine, runAsScript, runCommand, type Command } from './cli/run.ts';
import type { Mailbox } from './inbox/imap.ts';
import { CommandError, UsageError } from '../src/lib/cli/errors.ts';
import { GitHubError } from '../src/lib/github/github-error.ts';
import { choiceOption, todayOption } from '../src/lib/lifecycle/cli-options.ts';
import type { InboxContext, InboxEntry } from '../src/lib/mail/context.ts';
import { ImapUrlError, parseImapUrl } from '../src/lib/mail/imap-url.ts';
import { DEFAULT_LIMITS, mimeLimitProblem, tooLarge, type MailLimits } from '../src/lib/mail/mime-limits.ts';
import { formatInboxJson, formatInboxText, type InboxReport } from '../src/lib/mail/summary.ts';
import { parseSmtpUrl, redact, SmtpUrlError } from '../src/lib/notices/smtp-url.ts';

export interface InboxOptions {
  program?: string;
  dryRun?: boolean;
  today?: string;
  root?: string;
  /** For tests: the DNS mailauth asks (the test key's record). */
  resolver?: DNSResolver;
  limits?: MailLimits;
  /** For tests: called after each message's pull request and before it is marked (a crash there must not open a second one). */
  beforeMark?: (entry: InboxEntry) => void;
}

/** One run over the mailbox; the report, and whether every message could be handled. */
export async function runInbox(
  options: InboxOptions,
  env: NodeJS.ProcessEnv = process.env,
): Promise<{ report: InboxReport; failed: number; secrets: string[] }> {
  const today = todayOption(options.today);
  const dryRun = options.dryRun ?? false;
  const limits = options.limits ?? DEFAULT_LIMITS;
  const imap = parseImapUrl(env['IMAP_URL'], env['IMAP_ACCESS_TOKEN']);
  const smtp = dryRun ? undefined : parseSmtpUrl(env['SMTP_URL']);
  const secrets = [...imap.secrets, ...(smtp?.secrets ?? [])];
  // The validator and the mail handling are loaded once the settings are known good, not with the script.
  const [
    { readRepositoryFiles },
    { validateFiles },
    { handleMail },
    { writeApplicationBatches },
    { openMailbox },
    { readMessage },
    { replySender },
  ] = await Promise.all([
    import('../src/lib/repository/read-files.ts'),
    import('../src/lib/validate/index.ts'),
    import('../src/lib/mail/handle.ts'),
    import('../src/lib/mail/applications.ts'),
    import('./inbox/imap.ts'),
    import('./inbox/read-message.ts'),
    import('./inbox/smtp.ts'),
  ]);
  // The records and programs, not the guideline pages: no rule about a record reads a page, and each
  // message is validated with the whole set again (the same validator as npm run validate).
  const files = (await readRepositoryFiles(options.root ?? process.cwd())).filter((file) => !file.path.endsWith('.mdx'));
  // Only the records are used here, not the findings (each message's own are checked when it is handled):
  // `only: []` reports none, so no finding is placed (a strict reading of its file, each run).
  const { repository } = validateFiles(files, { today, only: [] });
  if (options.program !== undefined && !repository.programs.has(options.program)) {
    throw new UsageError(`--program ${options.program} is not a program of this repository.`);
  }
  let github: InboxContext['github'];
  if (!dryRun) {
    const [{ readGitHubSettings }, { assertPrivateRepository }, { scriptGitHubClient }] = await Promise.all([
      import('../src/lib/github/settings.ts'),
      import('../src/lib/github/private-repository.ts'),
      import('./cli/github-client.ts'),
    ]);
    const settings = readGitHubSettings(env);
    github = { client: scriptGitHubClient(settings, 'inbox'), repo: settings.repo };
    // Applications, contracts and pairings hold personal data: refuse before anything is written.
    await assertPrivateRepository(github.client, github.repo);
  }
  const sender = smtp ? replySender(smtp) : undefined;
  const context: InboxContext = {
    files,
    repository,
    today,
    ...(options.program !== undefined && { program: options.program }),
    ...(github && { github }),
    send: async (mail) => {
      await sender?.send(mail);
    },
    nonce: () => randomUUID().replace(/-/g, ''),
    batches: new Map(),
  };
  const report: InboxReport = { today, dryRun, entries: [], refused: [] };
  let failed = 0;
  let mailbox: Mailbox | undefined;
  try {
    mailbox = await openMailbox(imap);
    for (const { uid, size } of await mailbox.pending()) {
      const large = tooLarge(size, limits);
      if (large) {
        report.refused.push({ uid, reason: large });
        continue;
      }
      let entry: InboxEntry;
      try {
        const raw = await mailbox.fetch(uid);
        const nested = mimeLimitProblem(raw.toString('latin1'), limits);
        if (nested) {
          report.refused.push({ uid, reason: nested });
          continue;
        }
        const mail = await readMessage(uid, raw, {
          ...(env['INBOX_AUTHSERV_ID'] && { trustedAuthservId: env['INBOX_AUTHSERV_ID'] }),
          ...(options.resolver && { resolver: options.resolver }),
        });
        entry = await handleMail(mail, context);
      } catch (error) {
        failed += 1;
        const why =
          error instanceof GitHubError
            ? error.message
            : `could not be handled: ${(error instanceof Error ? error.message : String(error)).split('\n')[0] ?? ''}`;
        report.refused.push({ uid, reason: redact(why, secrets) });
        continue;
      }
      report.entries.push(entry);
      if (entry.done && !dryRun && !entry.deferred) {
        options.beforeMark?.(entry);
        await mailbox.markDone(uid);
      }
    }
    // The day's application pull requests, each written once with every application of the run; then their messages are marked.
    for (const entry of await writeApplicationBatches(context)) {
      options.beforeMark?.(entry);
      await mailbox.markDone(entry.uid);
    }
    failed += report.entries.filter((entry) => entry.deferred && !entry.done).length;
  } finally {
    sender?.close();
    await mailbox?.close();
  }
  return { report, failed, secrets };
}

const args = {
  options: {
    program: { type: 'string' },
    'dry-run': { type: 'boolean', default: false },
    format: { type: 'string' },
    today: { type: 'string' },
    root: { type: 'string', default: '.' },
  },
} as const;

const COMMAND: Command<typeof args> = {
  name: 'inbox',
  usage: 'npm run inbox -- [--program <id>] [--dry-run] [--format text|json] [--today YYYY-MM-DD] [--root .]',
  description: `
Reads the program's mailbox (IMAP_URL, e.g. imaps://user:app-password@imap.example.org/INBOX;
with IMAP_ACCESS_TOKEN, an OAuth2 access token, instead of a password) and, for each new message:
an application or a contract becomes a validated pull request (or an answer saying what to
fix); an I AGREE reply signs the contract on its pull request; a reply to a check-in or an
evaluation notice records the date on the pairing. Answers go out through SMTP_URL.
Anything else is left unread and listed.

  --program   only messages about this program
  --dry-run   read and check only: nothing is written to GitHub, sent or marked
  --format    text (default) or json
  --today     the day to act as today (default: the real date)
  --root      the repository checkout (default: .)

INBOX_AUTHSERV_ID: trust the Authentication-Results header of this receiving server (for
example mx.google.com) instead of checking DKIM here. Needs GITHUB_TOKEN and GITHUB_REPOSITORY
unless --dry-run; refuses a repository that is not private.
Exit 0 done; 2 bad usage or settings, or a message that could not be handled (the next run tries it again).`,
  args,
  known: (error) => (error instanceof GitHubError || error instanceof SmtpUrlError || error instanceof ImapUrlError ? 2 : undefined),
  run: async ({ values }) => {
    const format = choiceOption('format', values.format, ['text', 'json'] as const, 'text');
    let result;
    try {
      result = await runInbox({
        ...(values.program !== undefined && { program: values.program }),
        dryRun: values['dry-run'],
        ...(values.today !== undefined && { today: values.today }),
        root: values.root,
      });
    } catch (error) {
      if (error instanceof GitHubError || error instanceof UsageError || error instanceof ImapUrlError || error instanceof SmtpUrlError)
        throw error;
      // Whatever a library says, a password or token never reaches the terminal.
      const secrets = [...safeSecrets(process.env)];
      throw new CommandError(redact((error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '', secrets));
    }
    const text = formatInboxText(result.report);
    process.stdout.write(redact(format === 'json' ? formatInboxJson(result.report) : text, result.secrets));
    const summary = process.env['GITHUB_STEP_SUMMARY'];
    if (summary) appendFileSync(summary, `### Inbox\n\n\`\`\`\n${redact(text, result.secrets)}\`\`\`\n`);
    if (result.failed > 0)
      errorLine(`inbox: ${result.failed} message${result.failed === 1 ? '' : 's'} could not be handled; the next run tries again.`);
    return result.failed > 0 ? 2 : 0;
  },
};

function safeSecrets(env: NodeJS.ProcessEnv): string[] {
  const secrets: string[] = [];
  try {
    secrets.push(...parseImapUrl(env['IMAP_URL'], env['IMAP_ACCESS_TOKEN']).secrets);
  } catch {
    // No usable IMAP_URL: nothing of it to scrub.
  }
  try {
    secrets.push(...parseSmtpUrl(env['SMTP_URL']).secrets);
  } catch {
    // Likewise for SMTP_URL.
  }
  return secrets;
}

export async function main(argv: string[]): Promise<number> {
  return runCommand(COMMAND, argv);
}

if (import.meta.main) await runAsScript(main);
