/**
 * Emails the pairs the notices their programs send (content/programs/<id>/notices/),
 * each at most once per pair, notice and due date.
 *
 * Without --send it prints what would go out; with --send it sends through
 * SMTP_URL. Output names pairing ids only, never a name, an address or the password.
 * Exit 0 done (or nothing to send), 2 bad usage, SMTP_URL or GitHub settings, an unreadable ledger,
 * or a notice not delivered (it stays out of the ledger and the next run tries again).
 *
 * Usage and options: COMMAND below (`--help`), the script's one usage text.
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { appendJobSummary } from './cli/job-summary.ts';
import { runAsScript, runCommand, type Command } from './cli/run.ts';
import { GitHubError } from '../src/lib/github/github-error.ts';
import { CommandError, UsageError } from '../src/lib/cli/errors.ts';
import { choiceOption, todayOption } from '../src/lib/lifecycle/cli-options.ts';
import type { renderNoticesBlock } from '../src/lib/notices/desk-block.ts';
import { formatNoticesJson, formatNoticesText, NOTICES_FORMATS } from '../src/lib/notices/format.ts';
import type { Ledger } from '../src/lib/notices/ledger.ts';
import { LedgerError } from '../src/lib/notices/ledger-error.ts';
import type { PreviewedNotice } from '../src/lib/notices/preview.ts';
import { parseSmtpUrl, redact, SmtpUrlError, type SmtpSettings } from '../src/lib/notices/smtp-url.ts';

const DESK_LABEL = 'desk';
const DEFAULT_LEDGER_FILE = '.cache/notices-ledger.json';

interface LedgerStore {
  ledger: Ledger;
  persist(ledger: Ledger, notDelivered?: Parameters<typeof renderNoticesBlock>[2]): Promise<void>;
}

function siteUrlOption(value: string | undefined, env: NodeJS.ProcessEnv): string {
  const given = value ?? env['SITE_URL'];
  if (given) {
    let url: URL;
    try {
      url = new URL(given);
    } catch {
      throw new UsageError(
        "--site-url (or SITE_URL) must be the public site's address, for example https://alao-ohio.github.io/mentoring/.",
      );
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new UsageError('--site-url (or SITE_URL) must be an http(s) address.');
    return url.toString().endsWith('/') ? url.toString() : `${url.toString()}/`;
  }
  const repository = env['GITHUB_REPOSITORY'];
  if (repository && /^[^/]+\/[^/]+$/.test(repository)) {
    const [owner, name] = repository.split('/') as [string, string];
    return `https://${owner.toLowerCase()}.github.io/${name}/`;
  }
  return 'https://tandem.example/';
}

async function fileStore(path: string, today: string): Promise<LedgerStore> {
  const { parseLedger, serializeLedger } = await import('../src/lib/notices/ledger.ts');
  let text: string | undefined;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  return {
    ledger: text === undefined ? (new Map() as Ledger) : parseLedger(text),
    async persist(ledger) {
      // Written whole to a temporary file, then renamed: a run stopped half-way leaves the old or the new ledger, never half of one.
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(`${path}.tmp`, serializeLedger(ledger, today));
      renameSync(`${path}.tmp`, path);
    },
  };
}

async function githubStore(today: string, needIssue: boolean): Promise<LedgerStore> {
  const [
    { assertPrivateRepository, authenticatedLogin, readGitHubSettings },
    { issuesWithLabel, updateIssueBody },
    { scriptGitHubClient },
    { ledgerInBodies, renderNoticesBlock, withNoticesBlock },
  ] = await Promise.all([
    import('../src/lib/github/index.ts'),
    import('../src/lib/github/labelled-issues.ts'),
    import('./cli/github-client.ts'),
    import('../src/lib/notices/desk-block.ts'),
  ]);
  const settings = readGitHubSettings(process.env);
  const client = scriptGitHubClient(settings, 'notices');
  // The ledger names pairings: refused before any email goes out, not when the ledger is written after them.
  await assertPrivateRepository(client, settings.repo);
  const issues = await issuesWithLabel(client, settings.repo, DESK_LABEL, await authenticatedLogin(client, settings.repo));
  const open = issues.find((issue) => issue.state === 'open');
  if (!open && needIssue) {
    throw new CommandError(`There is no open issue labelled ${DESK_LABEL} to keep the notices ledger in: run scripts/desk-issue.ts first.`);
  }
  let body = open?.body ?? '';
  return {
    // Closed desk issues count too: a coordinator closing the desk must not make Tandem forget what it sent.
    ledger: ledgerInBodies(issues.map((issue) => issue.body)),
    async persist(ledger, notDelivered = []) {
      if (!open) return;
      const next = withNoticesBlock(body, renderNoticesBlock(ledger, today, notDelivered));
      if (next === body) return;
      await updateIssueBody(client, settings.repo, open.number, next);
      body = next;
    },
  };
}

const args = {
  options: {
    today: { type: 'string' },
    send: { type: 'boolean', default: false },
    preview: { type: 'boolean', default: false },
    program: { type: 'string' },
    format: { type: 'string' },
    ledger: { type: 'string' },
    'ledger-file': { type: 'string' },
    'site-url': { type: 'string' },
  },
} as const;

const COMMAND: Command<typeof args> = {
  name: 'notices',
  usage:
    'npm run notices -- [--today YYYY-MM-DD] [--program <id>] [--send | --preview] [--format text|json] [--ledger file|github] [--ledger-file PATH] [--site-url URL]',
  description: `
Shows the notices due today for every program that sends notices (program.yaml
notices), by pairing id, notice and why; with --send, emails each pair through
SMTP_URL, each notice at most once per pair and due date.

  --today        the day to act as today (default: the real date)
  --program      only this program's notices
  --send         send them (needs SMTP_URL=smtp://user:password@host:port)
  --preview      print each email whole (subject and text, addresses masked) instead of
                 the list; nothing is sent (the "Notices preview" workflow)
  --format       text (default) or json
  --ledger       where the record of sent notices is kept: file (default, ${DEFAULT_LEDGER_FILE})
                 or github (hidden in the open desk issue; needs GITHUB_TOKEN and GITHUB_REPOSITORY)
  --ledger-file  the ledger file for --ledger file
  --site-url     the public site's address for the links in the emails (default: SITE_URL, else
                 https://<owner>.github.io/<repository>/ from GITHUB_REPOSITORY)

Output names pairing ids only, never a name, an address or the password.
Exit 0 done (or nothing to send); 2 bad usage, SMTP_URL or GitHub settings, an
unreadable ledger, or a notice not delivered (the next run tries it again).`,
  args,
  known: (error) => (error instanceof GitHubError || error instanceof SmtpUrlError ? 2 : undefined),
  run: ({ values }) => sendNotices(values),
};

export async function main(argv: string[]): Promise<number> {
  return runCommand(COMMAND, argv);
}

type Values = {
  today?: string;
  send?: boolean;
  preview?: boolean;
  program?: string;
  format?: string;
  ledger?: string;
  'ledger-file'?: string;
  'site-url'?: string;
};

async function sendNotices(values: Values): Promise<number> {
  const today = todayOption(values.today);
  const format = choiceOption('format', values.format, NOTICES_FORMATS, 'text');
  const ledgerPlace = choiceOption('ledger', values.ledger, ['file', 'github'] as const, 'file');
  const siteUrl = siteUrlOption(values['site-url'], process.env);
  if (values.send && values.preview) throw new UsageError('--preview shows what --send would send; give one of the two.');
  // Checked before anything is read or sent; its messages never repeat the URL.
  const smtp: SmtpSettings | undefined = values.send ? parseSmtpUrl(process.env['SMTP_URL']) : undefined;
  const secrets = smtp?.secrets ?? [];
  const out = (text: string): void => void process.stdout.write(redact(text, secrets));
  try {
    // The validator and the notices' planning are loaded here, not with the script: `--help` and a usage mistake need neither.
    const [
      { readRepositoryFiles },
      { validateFiles },
      { filesWithErrors },
      { leavingOut },
      { composerFor, noticePlan },
      { deliverNotices },
      { formatNoticesPreview },
    ] = await Promise.all([
      import('../src/lib/repository/read-files.ts'),
      import('../src/lib/validate/index.ts'),
      import('../src/lib/desk/build-desk.ts'),
      import('../src/lib/lifecycle/records.ts'),
      import('../src/lib/notices/prepare.ts'),
      import('../src/lib/notices/deliver.ts'),
      import('../src/lib/notices/preview.ts'),
    ]);
    const validated = validateFiles(await readRepositoryFiles(process.cwd()), { today });
    const broken = filesWithErrors(validated.diagnostics);
    // A pair whose pairing or contract has errors gets no email until the file is fixed.
    const repository = leavingOut(validated.repository, broken);
    const leftOut = broken.length;
    if (leftOut > 0)
      process.stderr.write(
        `notices: ${leftOut} file${leftOut === 1 ? ' has' : 's have'} errors and ${leftOut === 1 ? 'is' : 'are'} left out; run npm run validate.\n`,
      );

    let store: LedgerStore;
    try {
      store =
        ledgerPlace === 'github'
          ? await githubStore(today, smtp !== undefined)
          : await fileStore(resolve(values['ledger-file'] ?? DEFAULT_LEDGER_FILE), today);
    } catch (error) {
      if (error instanceof LedgerError) throw new CommandError(`${error.message}; fix it or, if nothing was sent yet, delete it.`);
      throw error;
    }

    if (values.program !== undefined && !repository.programs.has(values.program))
      throw new UsageError(`there is no valid program "${values.program}" (content/programs/${values.program}/program.yaml).`);
    const whole = noticePlan(repository, today, store.ledger);
    const ours = <T extends { program: string }>(list: readonly T[]): T[] =>
      values.program === undefined ? [...list] : list.filter((notice) => notice.program === values.program);
    const plan = { send: ours(whole.send), alreadySent: ours(whole.alreadySent) };
    if (values.preview) {
      const compose = composerFor(repository, siteUrl);
      const previews: PreviewedNotice[] = plan.send.map((notice) => {
        try {
          return { notice, message: compose(notice) };
        } catch (error) {
          return { notice, problem: error instanceof Error ? error.message : String(error) };
        }
      });
      const text = formatNoticesPreview(today, previews, values.program);
      out(text);
      appendJobSummary(text);
      return 0;
    }
    if (!smtp) {
      out(format === 'json' ? formatNoticesJson({ today, plan }) : formatNoticesText({ today, plan }));
      writeSummary(formatNoticesText({ today, plan }));
      return 0;
    }

    const { smtpSender } = await import('./notices/smtp.ts');
    const sender = smtpSender(smtp);
    let results;
    try {
      results = await deliverNotices(plan.send, store.ledger, today, {
        compose: composerFor(repository, siteUrl),
        send: (message) => sender.send(message),
        persist: (ledger) => store.persist(ledger),
      });
    } finally {
      sender.close();
    }
    const notDelivered = results.filter((result) => result.outcome !== 'sent').map((result) => result.notice);
    await store.persist(store.ledger, notDelivered);
    const report = { today, plan, results };
    out(format === 'json' ? formatNoticesJson(report) : formatNoticesText(report));
    writeSummary(redact(formatNoticesText(report), secrets));
    return notDelivered.length > 0 ? 2 : 0;
  } catch (error) {
    // Whatever a library says, the password never reaches the terminal: scrub it, keep the kind of error for the runner.
    if (secrets.length > 0 && error instanceof Error && !(error instanceof GitHubError) && !(error instanceof CommandError)) {
      throw new CommandError(redact(error.message.split('\n')[0] ?? '', secrets));
    }
    throw error;
  }
}

/** The job summary in GitHub Actions: the same lines as the log, pairing ids only. */
function writeSummary(text: string): void {
  appendJobSummary(`### Notices to pairs\n\n\`\`\`\n${text}\`\`\`\n`);
}

if (import.meta.main) await runAsScript(main);
