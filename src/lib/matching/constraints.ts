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

const institutionKeys = new WeakMap<Applicant, string | undefined>();
function institutionKey(applicant: Applicant): string | undefined {
  if (!institutionKeys.has(applicant))
    institutionKeys.set(applicant, applicant.application.institution?.trim().toLowerCase().replace(/\s+/g, ' '));
  return institutionKeys.get(applicant);
}

/** Why two applicants may not be paired, or undefined when they may. */
export function exclusionOf(program: Program, first: Applicant, second: Applicant, forbidden: ReadonlySet<string>): Exclusion | undefined {
  if (first.id === second.id) return 'self';
  if ((first.application.avoid ?? []).includes(second.id) || (second.application.avoid ?? []).includes(first.id)) return 'avoid';
  if (forbidden.size > 0 && forbidden.has(pinKey(first.id, second.id))) return 'forbidden';
  if (program.matching?.sameInstitution === false) {
    const a = institutionKey(first);
    if (a !== undefined && a === institutionKey(second)) return 'same-institution';
  }
  return undefined;
}
