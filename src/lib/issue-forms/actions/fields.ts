/**
 * The coordinator's action forms (a new pairing, a status change, a check-in,
 * contact hours, a step done, an evaluation received): their fields, worded by the pairing schema's titles and
 * descriptions, as GitHub issue forms. One form per action serves every
 * program (the program is the first answer). The same list renders the form
 * (render.ts) and reads a filled one back (parse.ts).
 */
import { enumOptions, helpOf, labelOf, type EnumOption } from '../../schema-walk.ts';
import type { Program } from '../../types.generated.ts';
import type { RecordSchemaName } from '../../schema-files.ts';
import { schemaAt } from '../../validate/field-labels.ts';
import { newProgramFields } from '../new-program/form.ts';

export type ActionId =
  | 'pairing-new'
  | 'status-change'
  | 'check-in'
  | 'contact-hours'
  | 'step-done'
  | 'evaluation-received'
  | 'program-new'
  | 'application-late';
/** The actions that change a pairing file (a new program and a late application have files of their own). */
export type PairingActionId = Exclude<ActionId, 'program-new' | 'application-late'>;
/** Every action form applies this label (the IssueOps workflow acts on it) and `action:<id>`. */
export const ACTION_LABEL = 'coordinator-action';
export const actionLabel = (id: ActionId): string => `action:${id}`;
export const actionTemplateName = (id: ActionId): string => `action-${id}.yml`;
export const actionFormPath = (id: ActionId): string => `.github/ISSUE_TEMPLATE/${actionTemplateName(id)}`;

export interface ActionField {
  id: string;
  type: 'input' | 'textarea' | 'dropdown';
  label: string;
  description: string;
  required: boolean;
  answer: 'text' | 'date' | 'number' | 'choice';
  options?: readonly EnumOption[];
  placeholder?: string;
  defaultOption?: number;
}

export interface ActionForm {
  id: ActionId;
  name: string;
  /** What the form is for, one sentence (GitHub's template chooser shows it). */
  about: string;
  /** The issue title GitHub proposes. */
  title: string;
  fields: (programs: readonly Program[]) => ActionField[];
  /** The programs the form serves, when not every program (a form is generated only when it serves one). */
  serves?: (program: Program) => boolean;
}

/** The programs an action form offers: all of them, or those it serves. */
export const formPrograms = (form: ActionForm, programs: readonly Program[]): Program[] =>
  programs.filter((program) => form.serves?.(program) ?? true);

type Path = readonly (string | number)[];

/** A field worded by a record schema's title and description at `path`, its answer typed by the schema. */
export function schemaWordedField(
  schema: RecordSchemaName,
  id: string,
  path: Path,
  required: boolean,
  overrides: Partial<ActionField> = {},
): ActionField {
  const node = schemaAt(schema, path) ?? {};
  const options = enumOptions(node);
  const date = node['format'] === 'date' || (typeof node['pattern'] === 'string' && /^\^\[0-9\]\{4\}-/.test(node['pattern']));
  const number = node['type'] === 'number' || node['type'] === 'integer';
  return {
    id,
    type: options ? 'dropdown' : 'input',
    label: labelOf(node, String(path.at(-1))),
    description: helpOf(node) ?? '',
    required,
    answer: options ? 'choice' : date ? 'date' : number ? 'number' : 'text',
    ...(options && { options }),
    ...(date && { placeholder: 'YYYY-MM-DD' }),
    ...overrides,
  };
}

/** A field worded by the pairing schema at `path`. */
const schemaField = (id: string, path: Path, required: boolean, overrides: Partial<ActionField> = {}): ActionField =>
  schemaWordedField('pairing', id, path, required, overrides);

/** A field worded by the application schema at `path`. */
const applicationField = (id: string, path: Path, required: boolean): ActionField => schemaWordedField('application', id, path, required);

function programField(programs: readonly Program[]): ActionField {
  return {
    ...schemaField('program', ['program'], true),
    type: 'dropdown',
    answer: 'choice',
    description: 'The program the pairing belongs to.',
    options: programs.map((program) => ({ value: program.id, label: program.name })),
    ...(programs.length === 1 && { defaultOption: 0 }),
  };
}

const pairingIdField = (required: boolean, description: string): ActionField => ({
  id: 'pairing',
  type: 'input',
  label: 'Pairing id',
  description,
  required,
  answer: 'text',
  placeholder: '2026-lee-okafor',
});

const EXISTING_PAIRING = "The pairing's id: its file name under content/pairings/<program>/, as the desk lists it.";

const person = (position: 1 | 2, role: 'mentor' | 'mentee', key: 'name' | 'email'): ActionField => {
  const who = position === 1 ? 'Mentor, or first peer' : 'Mentee, or second peer';
  const field = schemaField(`person-${position}-${key}`, [role, key], true);
  return { ...field, label: `${who}: ${field.label}` };
};

/**
 * A dropdown of one list each program defines (its steps, its evaluations):
 * the value is `<program>/<item id>`, so equal ids in two programs stay apart,
 * and the label names the program too (the desk's links prefill it).
 */
export const programItemLabel = (programName: string, title: string): string => `${programName}: ${title}`;

function programItemField(
  base: ActionField,
  programs: readonly Program[],
  items: (program: Program) => readonly { id: string; title: string }[],
): ActionField {
  const serving = programs.filter((program) => items(program).length > 0);
  return {
    ...base,
    type: 'dropdown',
    answer: 'choice',
    options: serving.flatMap((program) =>
      items(program).map((item) => ({
        value: `${program.id}/${item.id}`,
        label: programItemLabel(program.name, item.title),
      })),
    ),
  };
}

