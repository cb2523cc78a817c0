/**
 * The fields a flow does not ask by hand, asked from the schema alone: a new
 * field added to a record schema (with its `title`, `description` and limits)
 * is asked by the interactive commands with no change to their code. A flow
 * names the fields it asks itself (because a program's rules shape them);
 * `askOtherFields` asks every other field of the node, in the schema's order,
 * and `askRecord` asks a whole record in that order, the flow's own fields in
 * their place.
 */
import { enumOptions, helpOf, itemsOf, kindOf, labelOf, numberKeyword, propertiesOf, type JsonSchema } from '../schema-walk.ts';
import type { Prompts } from './prompts.ts';
import { checkDate, checkInteger, checkNumber, checkTextOf, questionOf } from './schema-questions.ts';

/** The value a skipped optional choice returns: never a schema value. */
const SKIP = '\u0000skip';

const requiredOf = (node: JsonSchema): ReadonlySet<string> =>
  new Set(Array.isArray(node['required']) ? node['required'].filter((key): key is string => typeof key === 'string') : []);

/** The properties of `node` that a flow does not ask itself (`asked`), in the schema's order. */
export function otherFields(node: JsonSchema, asked: readonly string[]): [string, JsonSchema][] {
  return propertiesOf(node).filter(([key]) => !asked.includes(key));
}

/** Asks one typed value (text, number, date, option, yes or no); undefined when an optional one is skipped. */
async function askValue(prompts: Prompts, node: JsonSchema, key: string, required: boolean, prefix: string, suffix = ''): Promise<unknown> {
  const optional = required ? '' : ' (optional, Enter to skip)';
  const options = enumOptions(node);
  if (options) {
    const answer = await prompts.select({
      message: `${prefix}${questionOf(node, key, suffix)}`,
      choices: [
        ...options.map((option) => ({ value: option.value, name: option.label })),
        ...(required ? [] : [{ value: SKIP, name: 'None of these (leave it out)' }]),
      ],
    });
    return answer === SKIP ? undefined : answer;
  }
  const kind = kindOf(node);
  if (kind === 'boolean') return prompts.confirm({ message: `${prefix}${questionOf(node, key, suffix)}`, default: false });
  const answer = (
    await prompts.input({
      message: `${prefix}${questionOf(node, key, suffix)}${optional}`,
      validate: (value) => {
        const typed = value.trim();
        if (!required && typed === '') return true;
        if (kind === 'date') return checkDate(typed);
        if (kind === 'number') {
          const min = numberKeyword(node, 'minimum') ?? 0;
          const max = numberKeyword(node, 'maximum') ?? Number.MAX_SAFE_INTEGER;
          return node['type'] === 'integer' ? checkInteger(typed, min, max) : checkNumber(typed, min, max);
        }
        return checkTextOf(node, key, typed);
      },
    })
  ).trim();
  if (answer === '') return undefined;
  return kind === 'number' ? Number(answer) : answer;
}

/** Asks a list: a checkbox for a list of options, else item by item until an empty answer (after its minimum). */
async function askList(prompts: Prompts, node: JsonSchema, key: string, required: boolean, prefix: string): Promise<unknown[] | undefined> {
  const items = itemsOf(node);
  const min = Math.max(numberKeyword(node, 'minItems') ?? 0, required ? 1 : 0);
  const max = numberKeyword(node, 'maxItems') ?? 20;
  const options = enumOptions(items);
  if (options) {
    const picked = await prompts.checkbox({
      message: `${prefix}${questionOf(node, key)}`,
      choices: options.map((option) => ({ value: option.value, name: option.label })),
      required: min > 0,
    });
    return picked.length > 0 ? picked : undefined;
  }
  const list: unknown[] = [];
  const itemLabel = labelOf(items, labelOf(node, key));
  while (list.length < max) {
    const itemPrefix = `${prefix}${itemLabel} ${list.length + 1} of at most ${max}: `;
    const value =
      kindOf(items) === 'object'
        ? list.length < min ||
          (await prompts.confirm({ message: `${prefix}Add ${itemLabel.toLowerCase()} ${list.length + 1}?`, default: false }))
          ? await askObject(prompts, items, true, itemPrefix)
          : undefined
        : await askValue(prompts, items, key, list.length < min, itemPrefix);
    if (value === undefined) break;
    list.push(value);
  }
  return list.length > 0 ? list : undefined;
}

