/**
 * The application form online (loaded on application pages): the program is
 * the page's, the interests ticked from the program's list and those written
 * in the applicant's own words are one list in the file, as application:new writes it.
 */
import { applicationDefaults } from '../../lib/forms/online/application-defaults.ts';
import { applicationSummary } from '../../lib/mail/record-summary.ts';
import { resolvedSchema } from '../../lib/schema-files.ts';
import { applicationDraftId } from '../../lib/submit/application-id.ts';
import { startOnlineForm } from './start.ts';

startOnlineForm({
  schema: resolvedSchema('application'),
  fixed: (program) => ({ program: program.id }),
  shape: (record) => {
    const interests = record['interests'];
    if (typeof interests !== 'object' || interests === null || Array.isArray(interests)) return record;
    const { list = [], own = [] } = interests as { list?: string[]; own?: string[] };
    return { ...record, interests: [...list, ...own] };
  },
  loadCheck: async () => (await import('./application-check.ts')).checkApplication,
  fileId: (record) => applicationDraftId(record) ?? 'application',
  defaults: applicationDefaults,
  pairingIdOnPages: false,
  email: { kind: 'application', summary: applicationSummary },
});
