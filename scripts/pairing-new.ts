/**
 * npm run pairing:new -- --from draft.yaml | --from - [--id ID | --cycle YEAR] [--amend] [--dry-run] [--repo owner/name] [--api-url URL] [--today YYYY-MM-DD]
 *
 * Validates a pairing and opens its pull request; the id is made from the
 * cycle and the two surnames unless --id is given (see src/lib/submit/command.ts).
 * Exit 0 opened or planned, 1 invalid draft / already on file / cancelled, 2 could not run.
 */
import { readFile } from 'node:fs/promises';
import { text } from 'node:stream/consumers';
import { format as formatDate } from 'date-fns';
import { createGitHubClient } from '../src/lib/github/index.ts';
import { readRepositoryFiles } from '../src/lib/repository/read-files.ts';
import { runSubmitCommand } from '../src/lib/submit/command.ts';

process.exitCode = await runSubmitCommand('pairing', {
  argv: process.argv.slice(2),
  env: process.env,
  root: process.cwd(),
  stdinIsTTY: process.stdin.isTTY === true,
  readDraft: (from) => (from === '-' ? text(process.stdin) : readFile(from, 'utf8')),
  readRepository: readRepositoryFiles,
  createClient: createGitHubClient,
  loadPrompts: () => import('@inquirer/prompts'),
  stdout: (output) => process.stdout.write(output),
  stderr: (output) => process.stderr.write(output),
  today: () => formatDate(new Date(), 'yyyy-MM-dd'),
});
