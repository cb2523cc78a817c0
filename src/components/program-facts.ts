/**
 * The key facts of a program, in reading order, as label and text pairs for
 * the overview page. Labels come from the program schema's titles.
 */
import { relativeDueInWords, type Evaluation } from '../lib/lifecycle/evaluation-dates.ts';
import type { Program } from '../lib/types.generated.ts';
import { monthDayInWords } from '../lib/text/date-words.ts';
import { monthName } from '../lib/text/months.ts';
import { contractDueWords } from '../lib/program/contract-due.ts';
import { andList } from '../lib/text/word-lists.ts';
import { programFieldTitle as schemaTitle, valueLabel } from './schema-labels.ts';

/** A schema title without its unit note: `Contract due (days)` reads `Contract due` beside a sentence. */
const programFieldTitle = (path: string) => schemaTitle(path).replace(/\s*\([^)]*\)$/, '');

export interface Fact {
  label: string;
  /** One line, or several items shown as a list. */
  value: string | string[];
}

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

/** `A, b and c`: schema labels are capitalised, a sentence only at its start. */
export function listInWords(items: string[]): string {
  const words = items.map((item, index) => (index === 0 ? item : item.charAt(0).toLowerCase() + item.slice(1)));
  return andList(words);
}

/** Several items as a list, a single one as plain text. */
const oneOrList = (items: string[]): string | string[] => (items.length === 1 ? (items[0] ?? '') : items);

const STEP_BY: Readonly<Record<string, string>> = {
  mentor: 'the mentor',
  mentee: 'the mentee',
  peer: 'each peer',
  pair: 'the pair',
  coordinator: 'the coordinator',
};
const AFTER: Readonly<Record<string, string>> = { notified: 'the pairing notice', start: 'the start', end: 'the end of the relationship' };

const EVALUATION_BY: Readonly<Record<string, string>> = { mentor: 'the mentor', mentee: 'the mentee', peer: 'each peer' };

/** Who answers an evaluation, in words, when it is not both of the pair. */
const evaluationBy = (by: Evaluation['by']): string => (by && EVALUATION_BY[by] ? `, answered by ${EVALUATION_BY[by]}` : '');

/** When an evaluation is due, in words; nothing when the documents give no date. */
function evaluationDue(due: Evaluation['due'], hasTerm: boolean): string {
  if (due === undefined) return '';
  if (typeof due === 'object') return `: due ${relativeDueInWords(due)}`;
  if (due === 'end') return ': due when the relationship ends';
  if (due === 'midway') return `: mid-way through the ${hasTerm ? 'term' : 'relationship'}`;
  return `: due ${monthDayInWords(due)}`;
}

