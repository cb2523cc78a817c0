/**
 * The application form online (loaded on application pages): the program is
 * the page's, the interests ticked from the program's list and those written
 * in the applicant's own words are one list in the file, as application:new writes it.
 */
import { validate } from '../../lib/compiled-schemas/application.generated.ts';
import { applicationSummary } from '../../lib/mail/record-summary.ts';
import { resolvedSchema } from '../../lib/schema-files.ts';
import { applicationDraftId, checkApplicationDraft } from '../../lib/validate/check-draft.ts';
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
  check: (record, program, today) => checkApplicationDraft(record, program, { today, validate }),
  fileId: (record) => applicationDraftId(record) ?? 'application',
  email: { kind: 'application', summary: applicationSummary },
});
