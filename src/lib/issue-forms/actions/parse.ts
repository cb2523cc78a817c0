/**
 * Reads the body GitHub renders from a filled action form back into answers,
 * by the same field list that generated the form. Dropdown answers become
 * their values; text is read without quotes typed around it.
 */
import { unquote } from '../../text/unquote.ts';
import type { Program } from '../../types.generated.ts';
import { issueSections } from '../issue-sections.ts';
import type { ActionField, ActionForm } from './fields.ts';

export interface ActionRequest {
  program?: Program;
  /** By field id; a number that is not one stays text, for the validator to name. */
  answers: Map<string, string | number>;
  /** Problems with the form itself, in plain sentences. */
  problems: string[];
}

/** An answer as the action reads it: a dropdown's value, a number, or the text (the command line reads its arguments with it too). */
export function answerValue(field: ActionField, answer: string): string | number {
  if (field.answer === 'choice') {
    return field.options?.find((option) => option.label === answer || option.value === answer.toLowerCase())?.value ?? answer;
  }
  const text = unquote(answer);
  if (field.answer === 'number') {
    const number = /^(\d+(?:\.\d+)?)(?:\s*hours?)?$/i.exec(text);
    return number ? Number(number[1]) : text;
  }
  return text;
}

export function parseActionRequest(body: string, form: ActionForm, programs: readonly Program[]): ActionRequest {
  const fields = form.fields(programs);
  const sections = issueSections(body, new Set(fields.map((field) => field.label)));
  const answers = new Map<string, string | number>();
  const problems: string[] = [];
  for (const field of fields) {
    const answer = sections.get(field.label);
    if (answer === undefined) {
      problems.push(`The issue has no “${field.label}” section: open it with the current “${form.name}” form.`);
      continue;
    }
    if (answer === '') {
      if (field.required) problems.push(`“${field.label}” is needed.`);
      continue;
    }
    const parsed = answerValue(field, answer);
    if (field.answer === 'choice' && !field.options?.some((option) => option.value === parsed)) {
      problems.push(`“${field.label}” is not one of the form's options.`);
      continue;
    }
    answers.set(field.id, parsed);
  }
  const programId = answers.get('program');
  const program = programs.find((candidate) => candidate.id === programId);
  return { ...(program && { program }), answers, problems };
}
