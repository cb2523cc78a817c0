/**
 * npm run contract:new -- --from draft.yaml | --from - [--amend] [--dry-run] [--repo owner/name] [--api-url URL] [--today YYYY-MM-DD]
 *
 * Validates a contract and opens its pull request (see src/lib/submit/command.ts).
 * Exit 0 opened or planned, 1 invalid draft / already on file / cancelled, 2 could not run.
 */
import { runSubmitFromProcess } from './run-submit-command.ts';

await runSubmitFromProcess('contract');
