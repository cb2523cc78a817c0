/**
 * What a program's `program.yaml` changes about its contract form: which
 * options a tick-box field offers, how many goal blanks there are, the
 * suggestion written beside a field, and which optional extras the program
 * does not use at all. Every field not named here is drawn from the schema
 * alone, so a new contract field appears on every form untouched.
 */
import type { Contract, Program } from '../types.generated.ts';
import { monthDayInWords } from '../text/date-words.ts';
import { frequencyLabel } from '../program/frequency.ts';

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
  const { min, max, recommendedMax } = program.contract?.durationMonths ?? {};
  const limits =
    min !== undefined && max !== undefined
      ? min === max
        ? `${plural(min, 'month')}.`
        : `At least ${plural(min, 'month')}, at most ${max}.`
      : min !== undefined
        ? `At least ${plural(min, 'month')}.`
        : max !== undefined
          ? `At most ${plural(max, 'month')}.`
          : '';
  if (recommendedMax === undefined) return limits;
  const who = program.shortName ?? program.name;
  return `${who} suggests no longer than ${plural(recommendedMax, 'month')}, but the choice is up to the pair.${limits ? ` ${limits}` : ''}`;
}

function goalsNote(goals: { min: number; max: number }): string {
  const { min, max } = goals;
  return min === max ? `Write ${plural(max, 'goal')}.` : `Write ${min} to ${plural(max, 'goal')}.`;
}

/** The rule the program sets for the field at `path` (dotted, item numbers included), if any. */
export function ruleFor(program: Program, path: string): FieldRule | undefined {
  const { contract, meetings, term } = program;
  if (!contract) return { omit: true };
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
      return contract.goals ? { blanks: contract.goals.max, note: goalsNote(contract.goals) } : { omit: true };
    case 'additionalGoals':
      return contract.additionalGoals ? { tick: true, note: 'Tick here if you attach further goals on a separate page.' } : { omit: true };
    case 'start':
      return term ? { note: `The formal term runs from ${monthDayInWords(term.start)} to ${monthDayInWords(term.end)}.` } : undefined;
    case 'durationMonths':
      return contract.durationMonths ? { note: durationNote(program), unit: 'months' } : { omit: true };
    case 'meetings.frequency':
      // A minimum is shown as one ("At least monthly"), never as an example.
      if (meetings?.minimumFrequency && (meetings.ownFrequency || !meetings.frequencies)) {
        return { note: `At least ${frequencyLabel(meetings.minimumFrequency).toLowerCase()}; in your own words.` };
      }
      // Suggestions with a blank for the pair's own words where the program leaves it open (ALAO prints examples beside a free field).
      if (meetings?.ownFrequency || !meetings?.frequencies) {
        const examples = meetings?.frequencies?.map((f) => frequencyLabel(f).toLowerCase()).join(', ');
        return { note: examples ? `For example ${examples}; in your own words.` : 'In your own words.' };
      }
      return meetings.minimumFrequency
        ? { options: meetings.frequencies, note: `At least ${frequencyLabel(meetings.minimumFrequency).toLowerCase()}.` }
        : { options: meetings.frequencies };
    case 'meetings.methods':
      // Examples to tick (ALAO: "e.g., face-to-face, phone, email, other online communication"); any other way is accepted.
      return meetings?.methods
        ? {
            options: meetings.methods,
            ...(meetings.ownMethods && { note: 'Suggestions: tick any that apply, or another way that suits you both.' }),
          }
        : undefined;
    case 'commonGoal':
      // CALA: "Work with your mentee to achieve a common goal within the program time frame."
      return contract.commonGoal ? { note: 'The one goal you work toward together within the program time frame.' } : { omit: true };
    case 'timeCommitment':
      // CALA: "agree on the time that both of you can devote to the program".
      return contract.timeCommitment ? undefined : { omit: true };
    case 'activities':
      return contract.activityTopics
        ? {
            options: contract.activityTopics,
            ...(contract.ownActivities && { note: 'Suggested topics; add activities or projects of your own.' }),
          }
        : { omit: true };
    case 'contactHours':
      return program.contactHours
        ? { note: `At least ${plural(program.contactHours.min, 'hour')} of contact over the relationship.`, unit: 'hours' }
        : { omit: true };
    case 'revision':
      return contract.revision ? { value: contract.revision.id } : { omit: true };
    default:
      return undefined;
  }
}
