/** The contract form online (loaded by OnlineForm.astro on contract pages): the contract's schema, rules, file name and email. */
import { contractSummary } from '../../lib/mail/record-summary.ts';
import { resolvedSchema } from '../../lib/schema-files.ts';
import { startOnlineForm } from './start.ts';

startOnlineForm({
  schema: resolvedSchema('contract'),
  loadCheck: async () => (await import('./contract-check.ts')).checkContract,
  fileId: (record) => String(record['pairing']),
  email: { kind: 'contract', summary: contractSummary },
});
