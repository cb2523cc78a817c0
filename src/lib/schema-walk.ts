/**
 * The one way to walk Tandem's JSON Schemas: inline `$ref`s, find the node at a
 * data path, read a node's label, help, kind and options, and rewrite a schema
 * node by node. Forms, issue forms, prompts, messages, type generation and the
 * site all read schemas through these functions, so that `properties`, `items`,
 * `anyOf`/`oneOf` and `$ref` are interpreted in one place.
 */
export type JsonSchema = { [keyword: string]: unknown };

export type SchemaRegistry = ReadonlyMap<string, JsonSchema>;

/** A path into a record: property names and array indexes (`['parties', 1, 'email']`). */
export type SchemaPath = readonly (string | number)[];

/** Whether a value is a schema node (a JSON object; arrays and `true`/`false` schemas are not walked). */
export const isSchemaNode = (value: unknown): value is JsonSchema => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The value as a schema node, or an empty one. */
function asSchema(value: unknown): JsonSchema {
  return isSchemaNode(value) ? value : {};
}

// --- $ref ---------------------------------------------------------------------------------------

function resolvePointer(document: JsonSchema, pointer: string): JsonSchema {
  let node: unknown = document;
  for (const raw of pointer.split('/').filter(Boolean)) {
    const key = decodeURIComponent(raw).replace(/~1/g, '/').replace(/~0/g, '~');
    node = isSchemaNode(node) ? node[key] : undefined;
  }
  if (!isSchemaNode(node)) throw new Error(`Schema reference #${pointer} points at nothing`);
  return node;
}

/**
 * The schema with every `$ref` inlined: one plain tree to walk. `registry` maps
 * a schema's file name (`common.schema.json`) to its JSON. Keywords written
 * beside a `$ref` (usually `title` and `description`) win over the referenced
 * definition's, as they do in JSON Schema 2020-12 annotations.
 */
