/** The contract form online (loaded by OnlineForm.astro on contract pages): the contract's schema, rules, file name and email. */
import { validate } from '../../lib/compiled-schemas/contract.generated.ts';
import { contractSummary } from '../../lib/mail/record-summary.ts';
import { resolvedSchema } from '../../lib/schema-files.ts';
import { checkContractDraft } from '../../lib/validate/check-draft.ts';
import { startOnlineForm } from './start.ts';

startOnlineForm({
  schema: resolvedSchema('contract'),
  check: (record, program, today) => checkContractDraft(record, program, { today, validate }),
  fileId: (record) => String(record['pairing']),
  email: { kind: 'contract', summary: contractSummary },
});
