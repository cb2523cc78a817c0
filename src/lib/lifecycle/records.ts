/**
 * The part of the validator's `Repository` the desk, calendar, retention and
 * statistics code reads. Declared structurally so that these modules take a
 * validated repository or a hand-built fixture alike.
 */
import type { Application, Contract, Pairing, Program } from '../types.generated.ts';

export interface StoredRecord<T> {
  file: string;
  data: T;
}

export interface RecordSet {
  programs: ReadonlyMap<string, StoredRecord<Program>>;
  /** By '<program>/<pairing-id>'. */
  pairings: ReadonlyMap<string, StoredRecord<Pairing>>;
  /** By '<program>/<pairing-id>'. */
  contracts: ReadonlyMap<string, StoredRecord<Contract>>;
  /** By '<program>/<cycle>/<application-id>'; confidential, read by the desk for retention only. */
  applications?: ReadonlyMap<string, StoredRecord<Application>>;
}

export type PairingStatus = Pairing['status'];
export type StatusChange = NonNullable<Pairing['history']>[number];

/** The pairing's id: its file name without the folder and extension. */
export function pairingIdOf(key: string): string {
  return key.slice(key.indexOf('/') + 1);
}

/** The cycle a pairing belongs to: the year that starts its id (2026-lee-okafor is cycle 2026). */
export function cycleOf(pairingId: string): number {
  return Number(pairingId.slice(0, 4));
}
