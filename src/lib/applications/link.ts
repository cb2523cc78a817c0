/**
 * The applications a pairing came from: those of its program whose email is
 * one of the pair's, newest cycle first, at most one per person. Linked when a
 * coordinator marks a proposed pairing active.
 */
import { peopleOfKind } from '../submit/pairing-id.ts';
import type { Pairing } from '../types.generated.ts';
import type { Repository } from '../validate/index.ts';

export function applicationsOfPairing(repository: Repository, program: string, pairing: Pairing): string[] {
  const ids: string[] = [];
  const entries = [...repository.applications]
    .filter(([key]) => key.startsWith(`${program}/`))
    .sort(([a], [b]) => (a < b ? 1 : a > b ? -1 : 0));
  for (const person of peopleOfKind(pairing)) {
    const email = person.email.toLowerCase();
    const found = entries.find(([, record]) => record.data.email.toLowerCase() === email);
    if (found) ids.push(found[0].slice(found[0].lastIndexOf('/') + 1));
  }
  return [...new Set(ids)];
}
