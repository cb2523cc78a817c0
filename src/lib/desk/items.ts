/**
 * What the coordinator's desk lists: one item per thing a coordinator has to
 * do, naming the pairing by id only (never a participant's name or email).
 */
import type { IsoDate } from '../dates.ts';
import type { Contract, Pairing, Program } from '../types.generated.ts';

export type DeskItemKind =
  | 'contract-overdue'
  | 'check-in-due'
  | 'relationship-past-end'
  | 'relationship-ending'
  | 'evaluation-due'
  | 'step-overdue'
  | 'contact-hours-below-minimum'
  | 'past-retention'
  | 'application-past-retention'
  | 'no-retention-period';

export interface DeskItem {
  kind: DeskItemKind;
  /** The pairing's id (its file name), e.g. 2026-lee-okafor; for an application item, the application's id. */
  pairing: string;
  /** The date the item is about: when the thing was or is due. */
  due: IsoDate;
  /** What to do, in plain words, with no personal data. */
  detail: string;
  /** The program's step or evaluation the item is about (its action form's dropdown is prefilled with it). */
  subject?: { field: 'step' | 'evaluation'; title: string };
}

export interface ProgramDesk {
  program: string;
  name: string;
  items: DeskItem[];
}

export interface Desk {
  today: IsoDate;
  programs: ProgramDesk[];
  /** Contract and pairing files with errors: the desk cannot read them, so their items are missing until they are fixed. */
  leftOut?: string[];
}

/** Everything one rule needs to look at one pairing. */
export interface PairingContext {
  today: IsoDate;
  program: Program;
  pairingId: string;
  pairing: Pairing;
  contract?: Contract;
}

/** Items are listed this many days ahead (relationships ending, evaluations due). */
export const LOOKAHEAD_DAYS = 30;

/** Headings of each kind, in the order the desk lists them. */
export const KIND_HEADINGS: ReadonlyArray<readonly [DeskItemKind, string]> = [
  ['contract-overdue', 'Contracts overdue'],
  ['check-in-due', 'Check-ins due'],
  ['relationship-past-end', 'Relationships past their end and still active'],
  ['relationship-ending', 'Relationships ending within 30 days'],
  ['evaluation-due', 'Evaluations due'],
  ['step-overdue', 'Steps overdue'],
  ['contact-hours-below-minimum', 'Below the minimum contact hours'],
  ['past-retention', 'Kept past the retention period: remove (npm run retention -- --open-pr)'],
  ['application-past-retention', 'Unmatched applications past their cycle (remove them)'],
  ['no-retention-period', 'No retention period set (records are kept until you set one)'],
];

export const inDays = (days: number): string =>
  days === 0 ? 'today' : days > 0 ? `in ${days} day${days === 1 ? '' : 's'}` : `${-days} day${days === -1 ? '' : 's'} ago`;
