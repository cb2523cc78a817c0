/**
 * npm run pairing:new -- --from draft.yaml | --from - [--id ID | --cycle YEAR] [--amend] [--dry-run] [--repo owner/name] [--api-url URL] [--today YYYY-MM-DD]
 *
 * Validates a pairing and opens its pull request; the id is made from the
 * cycle and the two surnames unless --id is given (see src/lib/submit/command.ts).
 * Exit 0 opened or planned, 1 invalid draft / already on file / cancelled, 2 could not run.
 */
import { runSubmitFromProcess } from './run-submit-command.ts';

await runSubmitFromProcess('pairing');
