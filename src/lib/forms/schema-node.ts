/**
 * Reading a resolved (dereferenced) JSON Schema node for a form: its label,
 * help, type and the options of an enumeration.
 */
import type { JsonSchema } from '../schema-deref.ts';

const isObject = (value: unknown): value is JsonSchema =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export function asSchema(value: unknown): JsonSchema {
  return isObject(value) ? value : {};
}

/** `goalCount` -> `Goal count`: the label of a property whose schema has no title. */
function humanize(key: string): string {
  const words = key.replace(/([a-z0-9])([A-Z])/g, '$1 $2').replace(/[-_]+/g, ' ').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export function labelOf(node: JsonSchema, key: string): string {
  return typeof node['title'] === 'string' ? node['title'] : humanize(key);
}

export function helpOf(node: JsonSchema): string | undefined {
  return typeof node['description'] === 'string' ? node['description'] : undefined;
}

export interface EnumOption {
  value: string;
  label: string;
}

/**
 * The options of an enumeration: `anyOf`/`oneOf` of `const`s (labelled by their
 * `title`) or a plain `enum`. Undefined when the node is not an enumeration.
 */
export function enumOptions(node: JsonSchema): EnumOption[] | undefined {
  for (const keyword of ['anyOf', 'oneOf']) {
    const branches = node[keyword];
    if (!Array.isArray(branches) || branches.length === 0) continue;
    const options = branches.map(asSchema);
    if (options.every((branch) => typeof branch['const'] === 'string')) {
      return options.map((branch) => ({ value: String(branch['const']), label: labelOf(branch, String(branch['const'])) }));
    }
  }
  const values = node['enum'];
  if (Array.isArray(values) && values.every((value) => typeof value === 'string')) {
    return values.map((value) => ({ value, label: value }));
  }
  return undefined;
}

export type NodeKind = 'enum' | 'object' | 'array' | 'boolean' | 'number' | 'date' | 'string';

export function kindOf(node: JsonSchema): NodeKind {
  if (enumOptions(node)) return 'enum';
  const type = node['type'];
  if (type === 'object' || isObject(node['properties'])) return 'object';
  if (type === 'array') return 'array';
  if (type === 'boolean') return 'boolean';
  if (type === 'integer' || type === 'number') return 'number';
  if (node['format'] === 'date') return 'date';
  return 'string';
}

export function propertiesOf(node: JsonSchema): [string, JsonSchema][] {
  return Object.entries(asSchema(node['properties'])).map(([key, child]) => [key, asSchema(child)]);
}

export function itemsOf(node: JsonSchema): JsonSchema {
  return asSchema(node['items']);
}

export function numberKeyword(node: JsonSchema, keyword: string): number | undefined {
  const value = node[keyword];
  return typeof value === 'number' ? value : undefined;
}
