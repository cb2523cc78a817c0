/**
 * What the rules across pairings read (rules/one-active-pairing.ts,
 * rules/new-pairing-exists.ts), gathered from each pairing as it is read: the
 * validator then need not hold 100,000 records to check them against each
 * other. Everything else about a pairing is checked with its contract and its
 * program alone, while the two files are at hand (rules/index.ts, recordRules).
 */
import type { Pairing } from '../types.generated.ts';
import { ownCopy } from '../yaml/index.ts';
import type { Loaded } from './repository.ts';
import { presentPeopleWithRoles, type NamedPerson } from './rules/people.ts';

/** One person's seat in an active pairing. */
interface Seat {
  /** The pairing's file. */
  file: string;
  role: NamedPerson['role'];
  /** Where the person is written in the file. */
  path: NamedPerson['path'];
  /** The applications the pairing links (for a mentor's capacity). */
  applications?: readonly string[];
}

/** A history entry naming the pairing that replaces this one. */
interface NewPairingReference {
  program: string;
  pairingId: string;
  file: string;
  /** The entry's index in `history`. */
  entry: number;
  newPairing: string;
}

export interface RecordIndex {
  /** The file of every pairing that passed its schema. */
  pairingFiles: Set<string>;
  /**
   * The seats of active pairings by program and person: '<program>\0<email>',
   * the email trimmed and lowercase (one person, however the address is written).
   * A person with one seat, as most have, has it without a list (a run over
   * 100,000 files holds tens of thousands).
   */
  seats: Map<string, Seat | Seat[]>;
  newPairings: NewPairingReference[];
}

export const emptyRecordIndex = (): RecordIndex => ({ pairingFiles: new Set(), seats: new Map(), newPairings: [] });

/** The '<program>/<pairing-id>' of a pairing's file. */
export const pairingKeyOf = (file: string): string => file.slice('content/pairings/'.length, -'.yaml'.length);

/** One path for every mentor and every mentee (a peer's holds its index). */
const SHARED_PATHS: Readonly<Record<string, NamedPerson['path']>> = { mentor: ['mentor'], mentee: ['mentee'] };

/**
 * Adds what the rules across pairings read of one pairing that passed its schema. What it keeps is
 * copied (ownCopy): the fast YAML reading's strings are slices of the file's text, and one kept
 * would keep the whole text alive.
 */
export function indexPairing(index: RecordIndex, key: string, { file, data }: Loaded<Pairing>): void {
  index.pairingFiles.add(file);
  const slash = key.indexOf('/');
  const program = key.slice(0, slash);
  if (data.status === 'active') {
    const applications = data.applications && ownCopy(data.applications);
    for (const { role, email, path } of presentPeopleWithRoles(data)) {
      const id = ownCopy(`${program}\0${email.trim().toLowerCase()}`);
      const seat: Seat = { file, role, path: SHARED_PATHS[role] ?? path, ...(applications && { applications }) };
      const seated = index.seats.get(id);
      if (seated === undefined) index.seats.set(id, seat);
      else if (Array.isArray(seated)) seated.push(seat);
      else index.seats.set(id, [seated, seat]);
    }
  }
  data.history?.forEach((change, entry) => {
    if (change.newPairing === undefined) return;
    index.newPairings.push({ program, pairingId: key.slice(slash + 1), file, entry, newPairing: ownCopy(change.newPairing) });
  });
}
