/**
 * The lifecycle of a pairing, in one table: every status change allowed, the
 * fields its history entry must carry, and the pairing fields it sets. A
 * pairing starts proposed (the pair has been told of its match), becomes
 * active once the relationship starts, and ends exactly once. A pair may also
 * bow out before it starts (ALAO: "or simply need to bow out for whatever
 * reason"): proposed, then ended-early.
 *
 * Read by `status-change.ts` (the command that records a change),
 * `check-history.ts` (the validator's lifecycle rules) and the rule's sentence
 * in `rule-ids.ts`; a test holds the pairing schema's `status` to it.
 */
import { andList, orList } from '../text/word-lists.ts';
import type { PairingStatus } from './records.ts';

/** A field a history entry must carry for its change, with how the command asks for it and how the validator names it. */
interface RequiredField {
  field: 'coordinatorInformed' | 'newPairing';
  /** The validator's rule that reports the field missing. */
  rule: 'pairing-history-ended-early-informed' | 'pairing-history-reassigned-new-pairing';
  /** The `npm run pairing:status` option that gives it. */
  option: string;
  /** What the value is, for the command's message. */
  what: string;
  /** What an entry without it fails to say, for the validator's message. */
  missing: string;
  /** The kind of value, for the validator's message. */
  kind: string;
}

export interface Transition {
  from: PairingStatus;
  to: PairingStatus;
  /** The change as a command's message opens it: "Ending early needs ...". */
  doing: string;
  /** The change as the validator describes a history entry: "History entry 2 ends the relationship early ...". */
  does: string;
  requires: readonly RequiredField[];
  /** Pairing fields the change sets when the file has none yet (the date the pair was told, the day it starts). */
  sets: readonly ('notified' | 'start' | 'applications')[];
}

const INFORMED: RequiredField = {
  field: 'coordinatorInformed',
  rule: 'pairing-history-ended-early-informed',
  option: '--informed YYYY-MM-DD',
  what: 'the date the coordinator was told',
  missing: 'does not say when the coordinator was told',
  kind: 'a date',
};

const NEW_PAIRING: RequiredField = {
  field: 'newPairing',
  rule: 'pairing-history-reassigned-new-pairing',
  option: '--new-pairing ID',
  what: 'the pairing that replaces this one',
  missing: 'does not name the pairing that replaces it',
  kind: 'a pairing id',
};

export const INITIAL_STATUS: PairingStatus = 'proposed';

/** Every status change allowed, and nothing else. Order: as the statuses are listed, then by target. */
export const TRANSITIONS: readonly Transition[] = [
  {
    from: 'proposed',
    to: 'active',
    doing: 'Activating',
    does: 'starts the relationship',
    requires: [],
    sets: ['notified', 'start', 'applications'],
  },
  { from: 'proposed', to: 'ended-early', doing: 'Ending early', does: 'ends the relationship early', requires: [INFORMED], sets: [] },
  { from: 'active', to: 'completed', doing: 'Completing', does: 'completes the relationship', requires: [], sets: [] },
  { from: 'active', to: 'ended-early', doing: 'Ending early', does: 'ends the relationship early', requires: [INFORMED], sets: [] },
  { from: 'active', to: 'reassigned', doing: 'Reassigning', does: 'reassigns the pair', requires: [NEW_PAIRING], sets: [] },
];

/** Every status, in lifecycle order. */
export const STATUSES: readonly PairingStatus[] = ['proposed', 'active', 'completed', 'ended-early', 'reassigned'];

export function transitionOf(from: PairingStatus, to: PairingStatus): Transition | undefined {
  return TRANSITIONS.find((transition) => transition.from === from && transition.to === to);
}

export function canChangeStatus(from: PairingStatus, to: PairingStatus): boolean {
  return transitionOf(from, to) !== undefined;
}

export function nextStatuses(from: PairingStatus): readonly PairingStatus[] {
  return TRANSITIONS.filter((transition) => transition.from === from).map((transition) => transition.to);
}

/** The statuses a relationship ends in: no change follows them. */
export type EndedStatus = Extract<PairingStatus, 'completed' | 'ended-early' | 'reassigned'>;

export const ENDED_STATUSES: readonly EndedStatus[] = ['completed', 'ended-early', 'reassigned'];

export const isEnded = (status: PairingStatus): status is EndedStatus => (ENDED_STATUSES as readonly PairingStatus[]).includes(status);

/**
 * The lifecycle in one sentence, written from the table: the validator's rule
 * and the pairing schema's `history` description say exactly this.
 */
export function lifecycleInWords(): string {
  const moves = STATUSES.filter((status) => nextStatuses(status).length > 0).map(
    (status) => `from ${status} to ${orList(nextStatuses(status))}`,
  );
  const final = STATUSES.filter((status) => nextStatuses(status).length === 0);
  return `starts ${INITIAL_STATUS} and only moves ${moves.join(', and ')}; ${andList(final)} are final`;
}
