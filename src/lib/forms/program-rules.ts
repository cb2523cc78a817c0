/**
 * What a program's `program.yaml` changes about its contract form: which
 * options a tick-box field offers, how many goal blanks there are, the
 * suggestion written beside a field, and which optional extras the program
 * does not use at all. Every field not named here is drawn from the schema
 * alone, so a new contract field appears on every form untouched.
 */
import type { Contract, Program } from '../types.generated.ts';
import { formatMonthDay } from './format-date.ts';

type PartyRole = Contract['parties'][number]['role'];

export interface FieldRule {
  /** The program does not use this field: leave it off its form. */
  omit?: boolean;
  /** The values a choice field offers, in the program's order. */
  options?: readonly string[];
  /** How many numbered blanks a list field has. */
  blanks?: number;
  /** Draw a list as one "attached" tick box instead of blanks. */
  tick?: boolean;
  note?: string;
  unit?: string;
  /** A value printed on a blank form too (the program's own name). */
  value?: string;
  /** The data that printed value stands for (the program's id). */
  fixed?: string;
}

/** The roles the first and second party play in each kind of relationship. */
export const ROLES_BY_KIND: Readonly<Record<Program['kinds'][number], readonly [PartyRole, PartyRole]>> = {
  mentoring: ['mentor', 'mentee'],
  peer: ['peer', 'peer'],
};

const plural = (count: number, word: string): string => `${count} ${word}${count === 1 ? '' : 's'}`;

function durationNote(program: Program): string {
  const { min, max, recommendedMax } = program.contract.durationMonths;
  const limits = min === max ? `${plural(min, 'month')}.` : `At least ${plural(min, 'month')}, at most ${max}.`;
  if (recommendedMax === undefined) return limits;
  const who = program.shortName ?? program.name;
  return `${who} suggests no longer than ${plural(recommendedMax, 'month')}, but the choice is up to the pair. ${limits}`;
}

function goalsNote(program: Program): string {
  const { min, max } = program.contract.goals;
  return min === max ? `Write ${plural(max, 'goal')}.` : `Write ${min} to ${plural(max, 'goal')}.`;
}

/** The rule the program sets for the field at `path` (dotted, item numbers included), if any. */
export function ruleFor(program: Program, path: string): FieldRule | undefined {
  const { contract, meetings, term } = program;
  const party = /^parties\.(\d+)\.role$/.exec(path);
  if (party) {
    const position = Number(party[1]) === 0 ? 0 : 1;
    return { options: [...new Set(program.kinds.map((kind) => ROLES_BY_KIND[kind][position]))] };
  }
  switch (path) {
    case 'program':
      return { value: program.name, fixed: program.id };
    case 'pairing':
      return { note: 'The coordinator gives this with the notice of your pairing.' };
    case 'kind':
      return { options: program.kinds };
    case 'goals':
      return { blanks: contract.goals.max, note: goalsNote(program) };
    case 'additionalGoals':
      return contract.additionalGoals ? { tick: true, note: 'Tick here if you attach further goals on a separate page.' } : { omit: true };
    case 'start':
      return term ? { note: `The formal term runs from ${formatMonthDay(term.start)} to ${formatMonthDay(term.end)}.` } : undefined;
    case 'durationMonths':
      return { note: durationNote(program), unit: 'months' };
    case 'meetings.frequency':
      return { options: meetings.frequencies };
    case 'meetings.methods':
      return { options: meetings.methods };
    case 'activities':
      return contract.activityTopics ? { options: contract.activityTopics } : { omit: true };
    case 'contactHours':
      return contract.contactHours
        ? { note: `At least ${plural(contract.contactHours.min, 'hour')} of contact over the relationship.`, unit: 'hours' }
        : { omit: true };
    default:
      return undefined;
  }
}
