/**
 * "Coordinator: a new program": the issue form's fields, worded by
 * program.schema.json's titles and descriptions, and the answers read back
 * into NewProgramAnswers. The form is one of the action forms (fields.ts
 * lists it), so it is generated, parsed and trusted like them.
 */
import { schemaAt } from '../../validate/field-labels.ts';
import { schemaWordedField, type ActionField } from '../actions/fields.ts';
import { parseCoordinators, type NewProgramAnswers } from './program-files.ts';

/** A field worded by the program schema at `path`, answered as text unless the overrides say otherwise. */
const programField = (id: string, path: readonly string[], required: boolean, overrides: Partial<ActionField> = {}): ActionField =>
  schemaWordedField('program', id, path, required, { type: 'input', answer: 'text', ...overrides });

const KIND_OPTIONS = [
  { value: 'mentoring', label: 'Mentoring: a mentor and a mentee' },
  { value: 'peer', label: 'Peer mentoring: two peers' },
  { value: 'mentoring+peer', label: 'Both' },
];
const MEMBERSHIP_OPTIONS = [
  { value: 'unsaid', label: 'The documents do not say' },
  { value: 'yes', label: 'Yes: members of the association only' },
  { value: 'no', label: 'No: open to everyone' },
];

export function newProgramFields(): ActionField[] {
  return [
    programField('id', ['id'], true, {
      label: 'Program id',
      description:
        'A short name for the program in lowercase letters, digits and dashes: its folder and its web address (for example alao).',
      placeholder: 'alao',
    }),
    programField('name', ['name'], true),
    programField('organization', ['organization'], true),
    programField('summary', ['summary'], true, { type: 'textarea' }),
    programField('kinds', ['kinds'], true, { type: 'dropdown', answer: 'choice', options: KIND_OPTIONS, defaultOption: 0 }),
    programField('membersOnly', ['membersOnly'], true, {
      type: 'dropdown',
      answer: 'choice',
      options: MEMBERSHIP_OPTIONS,
      defaultOption: 0,
    }),
    programField('termStart', ['term', 'start'], false, {
      placeholder: 'MM-DD, for example 06-01; leave empty if the documents give no term',
    }),
    programField('termEnd', ['term', 'end'], false, { placeholder: 'MM-DD, for example 04-30' }),
    programField('coordinators', ['coordinators'], true, {
      type: 'textarea',
      description:
        'One coordinator per line, as “Name <email> @github-account” (the account may be left out). Their names and emails are public on the site, so readers can reach them.',
      placeholder: 'Tamsin Achterberg <tamsin.achterberg@example.org> @tamsin-a',
    }),
  ];
}

/** The answers as a new program, or the problems that stop it (in plain sentences). */
export function newProgramAnswers(answers: ReadonlyMap<string, string | number>): { program?: NewProgramAnswers; problems: string[] } {
  const text = (id: string): string => String(answers.get(id) ?? '').trim();
  const problems: string[] = [];
  const { coordinators, problems: coordinatorProblems } = parseCoordinators(text('coordinators'));
  problems.push(...coordinatorProblems);
  const [termStart, termEnd] = [text('termStart'), text('termEnd')];
  if ((termStart === '') !== (termEnd === '')) problems.push('Give both the day the term starts and the day it ends, or neither.');
  const membership = text('membersOnly');
  // The id becomes a folder name: checked here, before any path is made of it, by the schema's own pattern.
  const idPattern = schemaAt('program', ['id'])?.['pattern'];
  if (typeof idPattern !== 'string' || !new RegExp(idPattern, 'u').test(text('id')) || text('id').length > 40)
    problems.push('“Program id” must be lowercase letters, digits and dashes, starting with a letter (for example alao).');
  if (problems.length > 0) return { problems };
  return {
    problems,
    program: {
      id: text('id'),
      name: text('name'),
      organization: text('organization'),
      summary: text('summary'),
      kinds: text('kinds') === 'mentoring+peer' ? ['mentoring', 'peer'] : [text('kinds') as 'mentoring' | 'peer'],
      ...(membership === 'yes' ? { membersOnly: true } : membership === 'no' ? { membersOnly: false } : {}),
      ...(termStart !== '' ? { term: { start: termStart, end: termEnd } } : {}),
      coordinators,
    },
  };
}
