/** The application form's check, loaded on first use (start.ts): the compiled validator and the application rules. */
import { validate } from '../../lib/compiled-schemas/application.generated.js';
import { checkApplicationDraft } from '../../lib/validate/check-draft.ts';
import type { DraftCheck } from './start.ts';

export const checkApplication: DraftCheck = (record, program, today) => checkApplicationDraft(record, program, { today, validate });
