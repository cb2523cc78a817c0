/**
 * The only ways a pairing's status may change. A pairing starts proposed (the
 * pair has been told of its match), becomes active once the relationship
 * starts, and ends exactly once. A pair may also bow out before it starts
 * (ALAO: "or simply need to bow out for whatever reason"): proposed, then
 * ended-early.
 */
import type { PairingStatus } from './records.ts';

export const INITIAL_STATUS: PairingStatus = 'proposed';

const allowedNext: Readonly<{ [from in PairingStatus]: readonly PairingStatus[] }> = {
  proposed: ['active', 'ended-early'],
  active: ['completed', 'ended-early', 'reassigned'],
  completed: [],
  'ended-early': [],
  reassigned: [],
};

export function canChangeStatus(from: PairingStatus, to: PairingStatus): boolean {
  return allowedNext[from].includes(to);
}

export function nextStatuses(from: PairingStatus): readonly PairingStatus[] {
  return allowedNext[from];
}

/** The statuses a relationship ends in: no change follows them. */
export type EndedStatus = Extract<PairingStatus, 'completed' | 'ended-early' | 'reassigned'>;

export const ENDED_STATUSES: readonly EndedStatus[] = ['completed', 'ended-early', 'reassigned'];

export const isEnded = (status: PairingStatus): status is EndedStatus => (ENDED_STATUSES as readonly PairingStatus[]).includes(status);
