/**
 * Inlines the `$ref`s of Tandem's schemas so that code that walks a schema
 * (forms, type generation, issue forms, prompts) sees one plain tree.
 * Keywords written beside a `$ref` (usually `title` and `description`) win over
 * the referenced definition's, as they do in JSON Schema 2020-12 annotations.
 */
export type JsonSchema = { [keyword: string]: unknown };

export type SchemaRegistry = ReadonlyMap<string, JsonSchema>;

const isObject = (value: unknown): value is JsonSchema =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function resolvePointer(document: JsonSchema, pointer: string): JsonSchema {
  let node: unknown = document;
  for (const raw of pointer.split('/').filter(Boolean)) {
    const key = decodeURIComponent(raw).replace(/~1/g, '/').replace(/~0/g, '~');
    node = isObject(node) ? node[key] : undefined;
  }
  if (!isObject(node)) throw new Error(`Schema reference #${pointer} points at nothing`);
  return node;
}

/** `registry` maps a schema's file name (for example `common.schema.json`) to its JSON. */
export function derefSchema(schema: JsonSchema, registry: SchemaRegistry, documentName: string): JsonSchema {
  const visit = (node: unknown, currentDoc: string, seen: readonly string[]): unknown => {
    if (Array.isArray(node)) return node.map((item) => visit(item, currentDoc, seen));
    if (!isObject(node)) return node;
    const { $ref, ...siblings } = node;
    const result: JsonSchema = {};
    if (typeof $ref === 'string') {
      const [file = '', pointer = ''] = $ref.split('#');
      const targetDoc = file === '' ? currentDoc : file;
      const key = `${targetDoc}#${pointer}`;
      if (seen.includes(key)) throw new Error(`Schema reference cycle at ${key}`);
      const document = registry.get(targetDoc);
      if (!document) throw new Error(`Schema reference to unknown document ${targetDoc}`);
      Object.assign(result, visit(resolvePointer(document, pointer), targetDoc, [...seen, key]));
    }
    for (const [keyword, value] of Object.entries(siblings)) {
      if (keyword === '$defs' || keyword === '$id' || keyword === '$schema') continue;
      result[keyword] = visit(value, currentDoc, seen);
    }
    return result;
  };
  return visit(schema, documentName, []) as JsonSchema;
}
