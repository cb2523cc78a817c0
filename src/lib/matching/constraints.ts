/**
 * The hard constraints of a pair: roles, never with oneself, `avoid` both
 * ways, the coordinator's --forbid, the same-institution rule where the
 * program has one, and membership where the program is members only.
 */
import type { Application, Program } from '../types.generated.ts';

export type Exclusion = 'self' | 'avoid' | 'forbidden' | 'same-institution';

export interface Applicant {
  id: string;
  application: Application;
}

export const pinKey = (a: string, b: string): string => (a < b ? `${a}=${b}` : `${b}=${a}`);

/** Whether an applicant may take part at all: a members-only program needs the membership statement. */
export const eligible = (program: Program, applicant: Applicant): boolean => !program.membersOnly || applicant.application.member === true;

const institutionKey = (text: string | undefined): string | undefined => text?.trim().toLowerCase().replace(/\s+/g, ' ');

/** Why two applicants may not be paired, or undefined when they may. */
export function exclusionOf(program: Program, first: Applicant, second: Applicant, forbidden: ReadonlySet<string>): Exclusion | undefined {
  if (first.id === second.id) return 'self';
  if ((first.application.avoid ?? []).includes(second.id) || (second.application.avoid ?? []).includes(first.id)) return 'avoid';
  if (forbidden.has(pinKey(first.id, second.id))) return 'forbidden';
  if (program.matching?.sameInstitution === false) {
    const a = institutionKey(first.application.institution);
    if (a !== undefined && a === institutionKey(second.application.institution)) return 'same-institution';
  }
  return undefined;
}
