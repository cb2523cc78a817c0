/**
 * npm run pairing:new -- --from draft.yaml | --from - [--id ID | --cycle YEAR] [--amend] [--dry-run] [--repo owner/name] [--api-url URL] [--today YYYY-MM-DD]
 *
 * Validates a pairing and opens its pull request; the id is made from the
 * cycle and the two surnames unless --id is given (see src/lib/submit/command.ts).
 * Exit 0 opened or planned, 1 invalid draft / already on file / cancelled, 2 could not run.
 */
import { runSubmitFromProcess } from './run-submit-command.ts';

/** Options, --help and exit codes are the submit command's own (src/lib/submit/command.ts), the same as the runner's. */
export async function main(argv: string[]): Promise<number> {
  return runSubmitFromProcess('pairing', argv);
}

if (import.meta.main) process.exitCode = await main(process.argv.slice(2));
