/**
 * `npm run record`'s words for the record actions, apart from the command
 * line's reader (./command-line.ts): the script's usage line names them, so
 * they are loaded with the script, and the field lists only when it runs.
 */
import type { PairingActionId } from './fields.ts';

/** The command line's word for each record action. */
export const RECORD_ACTIONS = {
  step: 'step-done',
  'check-in': 'check-in',
  hours: 'contact-hours',
  evaluation: 'evaluation-received',
} as const satisfies Record<string, PairingActionId>;

export type RecordVerb = keyof typeof RECORD_ACTIONS;
export const RECORD_VERBS = Object.keys(RECORD_ACTIONS) as RecordVerb[];
