/**
 * A fingerprint for each record schema: the hash of the schema documents its
 * validator uses, its own and every document its `$ref`s reach (most reach
 * common.schema.json). The validators compiled ahead of time
 * (src/lib/compiled-schemas/) carry the fingerprint they were compiled from
 * and are used only while it still matches (src/lib/schemas.ts), so an edited
 * schema is never checked by stale code, and editing one schema makes stale,
 * and `npm run generate` rewrites, only the validators that use it.
 */
import { createHash } from 'node:crypto';
import { schemaRegistry, type RecordSchemaName } from './schema-files.ts';
import { isSchemaNode, type SchemaRegistry } from './schema-walk.ts';

/** The documents a `$ref` names outside its own (`common.schema.json` of `common.schema.json#/$defs/date`). */
function referencedDocuments(node: unknown, found: Set<string>): void {
  if (Array.isArray(node)) return node.forEach((item) => referencedDocuments(item, found));
  if (!isSchemaNode(node)) return;
  for (const [keyword, value] of Object.entries(node)) {
    if (keyword === '$ref' && typeof value === 'string') {
      const file = value.split('#')[0];
      if (file) found.add(file);
    } else {
      referencedDocuments(value, found);
    }
  }
}

/** The schema documents `documentName` uses, itself first, then what its `$ref`s reach (transitively), by name. */
export function schemaDocumentsOf(documentName: string, registry: SchemaRegistry = schemaRegistry): string[] {
  const used = new Set<string>();
  const visit = (name: string): void => {
    if (used.has(name)) return;
    used.add(name);
    const references = new Set<string>();
    referencedDocuments(registry.get(name), references);
    [...references].sort().forEach(visit);
  };
  visit(documentName);
  const [own, ...rest] = [...used];
  return [own as string, ...rest.sort()];
}

const cached = new Map<string, string>();

/** sha256 of the schema documents the validator of `name` uses, by file name, as the validator reads them. */
export function schemaFingerprint(name: RecordSchemaName, registry: SchemaRegistry = schemaRegistry): string {
  const compute = () =>
    createHash('sha256')
      .update(JSON.stringify(schemaDocumentsOf(`${name}.schema.json`, registry).map((file) => [file, registry.get(file) ?? null])))
      .digest('hex');
  if (registry !== schemaRegistry) return compute();
  let fingerprint = cached.get(name);
  if (fingerprint === undefined) {
    fingerprint = compute();
    cached.set(name, fingerprint);
  }
  return fingerprint;
}
