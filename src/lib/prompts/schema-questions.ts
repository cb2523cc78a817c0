/**
 * Questions worded by the schemas: a field's prompt is its `title` (with its
 * `description` as help), an option's label is its `anyOf` title, and a
 * typed value is checked against the field's own pattern and limits.
 */
import { isIsoDate } from '../dates.ts';
import { enumOptions, helpOf, labelOf, type JsonSchema } from '../schema-walk.ts';
import type { RecordSchemaName } from '../schema-files.ts';
import { schemaAt } from '../validate/field-labels.ts';
import type { PromptChoice } from './prompts.ts';

export type FieldPath = readonly (string | number)[];

function nodeAt(schema: RecordSchemaName, path: FieldPath): JsonSchema {
  const node = schemaAt(schema, path);
  if (!node) throw new Error(`The ${schema} schema has no field ${path.join('.')}`);
  return node;
}

/** "Start date (The day the relationship formally begins.)" */
export function question(schema: RecordSchemaName, path: FieldPath, suffix = ''): string {
  return questionOf(nodeAt(schema, path), String(path[path.length - 1]), suffix);
}

/** The question for a schema node: its title (or its key made readable), `suffix`, and its description as help. */
export function questionOf(node: JsonSchema, key: string, suffix = ''): string {
  const help = helpOf(node);
  return `${labelOf(node, key)}${suffix}${help ? ` (${help.replace(/\.$/, '')})` : ''}:`;
}

/** The schema's options for `path`, limited to `allowed` (a program's choice) and in its order. */
export function optionChoices<Value extends string>(
  schema: RecordSchemaName,
  path: FieldPath,
  allowed?: readonly Value[],
): PromptChoice<Value>[] {
  const options = enumOptions(nodeAt(schema, path)) ?? [];
  const labels = new Map(options.map((option) => [option.value, option.label]));
  const values = allowed ?? (options.map((option) => option.value) as Value[]);
  return values.map((value) => ({ value, name: labels.get(value) ?? value }));
}

/** True, or the sentence saying why `value` does not fit the string field at `path`. */
export function checkText(schema: RecordSchemaName, path: FieldPath, value: string): true | string {
  return checkTextOf(nodeAt(schema, path), String(path[path.length - 1]), value);
}

/** True, or the sentence saying why `value` does not fit the string field `node` (named `key`). */
export function checkTextOf(node: JsonSchema, key: string, value: string): true | string {
  const label = labelOf(node, key);
  const min = typeof node['minLength'] === 'number' ? node['minLength'] : 0;
  const max = typeof node['maxLength'] === 'number' ? node['maxLength'] : Infinity;
  if (value.length < Math.max(min, 1)) return `${label} is needed.`;
  if (value.length > max) return `${label} must be at most ${max} characters.`;
  if (typeof node['pattern'] === 'string' && !new RegExp(node['pattern'], 'u').test(value)) {
    return helpOf(node) ? `That is not a valid ${label.toLowerCase()}: ${helpOf(node)}` : `That is not a valid ${label.toLowerCase()}.`;
  }
  if (node['format'] === 'email' && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value)) return `That is not an email address.`;
  return true;
}

/** Checks a date as it is typed: its form, that it exists, and optional bounds. */
export function checkDate(value: string, bounds: { notAfter?: string; notBefore?: string } = {}): true | string {
  if (!/^[0-9]{4}-[0-9]{2}-[0-9]{2}$/.test(value)) return 'Write the date as YYYY-MM-DD, for example 2026-02-10.';
  if (!isIsoDate(value)) return `${value} is not a day of the calendar.`;
  if (bounds.notAfter && value > bounds.notAfter) return `${value} is in the future (today is ${bounds.notAfter}).`;
  if (bounds.notBefore && value < bounds.notBefore) return `${value} is before ${bounds.notBefore}.`;
  return true;
}

/** Checks a whole number within bounds. */
export function checkInteger(value: string, min: number, max: number): true | string {
  if (!/^[0-9]+$/.test(value.trim())) return 'Type a whole number.';
  const number = Number(value.trim());
  if (number < min || number > max) return `Type a number from ${min} to ${max}.`;
  return true;
}

/** Checks a number (decimals allowed) of at least `min`, at most `max`. */
export function checkNumber(value: string, min: number, max: number): true | string {
  if (!/^[0-9]+(\.[0-9]+)?$/.test(value.trim())) return 'Type a number, for example 12 or 7.5.';
  const number = Number(value.trim());
  if (number < min || number > max) return `Type a number from ${min} to ${max}.`;
  return true;
}

export function numberLimit(
  schema: RecordSchemaName,
  path: FieldPath,
  keyword: 'minimum' | 'maximum' | 'maxItems' | 'minItems',
): number | undefined {
  const value = nodeAt(schema, path)[keyword];
  return typeof value === 'number' ? value : undefined;
}

/** The field's title alone ("Mentor"), for composing questions about its parts. */
export function fieldTitle(schema: RecordSchemaName, path: FieldPath): string {
  return labelOf(nodeAt(schema, path), String(path[path.length - 1]));
}
