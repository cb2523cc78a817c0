/**
 * Reads the body GitHub renders from a filled contract issue form back into a
 * contract draft. GitHub writes each field as `### <label>`, a blank line and
 * the answer; an empty optional field as `_No response_`; a checkbox group as
 * `- [X] option` / `- [ ] option` lines. Answers are kept as written: values
 * the schema would refuse stay in the draft so that the validator names them.
 */
import { frequencyFromWords } from '../program/frequency.ts';
import { Document } from 'yaml';
import { unquote } from '../text/unquote.ts';
import type { Program } from '../types.generated.ts';
import { contractFormFields, programFieldLabel, type ContractPath, type FormField } from './fields.ts';

const NO_RESPONSE = '_No response_';

/**
 * The longest answer read from one field. A goal is a few sentences; even the
 * longest list of goals fits in far less. A longer answer is refused by name
 * instead of being turned into a draft the validator can only call too large.
 */
const MAX_ANSWER_CHARACTERS = 5000;
/** Participant text (a program answer, a ticked box's words) is echoed back only when it is this short and plain. */
const ECHOED_ANSWER = /^[\p{L}\p{N} .,'()&-]{1,60}$/u;

export interface ContractRequest {
  /** The program the form belongs to, when the body names one this repository has. */
  program?: Program;
  /** The contract as the form gives it, keys in the schema's order. */
  contract: Record<string, unknown>;
  /** Problems with the form itself, in plain sentences (the validator judges the contract). */
  problems: string[];
  /** The fields the body was read with, to name them in messages. */
  fields: FormField[];
}

/** The answers of a rendered form by label; only the given labels start a section. */
export function issueSections(body: string, labels: ReadonlySet<string>): Map<string, string> {
  const lines = new Map<string, string[]>();
  let current: string[] | undefined;
  for (const line of body.replace(/\r\n?/g, '\n').split('\n')) {
    const label = /^###\s+(.+?)\s*$/.exec(line)?.[1];
    // A heading typed inside an answer, or a repeated one, stays part of the answer.
    if (label !== undefined && labels.has(label) && !lines.has(label)) {
      current = [];
      lines.set(label, current);
      continue;
    }
    current?.push(line);
  }
  return new Map([...lines].map(([label, answer]) => [label, answerText(answer.join('\n'))]));
}

/** The answer without surrounding blank lines, trailing spaces, or GitHub's empty marker. */
function answerText(raw: string): string {
  const trimmed = raw
    .split('\n')
    .map((line) => line.trimEnd())
    .join('\n')
    .trim();
  return trimmed === NO_RESPONSE ? '' : trimmed;
}

const LIST_ITEM = /^(?:[-*+]|\d+[.)])\s+(?:\[[ xX]\]\s+)?(.*)$/;
const CHECKBOX = /^\s*[-*]\s+\[([ xX])\]\s+(.*?)\s*$/;

/** Items typed in a text area: list items (wrapped lines joined) or one per line. */
export function listItems(answer: string): string[] {
  const items: string[] = [];
  let inList = false;
  for (const line of answer.split('\n')) {
    const trimmed = line.trim();
    if (trimmed === '') continue;
    const item = LIST_ITEM.exec(trimmed);
    if (item) {
      items.push(unquote(item[1] ?? ''));
      inList = true;
    } else if (inList && /^\s/.test(line) && items.length > 0) {
      items[items.length - 1] = `${items[items.length - 1]} ${trimmed}`;
    } else {
      items.push(unquote(trimmed));
      inList = false;
    }
  }
  return items.filter((item) => item !== '');
}

function optionValue(field: FormField, answer: string): string {
  const options = field.options ?? [];
  const match =
    options.find((option) => option.label === answer) ?? options.find((option) => option.value.toLowerCase() === answer.toLowerCase());
  return match ? match.value : answer;
}

function tickedValues(field: FormField, answer: string, problems: string[]): string[] {
  const values: string[] = [];
  for (const line of answer.split('\n')) {
    const box = CHECKBOX.exec(line);
    if (!box || box[1] === ' ') continue;
    const label = box[2] ?? '';
    const option = (field.options ?? []).find((candidate) => candidate.label === label);
    if (option) values.push(option.value);
    else if (ECHOED_ANSWER.test(label))
      problems.push(`“${field.label}” has a ticked box “${label}” that is not one of the form's options.`);
    else problems.push(`“${field.label}” has a ticked box that is not one of the form's options.`);
  }
  return values;
}

