import { compile, type JSONSchema } from 'json-schema-to-typescript';
import type { JsonSchema } from '../schema-deref.ts';
import { recordSchemaNames, resolvedSchema } from '../schema-files.ts';

const BANNER = '/* Generated from schemas/ by `npm run generate`. Do not edit by hand. */\n';

/**
 * `title`s are human labels ("Program", "Email"); left in, the generator would
 * turn each into a type alias named after it and collide with the record types
 * (named from the schema file instead). Descriptions stay as doc comments.
 */
function withoutTitles(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(withoutTitles);
  if (typeof node !== 'object' || node === null) return node;
  const copy: JsonSchema = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === 'title') continue;
    copy[key] = key === 'properties'
      ? Object.fromEntries(Object.entries(value as JsonSchema).map(([name, child]) => [name, withoutTitles(child)]))
      : withoutTitles(value);
  }
  return copy;
}

const typeName = (name: string): string => name[0]!.toUpperCase() + name.slice(1);

/** The TypeScript declarations of every record schema, as one module's text. */
export async function generateTypes(): Promise<string> {
  let out = BANNER;
  for (const name of recordSchemaNames) {
    const schema = withoutTitles(resolvedSchema(name)) as JSONSchema;
    out += await compile(schema, typeName(name), {
      bannerComment: '',
      additionalProperties: false,
      ignoreMinAndMaxItems: true,
      format: true,
    });
  }
  return out;
}
