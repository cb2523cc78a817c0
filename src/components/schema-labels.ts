/**
 * Human labels for the site, read from the JSON Schemas (`title` of a field,
 * `title` of each allowed value), so that the site never keeps its own list.
 */
import { commonDefinition, resolvedSchema } from '../lib/schema-files.ts';
import { enumOptions, schemaAtPath, stringKeyword } from '../lib/schema-walk.ts';

/** The `title` of a program field at a dotted path such as `contract.durationMonths`. */
export function programFieldTitle(path: string): string {
  const node = schemaAtPath(resolvedSchema('program'), path.split('.'));
  const title = node && stringKeyword(node, 'title');
  if (title === undefined) throw new Error(`schemas/program.schema.json has no title for ${path}`);
  return title;
}

/** The label of one allowed value of a shared definition (`kind`, `frequency`, `method`). */
export function valueLabel(definition: 'kind' | 'frequency' | 'method', value: string): string {
  return enumOptions(commonDefinition(definition))?.find((option) => option.value === value)?.label ?? value;
}
