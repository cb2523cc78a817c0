/**
 * Human labels for the site, read from the JSON Schemas (`title` of a field,
 * `title` of each allowed value), so that the site never keeps its own list.
 */
import type { JsonSchema } from '../lib/schema-deref.ts';
import { resolvedSchema, schemaRegistry } from '../lib/schema-files.ts';

const isSchema = (value: unknown): value is JsonSchema =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The `title` of a program field at a dotted path such as `contract.durationMonths`. */
export function programFieldTitle(path: string): string {
  let node: unknown = resolvedSchema('program');
  for (const key of path.split('.')) {
    const properties: unknown = isSchema(node) ? node['properties'] : undefined;
    node = isSchema(properties) ? properties[key] : undefined;
  }
  const title = isSchema(node) ? node['title'] : undefined;
  if (typeof title !== 'string') throw new Error(`schemas/program.schema.json has no title for ${path}`);
  return title;
}

/** The label of one allowed value of a shared definition (`kind`, `frequency`, `method`). */
export function valueLabel(definition: 'kind' | 'frequency' | 'method', value: string): string {
  const defs = schemaRegistry.get('common.schema.json')?.['$defs'];
  const def: unknown = isSchema(defs) ? defs[definition] : undefined;
  const options: unknown = isSchema(def) ? def['anyOf'] : undefined;
  const match = Array.isArray(options)
    ? options.find((option: unknown) => isSchema(option) && option['const'] === value)
    : undefined;
  return isSchema(match) && typeof match['title'] === 'string' ? match['title'] : value;
}
