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

/**
 * The records without the relationships whose pairing or contract file is
 * among `files` (the files with errors), and without those applications: the
 * desk and the notices leave them out whole, rather than act on half a record.
 */
export function leavingOut<R extends RecordSet>(records: R, files: readonly string[]): R {
  if (files.length === 0) return records;
  const out = new Set(files);
  const broken = new Set<string>();
  for (const [key, record] of records.pairings) if (out.has(record.file)) broken.add(key);
  for (const [key, record] of records.contracts) if (out.has(record.file)) broken.add(key);
  const keep = <T>(map: ReadonlyMap<string, StoredRecord<T>>, byKey: boolean): Map<string, StoredRecord<T>> =>
    new Map([...map].filter(([key, record]) => !out.has(record.file) && !(byKey && broken.has(key))));
  return {
    ...records,
    pairings: keep(records.pairings, true),
    contracts: keep(records.contracts, true),
    ...(records.applications && { applications: keep(records.applications, false) }),
  };
}
