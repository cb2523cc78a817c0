/**
 * The fields of a program's application, from schemas/application.schema.json
 * and the program's `applications`, and the IssueOps step that reads an issue
 * labelled application-request back into an application draft and opens its
 * pull request (or comments what to fix). No issue form is generated for it
 * any more: applicants send their application by email to the program's
 * intake mailbox (README, "Taking part by email").
 */
import { methodsOf } from '../program/methods.ts';
import { Document, isScalar } from 'yaml';
import { enumOptions, helpOf, itemsOf, labelOf, propertiesOf } from '../schema-walk.ts';
import { resolvedSchema } from '../schema-files.ts';
import type { Program } from '../types.generated.ts';
import { authorRefusal, type AuthorRole } from './author.ts';
import { COMMENT_MARKER, diagnosticProblems, invalidRequestComment, type FormProblem } from './comment.ts';
import type { DraftVerdict } from './contract-request.ts';
import type { ContractRequestIssue } from './event.ts';
import type { FormField } from './fields.ts';
import { answerValue, issueSections } from './parse.ts';

export const APPLICATION_REQUEST_LABEL = 'application-request';

/**
 * Not asked on the form: `submitted` is the day the workflow reads it; `avoid` names ids only coordinators know;
 * `lateAccepted` is the coordinator's exception, recorded in the file.
 */
const NOT_ASKED = new Set(['submitted', 'avoid', 'lateAccepted']);

export function applicationFormFields(program: Program): FormField[] {
  const schema = resolvedSchema('application');
  const required = new Set(Array.isArray(schema['required']) ? (schema['required'] as string[]) : []);
  const settings = program.applications!;
  const fields: FormField[] = [];
  for (const [key, node] of propertiesOf(schema)) {
    if (NOT_ASKED.has(key)) continue;
    const base = { id: key, label: labelOf(node, key), description: helpOf(node) ?? '', required: required.has(key), path: [key] };
    const options = enumOptions(itemsOf(node)) ?? enumOptions(node);
    const labelled = (values: readonly string[]) =>
      values.map((value) => ({ value, label: options?.find((option) => option.value === value)?.label ?? value }));
    switch (key) {
      case 'program':
        fields.push({
          ...base,
          type: 'dropdown',
          answer: 'choice',
          options: [{ value: program.id, label: program.name }],
          defaultOption: 0,
        });
        break;
      case 'cycle':
      case 'capacity':
        if (key === 'capacity' && !settings.roles.includes('mentor')) break;
        fields.push({
          ...base,
          type: 'input',
          answer: 'integer',
          ...(key === 'capacity' ? { description: `${base.description} Mentors only; 1 when left empty.` } : { placeholder: 'YYYY' }),
        });
        break;
      case 'member':
        if (program.membersOnly)
          fields.push({
            ...base,
            description: `${base.description} The ${program.name} is open to members only.`,
            type: 'checkboxes',
            answer: 'choices',
            options: [{ value: 'true', label: `I am a member of the ${program.organization}` }],
          });
        break;
      case 'roles':
        fields.push({
          ...base,
          description: `${base.description}${program.bothRoles ? ' You may tick mentor and mentee both.' : ''}`,
          type: 'checkboxes',
          answer: 'choices',
          options: labelled(settings.roles),
        });
        break;
      case 'interests':
        if (settings.interests)
          fields.push({
            ...base,
            id: 'interests-listed',
            required: false,
            type: 'checkboxes',
            answer: 'choices',
            options: labelled(settings.interests),
          });
        fields.push({
          ...base,
          id: 'interests-own',
          label: settings.interests ? `${base.label}, in your own words` : base.label,
          required: !settings.interests,
          type: 'textarea',
          answer: 'list',
          description: 'One per line.',
        });
        break;
      case 'methods':
        fields.push({ ...base, type: 'checkboxes', answer: 'choices', options: labelled(methodsOf(program)) });
        break;
      case 'careerStage':
        fields.push({ ...base, type: 'dropdown', answer: 'choice', options: options ?? [] });
        break;
      case 'notes':
        fields.push({ ...base, type: 'textarea', answer: 'text' });
        break;
      default:
        fields.push({ ...base, type: 'input', answer: 'text' });
    }
  }
  return fields;
}

export interface ApplicationRequest {
  program?: Program;
  draft: Record<string, unknown>;
  problems: string[];
}

