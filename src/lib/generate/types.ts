import type { JSONSchema } from 'json-schema-to-typescript';
import { recordSchemaNames, resolvedSchema } from '../schema-files.ts';
import { mapSchema, type JsonSchema } from '../schema-walk.ts';

const BANNER = '/* Generated from schemas/ by `npm run generate`. Do not edit by hand. */\n';

/**
 * `title`s are human labels ("Program", "Email"); left in, the generator would
 * turn each into a type alias named after it and collide with the record types
 * (named from the schema file instead). Descriptions stay as doc comments.
 */
function withoutTitles(schema: JsonSchema): JsonSchema {
  return mapSchema(schema, ({ title: _title, ...rest }) => rest);
}

const typeName = (name: string): string => name[0]!.toUpperCase() + name.slice(1);

/**
 * The schemas are imported once per process (schema-files.ts), so the declarations are the same on every
 * call: generated once (about 0.25 s of CPU), however often a process generates (the tests run generate many
 * times in one process). A failure is not kept.
 */
let generated: Promise<string> | undefined;

/** The TypeScript declarations of every record schema, as one module's text. */
export function generateTypes(): Promise<string> {
  generated ??= compileTypes().catch((error: unknown) => {
    generated = undefined;
    throw error;
  });
  return generated;
}

/** json-schema-to-typescript (with prettier and lodash, ~1.5 MB of code) is loaded here, not with every script that imports this module. */
async function compileTypes(): Promise<string> {
  const { compile } = await import('json-schema-to-typescript');
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
