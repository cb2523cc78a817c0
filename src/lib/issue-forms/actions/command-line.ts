/**
 * `npm run record`: the record actions of the coordinator's issue forms (a
 * step done, a check-in, contact hours, an evaluation received) given on the
 * command line. The arguments become the same answers a filled form gives,
 * read by the same field list (fields.ts) and the same reader (parse.ts), so
 * that actionDraft, and then the validator, judge them exactly as they judge
 * the form. Each mistake is one sentence naming the argument.
 */
import { UsageError } from '../../cli/errors.ts';
import { isIsoDate } from '../../dates.ts';
import type { SourceFile } from '../../repository/read-files.ts';
import { recordPath } from '../../submit/record-location.ts';
import type { Program } from '../../types.generated.ts';
import { actionForm, type ActionField, type PairingActionId } from './fields.ts';
import { answerValue } from './parse.ts';
import { RECORD_ACTIONS, RECORD_VERBS, type RecordVerb } from './record-verbs.ts';

export interface RecordArguments {
  program: string;
  pairing: string;
  /** The words after the pairing: the action, then its step id, hours or evaluation id. */
  words: readonly string[];
  date?: string | undefined;
  role?: string | undefined;
  /** The default date. */
  today: string;
}

export interface RecordRequest {
  action: PairingActionId;
  program: Program;
  /** By the form's field ids, as parseActionRequest gives them. */
  answers: Map<string, string | number>;
}

const isVerb = (word: string | undefined): word is RecordVerb => word !== undefined && Object.hasOwn(RECORD_ACTIONS, word);

function fieldOf(fields: readonly ActionField[], id: string): ActionField {
  const field = fields.find((candidate) => candidate.id === id);
  if (!field) throw new Error(`the action form has no field ${id}`);
  return field;
}

/** The program's own choices of a dropdown (`<program>/<id>` values shown bare). */
const choicesOf = (field: ActionField, program: string): string[] =>
  (field.options ?? [])
    .map((option) => option.value)
    .map((value) => (value.startsWith(`${program}/`) ? value.slice(program.length + 1) : value));

function dateAnswer(name: string, value: string): string {
  if (!isIsoDate(value)) throw new UsageError(`--${name} must be a real date written YYYY-MM-DD, not "${value}".`);
  return value;
}

/**
 * Reads the arguments into a record request, or throws a UsageError naming
 * the argument: an unknown action, program, pairing, step or evaluation id, a
 * role not of the schema, a date that is not one, hours that are not a number.
 * Whether the result is a valid pairing (a future date, a step already
 * recorded) is the validator's to say, as for the form.
 */
export function recordRequest(args: RecordArguments, programs: readonly Program[], files: readonly SourceFile[]): RecordRequest {
  const [verb, value, ...rest] = args.words;
  if (!isVerb(verb)) {
    throw new UsageError(
      verb === undefined
        ? `Say what to record: ${RECORD_VERBS.join(', ')}.`
        : `"${verb}" is not something to record: say ${RECORD_VERBS.join(', ')}.`,
    );
  }
  const action = RECORD_ACTIONS[verb];
  const form = actionForm(action);
  const program = programs.find((candidate) => candidate.id === args.program);
  if (!program) throw new UsageError(`There is no program "${args.program}" (content/programs/${args.program}/program.yaml).`);
  const path = recordPath('pairing', program.id, args.pairing);
  if (!files.some((file) => file.path === path)) {
    throw new UsageError(
      `There is no pairing "${args.pairing}" in ${program.id} (${path} does not exist): check the pairing id (npm run desk lists them).`,
    );
  }
  if (form.serves && !form.serves(program)) {
    throw new UsageError(`The program ${program.id} defines no ${verb === 'step' ? 'steps' : 'evaluations'} in its program.yaml.`);
  }
  const takesValue = verb !== 'check-in';
  if (takesValue && value === undefined) {
    const what = { step: 'the step id', hours: 'the contact hours so far', evaluation: 'the evaluation id' }[verb];
    throw new UsageError(`Say ${what} after "${verb}".`);
  }
  if (rest.length > 0 || (!takesValue && value !== undefined)) throw new UsageError(`Too many arguments after "${verb}".`);
  if (args.role !== undefined && verb !== 'evaluation') throw new UsageError(`--role is only for "evaluation".`);
  if (args.date !== undefined && verb === 'hours') throw new UsageError('--date is not for "hours": the hours are a running total.');

  const fields = form.fields([program]);
  const answers = new Map<string, string | number>([
    ['program', program.id],
    ['pairing', args.pairing],
  ]);
  const date = dateAnswer('date', args.date ?? args.today);
  switch (verb) {
    case 'check-in':
      answers.set('date', date);
      break;
    case 'hours': {
      const hours = answerValue(fieldOf(fields, 'hours'), value!);
      if (typeof hours !== 'number') throw new UsageError(`The contact hours must be a number, such as 12 or 7.5, not "${value}".`);
      answers.set('hours', hours);
      break;
    }
    case 'step':
    case 'evaluation': {
      const id = verb === 'step' ? 'step' : 'evaluation';
      const field = fieldOf(fields, id);
      const choice = answerValue(field, `${program.id}/${value}`);
      if (!field.options?.some((option) => option.value === choice)) {
        throw new UsageError(`"${value}" is not one of the ${id}s of ${program.id}: ${choicesOf(field, program.id).join(', ')}.`);
      }
      answers.set(id, choice);
      if (verb === 'step') answers.set('date', date);
      else {
        const roleField = fieldOf(fields, 'role');
        if (args.role === undefined)
          throw new UsageError(`Say whose response it is with --role (${choicesOf(roleField, program.id).join(', ')}).`);
        const role = answerValue(roleField, args.role);
        if (!roleField.options?.some((option) => option.value === role)) {
          throw new UsageError(`--role must be one of ${choicesOf(roleField, program.id).join(', ')}, not "${args.role}".`);
        }
        answers.set('role', role);
        answers.set('received', date);
      }
      break;
    }
  }
  return { action, program, answers };
}
