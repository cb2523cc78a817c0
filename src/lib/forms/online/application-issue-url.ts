/**
 * The link that opens a program's application issue form on GitHub with a
 * filled application in it. The page computes the form's fields when it is
 * built (applicationIssueFields) and the browser only fills them in, so the
 * application page's script does not carry the issue form's generator.
 */
import type { FormField } from '../../issue-forms/fields.ts';
import type { Program } from '../../types.generated.ts';
import { issueFormUrl, type IssueTarget } from './issue-url.ts';

/** See issue-forms/application-request.ts (applicationFormPath). */
export const applicationTemplateName = (programId: string): string => `application-${programId}.yml`;

/** What the address needs of each field: its id, where its answer sits, its kind and its options. */
export type IssueFieldForUrl = Pick<FormField, 'id' | 'path' | 'type' | 'options'>;

export function issueFieldsForUrl(fields: readonly FormField[]): IssueFieldForUrl[] {
  return fields.map(({ id, path, type, options }) => ({ id, path, type, ...(options && { options }) }));
}

export function applicationIssueUrl(
  target: IssueTarget,
  program: Program,
  fields: readonly IssueFieldForUrl[],
  application: Record<string, unknown>,
): string {
  return issueFormUrl(target, applicationTemplateName(program.id), fields, application);
}