export function derefSchema(schema: JsonSchema, registry: SchemaRegistry, documentName: string): JsonSchema {
  const visit = (node: unknown, currentDoc: string, seen: readonly string[]): unknown => {
    if (Array.isArray(node)) return node.map((item) => visit(item, currentDoc, seen));
    if (!isSchemaNode(node)) return node;
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

/** A named definition (`$defs/<name>`) of a schema document, dereferenced; undefined when there is none. */
export function definitionOf(registry: SchemaRegistry, documentName: string, name: string): JsonSchema | undefined {
  const definition = asSchema(registry.get(documentName)?.['$defs'])[name];
  return isSchemaNode(definition) ? derefSchema(definition, registry, documentName) : undefined;
}

// --- paths --------------------------------------------------------------------------------------

const isIndex = (segment: string | number): boolean => typeof segment === 'number' || /^\d+$/.test(segment);

/** The schema of one step down: a property's schema, or an array's `items` for an index. */
export function childSchema(node: JsonSchema, segment: string | number): JsonSchema | undefined {
  if (isIndex(segment)) return isSchemaNode(node['items']) ? node['items'] : undefined;
  const properties = node['properties'];
  if (!isSchemaNode(properties) || !Object.hasOwn(properties, segment)) return undefined;
  const child = properties[segment];
  return isSchemaNode(child) ? child : undefined;
}

/** The schema of the value at `path` in a dereferenced schema, if the schema describes it. */
export function schemaAtPath(root: JsonSchema, path: SchemaPath): JsonSchema | undefined {
  let node: JsonSchema | undefined = root;
  for (const segment of path) {
    if (!node) return undefined;
    node = childSchema(node, segment);
  }
  return node;
}

// --- reading one node ---------------------------------------------------------------------------

/** `goalCount` -> `Goal count`: the label of a property whose schema has no title. */
function humanize(key: string): string {
  const words = key
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/[-_]+/g, ' ')
    .toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** The node's `title`, or its property name made readable. */
export function labelOf(node: JsonSchema, key: string): string {
  return typeof node['title'] === 'string' ? node['title'] : humanize(key);
}

/** The node's `description`. */
export function helpOf(node: JsonSchema): string | undefined {
  return typeof node['description'] === 'string' ? node['description'] : undefined;
}

export function numberKeyword(node: JsonSchema, keyword: string): number | undefined {
  const value = node[keyword];
  return typeof value === 'number' ? value : undefined;
}

export function stringKeyword(node: JsonSchema, keyword: string): string | undefined {
  const value = node[keyword];
  return typeof value === 'string' ? value : undefined;
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
  if (type === 'object' || isSchemaNode(node['properties'])) return 'object';
  if (type === 'array') return 'array';
  if (type === 'boolean') return 'boolean';
  if (type === 'integer' || type === 'number') return 'number';
  if (node['format'] === 'date') return 'date';
  return 'string';
}

/** A node's properties with their schemas, in the schema's order. */
export function propertiesOf(node: JsonSchema): [string, JsonSchema][] {
  // `readOnly` (JSON Schema's own annotation) marks what Tandem writes, never a person: the evidence of a
  // signature by email. Forms, issue forms and prompts ask only for the rest; the validator still checks it.
  return Object.entries(asSchema(node['properties']))
    .map(([key, child]): [string, JsonSchema] => [key, asSchema(child)])
    .filter(([, child]) => child['readOnly'] !== true);
}

/** The schema of an array's items (an empty one when there is none). */
export function itemsOf(node: JsonSchema): JsonSchema {
  return asSchema(node['items']);
}

/** The value with every object's keys in its schema's order (keys the schema does not name last), arrays item by item. */
export function inSchemaOrder<Value>(value: Value, node: JsonSchema): Value {
  if (Array.isArray(value)) return value.map((item: unknown) => inSchemaOrder(item, itemsOf(node))) as Value;
  if (!isSchemaNode(value)) return value;
  const properties = propertiesOf(node);
  const order = properties.map(([key]) => key);
  const rank = (key: string) => (order.includes(key) ? order.indexOf(key) : order.length);
  const entries = Object.entries(value).sort(([a], [b]) => rank(a) - rank(b));
  return Object.fromEntries(entries.map(([key, child]) => [key, inSchemaOrder(child, childSchema(node, key) ?? {})])) as Value;
}

// --- rewriting ----------------------------------------------------------------------------------

/** Keywords whose value is a map from names (not keywords) to schemas. */
const SCHEMA_MAPS = new Set(['properties', 'patternProperties', '$defs', 'definitions', 'dependentSchemas']);
/** Keywords whose value is a list of schemas. */
const SCHEMA_LISTS = new Set(['anyOf', 'oneOf', 'allOf', 'prefixItems']);
/** Keywords whose value is one schema. */
const SCHEMA_VALUES = new Set([
  'items',
  'additionalProperties',
  'unevaluatedProperties',
  'unevaluatedItems',
  'contains',
  'propertyNames',
  'not',
  'if',
  'then',
  'else',
]);

/**
 * A copy of the schema with `rewrite` applied to every schema node, children
 * first. Property names are never taken for keywords: a property called
 * `title` is a field, not a label.
 */
export function mapSchema(node: JsonSchema, rewrite: (node: JsonSchema) => JsonSchema): JsonSchema {
  const copy: JsonSchema = {};
  for (const [keyword, value] of Object.entries(node)) {
    if (SCHEMA_MAPS.has(keyword) && isSchemaNode(value)) {
      copy[keyword] = Object.fromEntries(
        Object.entries(value).map(([name, child]) => [name, isSchemaNode(child) ? mapSchema(child, rewrite) : child]),
      );
    } else if (SCHEMA_LISTS.has(keyword) && Array.isArray(value)) {
      copy[keyword] = value.map((child: unknown) => (isSchemaNode(child) ? mapSchema(child, rewrite) : child));
    } else if (SCHEMA_VALUES.has(keyword) && isSchemaNode(value)) {
      copy[keyword] = mapSchema(value, rewrite);
    } else {
      copy[keyword] = value;
    }
  }
  return rewrite(copy);
}
