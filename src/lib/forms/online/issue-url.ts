/**
 * The link that opens a program's contract or application issue form on GitHub
 * with a filled record's answers in it. GitHub fills an issue form's fields from query
 * parameters named by the fields' ids; the ids and answers come from the same
 * field list that generates the form and parses it back (issue-forms/fields.ts),
 * so what is sent is what the parser reads. Tick boxes are not carried (GitHub
 * fills text fields and dropdowns from the address): the page says so.
 */
import { contractFormFields, type ContractPath, type FormField } from '../../issue-forms/fields.ts';
import type { Program } from '../../types.generated.ts';

export interface IssueTarget {
  /** https://github.com, or a GitHub Enterprise server. */
  serverUrl: string;
  /** owner/name */
  repository: string;
}

function valueAt(record: unknown, path: ContractPath): unknown {
  let node = record;
  for (const part of path) {
    if (typeof node !== 'object' || node === null) return undefined;
    node = (node as Record<string | number, unknown>)[part];
  }
  return node;
}

/** The template's file name, as `.github/ISSUE_TEMPLATE/` holds it (see issue-forms/render.ts). */
export const contractTemplateName = (programId: string): string => `contract-${programId}.yml`;

/** The labels of fields the address cannot fill: the person ticks them again on GitHub. */
export function unfilledIssueFields(fields: readonly FormField[]): string[] {
  return fields.filter((field) => field.type === 'checkboxes').map((field) => field.label);
}

export function contractIssueUrl(target: IssueTarget, program: Program, contract: Record<string, unknown>): string {
  return issueFormUrl(target, contractTemplateName(program.id), contractFormFields(program), contract);
}

/** The issue form `template` with the record's answers in the address, by the fields' ids. */
export function issueFormUrl(
  target: IssueTarget,
  template: string,
  fields: readonly Pick<FormField, 'id' | 'path' | 'type' | 'options'>[],
  record: Record<string, unknown>,
): string {
  const url = new URL(`${target.serverUrl.replace(/\/+$/, '')}/${target.repository}/issues/new`);
  url.searchParams.set('template', template);
  for (const field of fields) {
    const value = valueAt(record, field.path);
    if (value === undefined || field.type === 'checkboxes') continue;
    if (field.type === 'dropdown') {
      const option = field.options?.find((candidate) => candidate.value === value);
      if (option) url.searchParams.set(field.id, option.label);
      continue;
    }
    const text = (item: unknown): string => (typeof item === 'object' && item !== null ? '' : String(item));
    url.searchParams.set(field.id, Array.isArray(value) ? value.map(text).join('\n') : text(value));
  }
  return url.href;
}
