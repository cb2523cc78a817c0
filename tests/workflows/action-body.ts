/** The body GitHub writes for a submitted action form, for tests that file one. */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { actionFormPath, type ActionId } from '../../src/lib/issue-forms/actions/fields.ts';

interface FormElement {
  type: string;
  id?: string;
  attributes: { label: string };
}

/** `### label`, a blank line, the answer or _No response_, for each field of the generated form. */
export function submittedActionBody(id: ActionId, answers: Record<string, string>): string {
  const form = parse(readFileSync(actionFormPath(id), 'utf8')) as { body: FormElement[] };
  return form.body
    .filter((element) => element.type !== 'markdown')
    .map((element) => `### ${element.attributes.label}\n\n${answers[element.id ?? ''] || '_No response_'}`)
    .join('\n\n');
}
