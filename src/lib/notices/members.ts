/** The two people of a pairing, each with a role label that holds no personal data (the ledger records these). */
import type { Pairing } from '../types.generated.ts';

export type MemberRole = 'mentor' | 'mentee' | 'peer-1' | 'peer-2';

export interface Member {
  role: MemberRole;
  name: string;
  email: string;
}

export function membersOf(pairing: Pairing): Member[] {
  if (pairing.kind === 'peer') {
    return (pairing.peers ?? []).map((person, index) => ({
      role: index === 0 ? 'peer-1' : 'peer-2',
      name: person.name,
      email: person.email,
    }));
  }
  const members: Member[] = [];
  if (pairing.mentor) members.push({ role: 'mentor', ...pairing.mentor });
  if (pairing.mentee) members.push({ role: 'mentee', ...pairing.mentee });
  return members;
}