/** The value an answer stands for; a number that is not one stays text for the validator to name. */
export function answerValue(field: FormField, answer: string, problems: string[]): unknown {
  switch (field.answer) {
    case 'integer': {
      const whole = /^(\d+)(?:\s*months?)?$/i.exec(answer);
      return whole ? Number(whole[1]) : answer;
    }
    case 'number': {
      const number = /^(\d+(?:\.\d+)?)(?:\s*hours?)?$/i.exec(answer);
      return number ? Number(number[1]) : answer;
    }
    case 'choice':
      return optionValue(field, answer);
    case 'choices': {
      const values = tickedValues(field, answer, problems);
      return values.length > 0 ? values : undefined;
    }
    case 'list': {
      const items = listItems(answer);
      return items.length > 0 ? items : undefined;
    }
    case 'text':
      // Quotes typed around an answer (as YAML files write a phone number) are not part of it.
      // The meeting frequency is free text; a suggestion written in words is stored as its value.
      return field.path.join('.') === 'meetings.frequency' ? frequencyFromWords(unquote(answer)) : unquote(answer);
  }
}

function setAt(target: Record<string, unknown>, path: ContractPath, value: unknown): void {
  let node: Record<string | number, unknown> = target;
  path.forEach((part, index) => {
    if (index === path.length - 1) {
      node[part] = value;
      return;
    }
    const nextIsIndex = typeof path[index + 1] === 'number';
    node[part] ??= nextIsIndex ? [] : {};
    node = node[part] as Record<string | number, unknown>;
  });
}

/** Drops the holes an unanswered goal or party leaves, so that later answers move up. */
function compact(value: unknown): unknown {
  if (Array.isArray(value)) return value.filter((item) => item !== undefined).map(compact);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(Object.entries(value).map(([key, child]) => [key, compact(child)]));
}

/** Reads a filled contract form. `programs` are the repository's programs. */
export function parseContractRequest(body: string, programs: readonly Program[]): ContractRequest {
  const programLabel = programFieldLabel();
  // Every heading ends the program's answer here: which labels are fields is known only once the program is.
  const headings = [...body.matchAll(/^###\s+(.+?)\s*$/gm)].map((match) => match[1] ?? '');
  const programAnswer = issueSections(body, new Set(headings)).get(programLabel) ?? '';
  const program = programs.find((candidate) => candidate.name === programAnswer || candidate.id === programAnswer);
  if (!program) {
    const problem =
      programAnswer === ''
        ? `The issue has no “${programLabel}” answer: open it with one of the contract forms (New issue, then the form of your program).`
        : ECHOED_ANSWER.test(programAnswer)
          ? `The program “${programAnswer}” is not one of this repository's programs.`
          : `The “${programLabel}” answer is not one of this repository's programs: ${programs.map((p) => p.name).join(', ')}.`;
    return { contract: {}, problems: [problem], fields: [] };
  }

  const fields = contractFormFields(program);
  const sections = issueSections(body, new Set(fields.map((field) => field.label)));
  const problems: string[] = [];
  const contract: Record<string, unknown> = {};
  for (const field of fields) {
    const answer = sections.get(field.label);
    if (answer === undefined) {
      if (field.required)
        problems.push(`The issue has no “${field.label}” section: it was not written with the current ${program.name} contract form.`);
      continue;
    }
    if (answer === '') continue;
    if (answer.length > MAX_ANSWER_CHARACTERS) {
      problems.push(
        `“${field.label}” is too long: ${answer.length.toLocaleString('en-US')} characters, at most ${MAX_ANSWER_CHARACTERS.toLocaleString('en-US')} per answer. Shorten it.`,
      );
      continue;
    }
    const value = answerValue(field, answer, problems);
    if (value !== undefined) setAt(contract, field.path, value);
  }
  return { program, contract: compact(contract) as Record<string, unknown>, problems, fields };
}

/** The contract draft as YAML text, the way a coordinator would write the file. */
export function contractDraftYaml(contract: Record<string, unknown>): string {
  return new Document(contract).toString({ lineWidth: 0 });
}
