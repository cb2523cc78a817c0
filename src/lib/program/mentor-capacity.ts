/**
 * How many mentees a mentor may have in active pairings at once: the capacity
 * their application gives (1 when it gives none, or when no application is
 * linked), capped by the program's `maxMentees` where its documents set one.
 * Matching proposes within it, and the one-active rule allows it, so that
 * every proposal can be activated in full.
 */
import type { Application, Program } from '../types.generated.ts';

/** The capacity of one mentor application under the program's limit. */
export const capacityOf = (program: Pick<Program, 'maxMentees'>, application: Pick<Application, 'capacity'>): number =>
  Math.min(application.capacity ?? 1, program.maxMentees ?? Number.POSITIVE_INFINITY);

/**
 * The capacity of the mentor of these pairings: the largest among the mentor
 * applications the pairings link (`applications`) whose email is the mentor's.
 * `applicationById` looks an id up in the pairings' program.
 */
export function mentorCapacity(
  program: Pick<Program, 'maxMentees'>,
  mentorEmail: string,
  pairings: readonly { readonly applications?: readonly string[] }[],
  applicationById: (id: string) => Application | undefined,
): number {
  const email = mentorEmail.trim().toLowerCase();
  let capacity = 1;
  for (const pairing of pairings) {
    for (const id of pairing.applications ?? []) {
      const application = applicationById(id);
      if (application && application.roles.includes('mentor') && application.email.trim().toLowerCase() === email) {
        capacity = Math.max(capacity, capacityOf(program, application));
      }
    }
  }
  return capacity;
}
