/**
 * Small hand-built programs, pairings and contracts for the desk, calendar,
 * retention and statistics tests. Every name here is invented.
 */
import type { RecordSet, StoredRecord } from '../../src/lib/lifecycle/records.ts';
import type { Contract, Pairing, Program } from '../../src/lib/types.generated.ts';

export function program(id: string, overrides: Partial<Program> = {}): Program {
  return {
    id,
    name: `${id.toUpperCase()} Mentoring Program`,
    organization: 'Example Library Association',
    summary: 'A program for tests.',
    membersOnly: false,
    eligibility: 'Anyone.',
    kinds: ['mentoring', 'peer'],
    contract: {
      title: 'Contract',
      goals: { min: 1, max: 3 },
      additionalGoals: false,
      durationMonths: { min: 1, max: 24 },
      dueDaysAfterNotified: 30,
      statement: 'We agree.',
    },
    meetings: { frequencies: ['weekly', 'biweekly', 'monthly', 'bimonthly', 'quarterly'], methods: ['email', 'video'] },
    evaluations: [],
    coordinators: [{ name: 'Casey Coordinator', email: 'casey@example.org' }],
    // A period set, as the desk expects of every program (one without it is asked to set one).
    retentionDays: 0,
    ...overrides,
  };
}

export function pairing(programId: string, overrides: Partial<Pairing> = {}): Pairing {
  return {
    program: programId,
    kind: 'mentoring',
    mentor: { name: 'Morgan Mentorsson', email: 'morgan@example.edu' },
    mentee: { name: 'Avery Menteeford', email: 'avery@example.edu' },
    notified: '2026-01-15',
    status: 'active',
    ...overrides,
  };
}

export function contract(programId: string, pairingId: string, overrides: Partial<Contract> = {}): Contract {
  return {
    program: programId,
    pairing: pairingId,
    kind: 'mentoring',
    parties: [
      { role: 'mentor', name: 'Morgan Mentorsson', email: 'morgan@example.edu', signed: '2026-02-01' },
      { role: 'mentee', name: 'Avery Menteeford', email: 'avery@example.edu', signed: '2026-02-01' },
    ],
    goals: ['Publish a paper'],
    start: '2026-02-10',
    durationMonths: 10,
    meetings: { frequency: 'monthly', methods: ['video'] },
    ...overrides,
  };
}

export interface PairSpec {
  id: string;
  pairing?: Partial<Pairing>;
  /** Omit for a pair without a contract; `{}` for the default contract. */
  contract?: Partial<Contract>;
}

/** A record set of one program and its pairs, stored under the paths the repository uses. */
export function records(programData: Program, pairs: PairSpec[]): RecordSet {
  const id = programData.id;
  const stored = <T>(file: string, data: T): StoredRecord<T> => ({ file, data });
  return {
    programs: new Map([[id, stored(`content/programs/${id}/program.yaml`, programData)]]),
    pairings: new Map(
      pairs.map((pair) => [`${id}/${pair.id}`, stored(`content/pairings/${id}/${pair.id}.yaml`, pairing(id, pair.pairing))]),
    ),
    contracts: new Map(
      pairs
        .filter((pair) => pair.contract)
        .map((pair) => [`${id}/${pair.id}`, stored(`content/contracts/${id}/${pair.id}.yaml`, contract(id, pair.id, pair.contract))]),
    ),
  };
}

type Person = { name: string; email: string };

/** The first lines of a pairing file (program, kind, both people, notified), as a coordinator writes them; tests add status and history. */
export function pairingYamlHead(programId: string, people: { mentor: Person; mentee: Person; notified: string }): string {
  const person = (who: Person) => `{ name: ${who.name}, email: ${who.email} }`;
  return `program: ${programId}
kind: mentoring
mentor: ${person(people.mentor)}
mentee: ${person(people.mentee)}
notified: ${people.notified}
`;
}
