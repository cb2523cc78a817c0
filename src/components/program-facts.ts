/**
 * The key facts of a program, in reading order, as label and text pairs for
 * the overview page. Labels come from the program schema's titles.
 */
import type { Program } from '../lib/types.generated.ts';
import { programFieldTitle as schemaTitle, valueLabel } from './schema-labels.ts';

/** A schema title without its unit note: `Contract due (days)` reads `Contract due` beside a sentence. */
const programFieldTitle = (path: string) => schemaTitle(path).replace(/\s*\([^)]*\)$/, '');

export interface Fact {
  label: string;
  /** One line, or several items shown as a list. */
  value: string | string[];
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** `06-01` as `June 1`. */
export function formatMonthDay(monthDay: string): string {
  const [month, day] = monthDay.split('-').map(Number);
  return `${MONTHS[(month ?? 1) - 1]} ${day}`;
}

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

/** `A, b and c`: schema labels are capitalised, a sentence only at its start. */
export function listInWords(items: string[]): string {
  const words = items.map((item, index) => (index === 0 ? item : item.charAt(0).toLowerCase() + item.slice(1)));
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`;
}

/** Several items as a list, a single one as plain text. */
const oneOrList = (items: string[]): string | string[] => (items.length === 1 ? (items[0] ?? '') : items);

export function programFacts(program: Program): Fact[] {
  const { contract, meetings } = program;
  const facts: Fact[] = [];
  facts.push({ label: programFieldTitle('eligibility'), value: program.eligibility });
  facts.push({
    label: programFieldTitle('membersOnly'),
    value: program.membersOnly ? `Yes: only members of the ${program.organization} may take part.` : `No: membership of the ${program.organization} is not required.`,
  });
  facts.push({ label: programFieldTitle('kinds'), value: listInWords(program.kinds.map((kind) => valueLabel('kind', kind))) });
  if (program.term) {
    facts.push({
      label: programFieldTitle('term'),
      value: `${formatMonthDay(program.term.start)} to ${formatMonthDay(program.term.end)}${program.term.end < program.term.start ? ' of the following year' : ''}`,
    });
  }
  if (program.orientation) {
    facts.push({ label: programFieldTitle('orientation'), value: `${MONTHS[program.orientation.month - 1]}: ${program.orientation.description}` });
  }
  const { min, max, recommendedMax } = contract.durationMonths;
  facts.push({
    label: programFieldTitle('contract.durationMonths'),
    value: `${min === max ? plural(max, 'month') : `${min} to ${max} months`}${recommendedMax ? `; the program suggests no more than ${plural(recommendedMax, 'month')}` : ''}`,
  });
  facts.push({
    label: programFieldTitle('contract.goals'),
    value: `${contract.goals.min === contract.goals.max ? contract.goals.max : `${contract.goals.min} to ${contract.goals.max}`}${contract.additionalGoals ? ', with further goals attached if needed' : ''}`,
  });
  if (contract.contactHours) {
    facts.push({ label: programFieldTitle('contract.contactHours'), value: `At least ${plural(contract.contactHours.min, 'hour')} of contact` });
  }
  facts.push({
    label: programFieldTitle('contract.dueDaysAfterNotified'),
    value: `Within ${plural(contract.dueDaysAfterNotified, 'day')} of being told of your pairing${contract.submitTo ? `; send it to: ${contract.submitTo}` : ''}`,
  });
  if (program.checkIns) {
    facts.push({
      label: programFieldTitle('checkIns'),
      value: `Every ${plural(program.checkIns.everyMonths, 'month')}, by ${valueLabel('method', program.checkIns.method).toLowerCase()}`,
    });
  }
  if (program.evaluations.length > 0) {
    facts.push({
      label: programFieldTitle('evaluations'),
      value: oneOrList(
        program.evaluations.map((evaluation) =>
          `${evaluation.title}: due ${evaluation.due === 'end' ? 'when the relationship ends' : formatMonthDay(evaluation.due)}`,
        ),
      ),
    });
  }
  facts.push({ label: `Meeting ${programFieldTitle('meetings.frequencies').toLowerCase()}`, value: listInWords(meetings.frequencies.map((f) => valueLabel('frequency', f))) });
  facts.push({ label: `Meeting ${programFieldTitle('meetings.methods').toLowerCase()}`, value: listInWords(meetings.methods.map((m) => valueLabel('method', m))) });
  if (contract.activityTopics) {
    facts.push({ label: programFieldTitle('contract.activityTopics'), value: contract.activityTopics });
  }
  return facts;
}
