/** The contract form's check, loaded on first use (start.ts): the compiled validator and the contract rules. */
import { validate } from '../../lib/compiled-schemas/contract.generated.js';
import { checkContractDraft } from '../../lib/validate/check-draft.ts';
import type { DraftCheck } from './start.ts';

export const checkContract: DraftCheck = (record, program, today) => checkContractDraft(record, program, { today, validate });