/** Reads a filled application form; `today` becomes `submitted`. */
export function parseApplicationRequest(body: string, programs: readonly Program[], today: string): ApplicationRequest {
  const headings = [...body.matchAll(/^###\s+(.+?)\s*$/gm)].map((match) => match[1] ?? '');
  const programHeading = labelOf(propertiesOf(resolvedSchema('application')).find(([key]) => key === 'program')![1], 'program');
  const answer = issueSections(body, new Set(headings)).get(programHeading) ?? '';
  const program = programs.find((candidate) => candidate.applications && (candidate.name === answer || candidate.id === answer));
  if (!program) {
    return {
      draft: {},
      problems: [
        answer === ''
          ? `The issue has no “${programHeading}” answer: open it with one of the application forms.`
          : `The program “${answer}” takes no applications in this repository.`,
      ],
    };
  }
  const fields = applicationFormFields(program);
  const sections = issueSections(body, new Set(fields.map((field) => field.label)));
  const problems: string[] = [];
  const draft: Record<string, unknown> = {};
  const interests: string[] = [];
  for (const field of fields) {
    const text = sections.get(field.label);
    if (text === undefined) {
      if (field.required)
        problems.push(`The issue has no “${field.label}” section: it was not written with the current ${program.name} application form.`);
      continue;
    }
    if (text === '') continue;
    const value = answerValue(field, text, problems);
    if (value === undefined) continue;
    if (field.id === 'interests-listed' || field.id === 'interests-own') interests.push(...(value as string[]));
    else if (field.id === 'member') draft['member'] = (value as string[]).includes('true');
    else draft[field.id] = value;
  }
  if (interests.length > 0) draft['interests'] = interests;
  draft['submitted'] = today;
  // Keys in the schema's order, as a coordinator would write the file.
  const order = propertiesOf(resolvedSchema('application')).map(([key]) => key);
  const ordered = Object.fromEntries(order.filter((key) => key in draft).map((key) => [key, draft[key]]));
  return { program, draft: ordered, problems };
}

export interface ApplicationRequestActions {
  programs: readonly Program[];
  /** The author's role in the repository, asked of GitHub: only a role that can write may act. */
  authorRole: AuthorRole;
  today: string;
  submit: (draftText: string) => Promise<DraftVerdict>;
  comment: (body: string) => Promise<void>;
}

export async function handleApplicationRequest(
  issue: ContractRequestIssue,
  actions: ApplicationRequestActions,
): Promise<{ outcome: 'untrusted-author' | 'invalid' | 'exists' | 'opened'; comment: string }> {
  const finish = async (outcome: 'untrusted-author' | 'invalid' | 'exists' | 'opened', comment: string) => {
    await actions.comment(comment);
    return { outcome, comment };
  };
  const refusal = await authorRefusal(issue, actions.authorRole);
  if (refusal !== undefined) return finish('untrusted-author', refusal);
  const request = parseApplicationRequest(issue.body, actions.programs, actions.today);
  if (!request.program || request.problems.length > 0)
    return finish('invalid', invalidRequestComment(request.problems.map((message) => ({ message }))));
  const document = new Document(request.draft);
  // Dates we write are quoted, so that every YAML reader keeps them as text.
  const submitted = document.get('submitted', true);
  if (isScalar(submitted)) submitted.type = 'QUOTE_DOUBLE';
  const draftText = document.toString({ lineWidth: 0 });
  const verdict = await actions.submit(draftText);
  // Diagnostics name the field: the draft's keys are the schema's, and each message names its field.
  const noLabel = (): string | undefined => undefined;
  if (verdict.status === 'invalid') {
    const errors: FormProblem[] = diagnosticProblems(verdict.diagnostics, 'error', noLabel);
    return finish('invalid', invalidRequestComment(errors, diagnosticProblems(verdict.diagnostics, 'warning', noLabel)));
  }
  if (verdict.status === 'exists') {
    return finish(
      'exists',
      `${COMMENT_MARKER}\nThis application is already on file, so nothing was changed. A coordinator can correct it in a pull request.\n`,
    );
  }
  const warnings = diagnosticProblems(verdict.warnings, 'warning', noLabel);
  const lines = [
    COMMENT_MARKER,
    verdict.updated
      ? `The application in pull request #${verdict.number} now holds the answers of this issue: ${verdict.url}`
      : `Thank you: the application is now pull request #${verdict.number}: ${verdict.url}`,
    '',
    warnings.length === 0
      ? '✅ The application passed validation. A coordinator will review and merge it.'
      : '⚠️ The application passed validation, with points for the coordinator to weigh:',
    ...warnings.map((warning) => `- ${warning.message}`),
    '',
  ];
  return finish('opened', lines.join('\n'));
}
