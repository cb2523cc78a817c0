import { mentorCapacity } from '../../program/mentor-capacity.ts';
import type { Application } from '../../types.generated.ts';
import { pairingKeyOf } from '../record-index.ts';
import type { Repository } from '../repository.ts';
import type { IndexRule } from './rule.ts';

/** An application of a program by id (content/applications/<program>/<cycle>/<id>.yaml), whatever its cycle. */
function applicationsByProgram(repository: Repository): (program: string, id: string) => Application | undefined {
  const index = new Map<string, Application>();
  for (const [key, record] of repository.applications) {
    const [program, , id] = key.split('/');
    index.set(`${program}/${id}`, record.data);
  }
  return (program, id) => index.get(`${program}/${id}`);
}

/**
 * Within one program, nobody (by email, ignoring case) holds the same role in
 * two active pairings at once, nor two roles at once unless the program allows
 * it (`bothRoles`; ALCTS: "Participant can either be a mentor, mentee or
 * both"). A mentor may be the mentor of as many active pairings as their
 * capacity (their linked application's `capacity`, capped by the program's
 * `maxMentees`; 1 without one). Every pairing involved gets the diagnostic, each naming the other
 * file: a pull request validating only its own changed file must fail
 * whichever of the two files it touches. The id is kept from when the rule was
 * "one active pairing per person", so that existing references stay valid.
 */
export const oneActivePairing: IndexRule = {
  id: 'pairing-one-active-per-person',
  check({ index, repository, report }) {
    const applicationOf = applicationsByProgram(repository);
    for (const [id, seated] of index.seats) {
      if (!Array.isArray(seated)) continue;
      // In the order of the pairings' ids (the files each message names).
      const list = seated
        .map((seat) => ({ ...seat, key: pairingKeyOf(seat.file) }))
        .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
      const files = [...new Set(list.map((seat) => seat.file))];
      if (files.length < 2) continue; // the same file twice is distinct-people's finding
      const programId = id.slice(0, id.indexOf('\0'));
      const program = repository.programs.get(programId)?.data;
      const bothRoles = program?.bothRoles === true;
      const mentoring = list.filter((seat) => seat.role === 'mentor');
      const capacity =
        program && mentoring.length > 1
          ? mentorCapacity(program, id.slice(id.indexOf('\0') + 1), mentoring, (application) => applicationOf(programId, application))
          : 1;
      for (const person of list) {
        const file = person.file;
        const sameRole = list.filter((seat) => seat.file !== file && seat.role === person.role).map((seat) => seat.file);
        if (person.role === 'mentor' && mentoring.length <= capacity) sameRole.length = 0;
        const otherRole = list.filter((seat) => seat.file !== file && seat.role !== person.role).map((seat) => seat.file);
        const where = { path: [...person.path, 'email'] };
        if (sameRole.length > 0) {
          report(
            file,
            where,
            person.role === 'mentor' && capacity > 1
              ? `This mentor is already the mentor in ${mentoring.length - 1} other active pairing${mentoring.length === 2 ? '' : 's'} of the program (${[...new Set(sameRole)].join(', ')}), more than the ${capacity} mentees they can take (the capacity of their linked application, within the program's maxMentees): end or reassign a pairing first.`
              : `This ${person.role} is already ${person.role === 'peer' ? 'a peer' : `the ${person.role}`} in another active pairing of the program (${[...new Set(sameRole)].join(', ')}); nobody holds the same role twice at once: end or reassign that pairing first.`,
          );
        } else if (otherRole.length > 0 && !bothRoles) {
          report(
            file,
            where,
            `This ${person.role} holds another role in an active pairing of the program (${[...new Set(otherRole)].join(', ')}); this program does not let one person hold two roles at once (bothRoles): end or reassign that pairing first.`,
          );
        }
      }
    }
  },
};
