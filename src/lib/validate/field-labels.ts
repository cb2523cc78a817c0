/**
 * Human labels for a place in a record, taken from the schemas' `title`s, so
 * that messages say "Email of party 2" rather than "/parties/1/email".
 */
import { recordSchemaNames, resolvedSchema, type RecordSchemaName } from '../schema-files.ts';
import { isSchemaNode as isObject, schemaAtPath, type JsonSchema } from '../schema-walk.ts';
import type { DataPath } from '../yaml/index.ts';

/** The (dereferenced) schema of the value at `path`, if the schema describes it. */
export function schemaAt(name: RecordSchemaName, path: DataPath): JsonSchema | undefined {
  return schemaAtPath(resolvedSchema(name), path);
}

export function titleAt(name: RecordSchemaName, path: DataPath): string | undefined {
  const title = schemaAt(name, path)?.title;
  return typeof title === 'string' ? title : undefined;
}

let fieldNames: Set<string> | undefined;

/** Whether `key` is the name of a field somewhere in the record schemas (so quoting it repeats no personal data). */
export function isSchemaFieldName(key: string): boolean {
  if (!fieldNames) {
    const names = new Set<string>();
    const seen = new Set<unknown>();
    const walk = (node: unknown): void => {
      if (typeof node !== 'object' || node === null || seen.has(node)) return;
      seen.add(node);
      if (Array.isArray(node)) return node.forEach(walk);
      const properties = (node as JsonSchema).properties;
      if (isObject(properties)) for (const name of Object.keys(properties)) names.add(name);
      Object.values(node).forEach(walk);
    };
    for (const name of recordSchemaNames) walk(resolvedSchema(name));
    fieldNames = names;
  }
  return fieldNames.has(key);
}

/** A key is shown only when it looks like a field name, never like personal data or junk. */
export function printableKey(key: string | number): string | undefined {
  const text = String(key);
  return /^[A-Za-z][A-Za-z0-9_-]{0,39}$/.test(text) ? text : undefined;
}

/**
 * "Goals", "Goal 3", "Email of party 2", "Frequency of meetings": the field's
 * title, with the list item it sits in when it sits in one.
 */
export function fieldLabel(name: RecordSchemaName, path: DataPath): string {
  if (path.length === 0) return 'The file';
  const last = path[path.length - 1]!;
  const isIndex = (segment: string | number) => typeof segment === 'number' || /^\d+$/.test(segment);
  const itemLabel = (index: number): string => {
    const title = titleAt(name, path.slice(0, index + 1)) ?? titleAt(name, path.slice(0, index)) ?? 'item';
    return `${title} ${Number(path[index]) + 1}`;
  };
  if (isIndex(last)) return itemLabel(path.length - 1);
  const title = titleAt(name, path) ?? printableKey(last) ?? 'This field';
  for (let i = path.length - 2; i >= 0; i -= 1) {
    if (isIndex(path[i]!)) return `${title} of ${itemLabel(i).toLowerCase()}`;
  }
  return title;
}