const stepsOf = (program: Program) => program.steps ?? [];
const evaluationsOf = (program: Program) => program.evaluations ?? [];

export const ACTION_FORMS: readonly ActionForm[] = [
  {
    id: 'pairing-new',
    name: 'Coordinator: a new pairing',
    about: 'Record a new pair (who is matched with whom): becomes a pull request adding its pairing file.',
    title: 'New pairing',
    fields: (programs) => [
      programField(programs),
      schemaField('kind', ['kind'], true),
      person(1, 'mentor', 'name'),
      person(1, 'mentor', 'email'),
      person(2, 'mentee', 'name'),
      person(2, 'mentee', 'email'),
      schemaField('notified', ['notified'], true),
      schemaField('status', ['status'], true, {
        description: 'Where the relationship stands now: proposed until the pair has accepted, then active.',
        options: (enumOptions(schemaAt('pairing', ['status']) ?? {}) ?? []).filter(
          (option) => option.value === 'proposed' || option.value === 'active',
        ),
      }),
      pairingIdField(false, 'Leave empty to make it from the year notified and the two surnames (for example 2026-lee-okafor).'),
    ],
  },
  {
    id: 'status-change',
    name: 'Coordinator: a status change',
    about: 'Record that a pair completed, ended early or was reassigned: becomes a pull request updating its pairing file.',
    title: 'Status change',
    fields: (programs) => [
      programField(programs),
      pairingIdField(true, EXISTING_PAIRING),
      schemaField('status', ['history', 0, 'status'], true),
      schemaField('date', ['history', 0, 'date'], true),
      schemaField('requestedBy', ['history', 0, 'requestedBy'], true),
      { ...schemaField('note', ['history', 0, 'note'], true), type: 'textarea' },
      schemaField('coordinatorInformed', ['history', 0, 'coordinatorInformed'], false),
      schemaField('newPairing', ['history', 0, 'newPairing'], false, { answer: 'text' }),
    ],
  },
  {
    id: 'check-in',
    name: 'Coordinator: a check-in',
    about: 'Record the day you checked in with a pair: becomes a pull request adding it to the pairing file.',
    title: 'Check-in',
    fields: (programs) => [programField(programs), pairingIdField(true, EXISTING_PAIRING), schemaField('date', ['checkIns', 0], true)],
  },
  {
    id: 'contact-hours',
    name: 'Coordinator: contact hours',
    about: 'Record the contact hours a pair has reported so far: becomes a pull request updating the pairing file.',
    title: 'Contact hours',
    fields: (programs) => [programField(programs), pairingIdField(true, EXISTING_PAIRING), schemaField('hours', ['hoursLogged'], true)],
  },
  {
    id: 'step-done',
    name: 'Coordinator: a step done',
    about: "Record the day one of the program's steps happened for a pair: becomes a pull request adding it to the pairing file.",
    title: 'Step done',
    serves: (program) => stepsOf(program).length > 0,
    fields: (programs) => [
      programField(programs),
      pairingIdField(true, EXISTING_PAIRING),
      programItemField(
        {
          id: 'step',
          type: 'dropdown',
          label: 'Step',
          description: "Which of the program's steps happened.",
          required: true,
          answer: 'choice',
        },
        programs,
        stepsOf,
      ),
      // The pairing's `steps` is a map by step id, which the schema walk does not follow: worded here as in the schema.
      {
        id: 'date',
        type: 'input',
        label: 'Done on',
        description: 'The day the step happened.',
        required: true,
        answer: 'date',
        placeholder: 'YYYY-MM-DD',
      },
    ],
  },
  {
    id: 'evaluation-received',
    name: 'Coordinator: an evaluation received',
    about: "Record one person's response to one of the program's evaluations: becomes a pull request adding it to the pairing file.",
    title: 'Evaluation received',
    serves: (program) => evaluationsOf(program).length > 0,
    fields: (programs) => [
      programField(programs),
      pairingIdField(true, EXISTING_PAIRING),
      programItemField(
        schemaField('evaluation', ['evaluations', 0, 'evaluation'], true, {
          description: "Which of the program's evaluations was answered.",
        }),
        programs,
        evaluationsOf,
      ),
      schemaField('role', ['evaluations', 0, 'role'], true),
      schemaField('received', ['evaluations', 0, 'received'], true),
    ],
  },
  {
    id: 'program-new',
    name: 'Coordinator: a new program',
    about:
      'Add a program from its documents: becomes a pull request with its program.yaml, its SOURCES.md rows to fill and a first guideline page.',
    title: 'New program',
    fields: () => newProgramFields(),
  },
  {
    id: 'application-late',
    name: 'Coordinator: a late application accepted',
    about:
      "Accept an application that came in outside the program's window: becomes a pull request recording who accepted it, when and why.",
    title: 'Late application accepted',
    serves: (program) => program.applications !== undefined,
    fields: (programs) => [
      programField(programs),
      {
        id: 'application',
        type: 'input',
        label: 'Application id',
        description: "The application's file name under content/applications/<program>/<cycle>/, without .yaml.",
        required: true,
        answer: 'text',
        placeholder: '2027-okafor',
      },
      applicationField('by', ['lateAccepted', 'by'], true),
      applicationField('on', ['lateAccepted', 'on'], true),
      { ...applicationField('reason', ['lateAccepted', 'reason'], true), type: 'textarea' },
    ],
  },
];

export function actionForm(id: ActionId): ActionForm {
  const form = ACTION_FORMS.find((candidate) => candidate.id === id);
  if (!form) throw new Error(`No action form ${id}`);
  return form;
}