/** Only what the program's documents say (program.yaml holds nothing else): a missing key publishes nothing. */
export function programFacts(program: Program): Fact[] {
  const { contract, meetings } = program;
  const facts: Fact[] = [];
  if (program.eligibility) facts.push({ label: programFieldTitle('eligibility'), value: program.eligibility });
  if (program.membersOnly !== undefined) {
    facts.push({
      label: programFieldTitle('membersOnly'),
      value: program.membersOnly
        ? `Yes: only members of the ${program.organization} may take part.`
        : `No: membership of the ${program.organization} is not required.`,
    });
  }
  facts.push({ label: programFieldTitle('kinds'), value: listInWords(program.kinds.map((kind) => valueLabel('kind', kind))) });
  if (program.bothRoles)
    facts.push({ label: programFieldTitle('bothRoles'), value: 'A participant may be a mentor, a mentee, or both at once.' });
  if (program.term) {
    facts.push({
      label: programFieldTitle('term'),
      value: `${monthDayInWords(program.term.start)} to ${monthDayInWords(program.term.end)}${program.term.end < program.term.start ? ' of the following year' : ''}`,
    });
  }
  if (program.orientation) {
    facts.push({
      label: programFieldTitle('orientation'),
      value: `${monthName(program.orientation.month)}: ${program.orientation.description}`,
    });
  }
  const duration = contract?.durationMonths;
  if (duration) {
    const { min, max, recommendedMax } = duration;
    const limits =
      min !== undefined && max !== undefined
        ? min === max
          ? plural(max, 'month')
          : `${min} to ${max} months`
        : min !== undefined
          ? `At least ${plural(min, 'month')}`
          : max !== undefined
            ? `At most ${plural(max, 'month')}`
            : '';
    const suggestion =
      recommendedMax !== undefined ? `the program suggests no more than ${plural(recommendedMax, 'month')}; the choice is the pair's` : '';
    const value = [limits, suggestion].filter(Boolean).join('; ') || 'The pair chooses';
    facts.push({ label: programFieldTitle('contract.durationMonths'), value: value.charAt(0).toUpperCase() + value.slice(1) });
  }
  if (contract?.goals) {
    facts.push({
      label: programFieldTitle('contract.goals'),
      value: `${contract.goals.min === contract.goals.max ? contract.goals.max : `${contract.goals.min} to ${contract.goals.max}`}${contract.additionalGoals ? ', with further goals attached if needed' : ''}`,
    });
  }
  if (program.contactHours) {
    facts.push({ label: programFieldTitle('contactHours'), value: `At least ${plural(program.contactHours.min, 'hour')} of contact` });
  }
  const dueWords = contractDueWords(program);
  if (dueWords !== undefined || contract?.submitTo) {
    const dueKey = contract?.dueMonthsAfterNotified !== undefined ? 'contract.dueMonthsAfterNotified' : 'contract.dueDaysAfterNotified';
    facts.push({
      label: programFieldTitle(dueWords !== undefined ? dueKey : 'contract.submitTo'),
      value: [
        dueWords !== undefined ? `Within ${dueWords} of being told of your pairing` : '',
        contract?.submitTo ? `send it to: ${contract.submitTo}` : '',
      ]
        .filter(Boolean)
        .join('; ')
        .replace(/^s/, 'S'),
    });
  }
  if (program.checkIns) {
    facts.push({
      label: programFieldTitle('checkIns'),
      value: `Every ${plural(program.checkIns.everyMonths, 'month')}, by ${valueLabel('method', program.checkIns.method).toLowerCase()}`,
    });
  }
  if (program.evaluations && program.evaluations.length > 0) {
    facts.push({
      label: programFieldTitle('evaluations'),
      value: oneOrList(
        program.evaluations.map(
          (evaluation) => `${evaluation.title}${evaluationDue(evaluation.due, program.term !== undefined)}${evaluationBy(evaluation.by)}`,
        ),
      ),
    });
  }
  const frequencies = meetings?.frequencies ?? [];
  if (meetings?.minimumFrequency) {
    // A minimum is a rule, not an example: "At least monthly".
    const own = meetings.ownFrequency ? '; the pair decides how often beyond that' : '';
    facts.push({
      label: 'How often pairs meet',
      value: `At least ${valueLabel('frequency', meetings.minimumFrequency).toLowerCase()}${own}`,
    });
  } else if (frequencies.length > 0 || meetings?.ownFrequency) {
    const suggested =
      frequencies.length > 0 ? `For example ${listInWords(frequencies.map((f) => valueLabel('frequency', f))).toLowerCase()}` : '';
    const own = meetings?.ownFrequency ? (suggested ? '; the pair decides' : 'The pair decides') : '';
    facts.push({ label: 'How often pairs meet', value: `${suggested}${own}` });
  }
  if (meetings?.methods) {
    facts.push({
      label: `Meeting ${programFieldTitle('meetings.methods').toLowerCase()}`,
      value: meetings.ownMethods
        ? `For example ${listInWords(meetings.methods.map((m) => valueLabel('method', m))).toLowerCase()}; the pair decides`
        : listInWords(meetings.methods.map((m) => valueLabel('method', m))),
    });
  }
  if (contract?.activityTopics) {
    facts.push({
      label: programFieldTitle('contract.activityTopics'),
      value: contract.ownActivities ? [...contract.activityTopics, "Or activities of the pair's own"] : contract.activityTopics,
    });
  }
  if (program.steps && program.steps.length > 0) {
    facts.push({
      label: programFieldTitle('steps'),
      value: program.steps.map(
        (step) =>
          `${step.title} (${STEP_BY[step.by] ?? step.by}${step.due ? `, ${step.due.days === 0 ? 'at' : `within ${plural(step.due.days, 'day')} of`} ${AFTER[step.due.after]}` : ''})`,
      ),
    });
  }
  return facts;
}