/** Asks every property of an object; an optional object is asked only when the coordinator says it applies. */
async function askObject(
  prompts: Prompts,
  node: JsonSchema,
  required: boolean,
  prefix: string,
): Promise<Record<string, unknown> | undefined> {
  const result = await askOtherFields(prompts, node, [], prefix);
  return required || Object.keys(result).length > 0 ? result : undefined;
}

async function askField(prompts: Prompts, node: JsonSchema, key: string, required: boolean, prefix: string): Promise<unknown> {
  switch (kindOf(node)) {
    case 'array':
      return askList(prompts, node, key, required, prefix);
    case 'object': {
      if (!required) {
        const help = helpOf(node);
        const wanted = await prompts.confirm({
          message: `${prefix}${labelOf(node, key)}${help ? ` (${help.replace(/\.$/, '')})` : ''}: fill it in?`,
          default: false,
        });
        if (!wanted) return undefined;
      }
      return askObject(prompts, node, true, `${prefix}${labelOf(node, key)}: `);
    }
    default:
      return askValue(prompts, node, key, required, prefix);
  }
}

/**
 * Asks every field of `node` but those in `asked`, in the schema's order, each
 * worded, limited and checked by its own schema. Optional fields can be
 * skipped and are then left out. `prefix` goes before each question (the
 * person a party's field is about, for example).
 */
export async function askOtherFields(
  prompts: Prompts,
  node: JsonSchema,
  asked: readonly string[],
  prefix = '',
  /** Fields the program does not use (its program.yaml leaves them out): never asked. */
  omitted: (key: string) => boolean = () => false,
): Promise<Record<string, unknown>> {
  const required = requiredOf(node);
  const answers: Record<string, unknown> = {};
  for (const [key, child] of otherFields(node, asked)) {
    if (omitted(key)) continue;
    const value = await askField(prompts, child, key, required.has(key), prefix);
    if (value !== undefined) answers[key] = value;
  }
  return answers;
}

/**
 * How a flow asks one field itself, because the repository or a program's
 * rules shape it: given the answers so far, it returns the field's value
 * (undefined leaves the field out). `false`: the field is never asked (another
 * command records it later).
 */
export type FieldAsker = ((answers: Readonly<Record<string, unknown>>) => Promise<unknown>) | false;

/**
 * Asks a whole record in its schema's order: each field in `byHand` by its
 * own asker, every other field from its schema alone (askOtherFields' way).
 * So a field added to the schema is asked with no change to the flow, in its
 * place. A field `byHand` names that the schema lacks is a mistake in the flow
 * (a renamed field): it throws before asking anything.
 */
export async function askRecord(
  prompts: Prompts,
  node: JsonSchema,
  byHand: Readonly<Record<string, FieldAsker>>,
  prefix = '',
): Promise<Record<string, unknown>> {
  const fields = propertiesOf(node);
  const missing = Object.keys(byHand).filter((key) => !fields.some(([field]) => field === key));
  if (missing.length > 0) throw new Error(`The schema has no field ${missing.join(', ')}, which the flow asks by hand`);
  const required = requiredOf(node);
  const answers: Record<string, unknown> = {};
  for (const [key, child] of fields) {
    const own = byHand[key];
    if (own === false) continue;
    const value = own ? await own(answers) : await askField(prompts, child, key, required.has(key), prefix);
    if (value !== undefined) answers[key] = value;
  }
  return answers;
}
