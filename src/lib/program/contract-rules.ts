/**
 * The rules a contract is read under. A program keeps its current rules in
 * `contract` and `meetings`, and earlier form revisions' rules in
 * `contract.revisions`: a contract names the revision it was signed on, or is
 * read under the one in force on the day of its last signature, so contracts
 * signed under earlier rules stay valid when a program changes a limit.
 */
import type { Contract, Program } from '../types.generated.ts';

type ContractRules = NonNullable<Program['contract']>;
type Revision = NonNullable<ContractRules['revisions']>[number];
type MeetingRules = NonNullable<Program['meetings']>;

export interface RulesInForce {
  /** The revision's id, when the program names its revisions. */
  revision?: string;
  /** True when the rules are those of an earlier revision. */
  earlier: boolean;
  goals?: ContractRules['goals'];
  additionalGoals?: boolean;
  durationMonths?: ContractRules['durationMonths'];
  frequencies?: MeetingRules['frequencies'];
  ownFrequency: boolean;
  methods?: MeetingRules['methods'];
  /** The methods are examples: any method is accepted. */
  ownMethods: boolean;
}

/** The current rules: the program's `contract` and `meetings` as they stand. */
function currentRules(program: Program): RulesInForce {
  const contract = program.contract;
  const meetings = program.meetings;
  return {
    ...(contract?.revision && { revision: contract.revision.id }),
    earlier: false,
    ...(contract?.goals && { goals: contract.goals }),
    ...(contract?.additionalGoals !== undefined && { additionalGoals: contract.additionalGoals }),
    ...(contract?.durationMonths && { durationMonths: contract.durationMonths }),
    ...(meetings?.frequencies && { frequencies: meetings.frequencies }),
    ownFrequency: meetings?.ownFrequency ?? false,
    ...(meetings?.methods && { methods: meetings.methods }),
    ownMethods: meetings?.ownMethods ?? false,
  };
}

/** An earlier revision's rules: what it states, and today's rules where it is silent. */
function revisionRules(program: Program, revision: Revision): RulesInForce {
  const current = currentRules(program);
  return {
    ...current,
    revision: revision.id,
    earlier: true,
    ...(revision.goals && { goals: revision.goals }),
    ...(revision.additionalGoals !== undefined && { additionalGoals: revision.additionalGoals }),
    ...(revision.durationMonths && { durationMonths: revision.durationMonths }),
    ...(revision.frequencies && { frequencies: revision.frequencies }),
    ...(revision.ownFrequency !== undefined && { ownFrequency: revision.ownFrequency }),
    ...(revision.methods && { methods: revision.methods }),
    ...(revision.ownMethods !== undefined && { ownMethods: revision.ownMethods }),
  };
}

/** Every revision the program knows, oldest first, the current one last. */
export function knownRevisions(program: Program): string[] {
  const ids = (program.contract?.revisions ?? []).map((revision) => revision.id);
  if (program.contract?.revision) ids.push(program.contract.revision.id);
  return ids;
}

/** The revision in force on a day: the latest whose `from` is on or before it (one without `from` is in force from the beginning). */
function revisionInForce(program: Program, day: string): RulesInForce {
  const current = program.contract?.revision;
  if (!current?.from || current.from <= day) return currentRules(program);
  const earlier = [...(program.contract?.revisions ?? [])].reverse().find((revision) => !revision.from || revision.from <= day);
  return earlier ? revisionRules(program, earlier) : currentRules(program);
}

/** The day a contract was signed: its last signature. */
const signingDay = (contract: Pick<Contract, 'parties'>): string =>
  contract.parties.reduce((latest, party) => (party.signed > latest ? party.signed : latest), '');

/**
 * The rules a contract is read under: the revision it names, or the one in
 * force on its signing day. Undefined when it names a revision the program
 * does not know (the contract-revision rule reports that).
 */
export function rulesForContract(program: Program, contract: Pick<Contract, 'parties' | 'revision'>): RulesInForce | undefined {
  if (contract.revision === undefined) return revisionInForce(program, signingDay(contract));
  if (program.contract?.revision?.id === contract.revision) return currentRules(program);
  const earlier = program.contract?.revisions?.find((revision) => revision.id === contract.revision);
  return earlier ? revisionRules(program, earlier) : undefined;
}

/** The program's contract rules, for code that only runs for programs with a contract. */
export function contractRulesOf(program: Program): ContractRules {
  if (!program.contract) throw new Error(`${program.name} has no written contract (no contract in its program.yaml).`);
  return program.contract;
}
