/**
 * The JSON Schemas, imported once so that every consumer (ajv, forms, type
 * generation, issue forms, prompts) reads the same objects.
 */
import application from '../../schemas/application.schema.json' with { type: 'json' };
import common from '../../schemas/common.schema.json' with { type: 'json' };
import contract from '../../schemas/contract.schema.json' with { type: 'json' };
import guideline from '../../schemas/guideline.schema.json' with { type: 'json' };
import notice from '../../schemas/notice.schema.json' with { type: 'json' };
import pairing from '../../schemas/pairing.schema.json' with { type: 'json' };
import program from '../../schemas/program.schema.json' with { type: 'json' };
import statistics from '../../schemas/statistics.schema.json' with { type: 'json' };
import stats from '../../schemas/stats.schema.json' with { type: 'json' };
import { definitionOf, derefSchema, type JsonSchema } from './schema-walk.ts';

export type RecordSchemaName = 'program' | 'pairing' | 'contract' | 'guideline' | 'stats' | 'statistics' | 'application' | 'notice';

export const recordSchemaNames: readonly RecordSchemaName[] = [
  'program',
  'pairing',
  'contract',
  'guideline',
  'stats',
  'statistics',
  'application',
  'notice',
];

/** Every schema by its file name, as `$ref`s name them. */
export const schemaRegistry: ReadonlyMap<string, JsonSchema> = new Map<string, JsonSchema>([
  ['common.schema.json', common],
  ['program.schema.json', program],
  ['pairing.schema.json', pairing],
  ['contract.schema.json', contract],
  ['guideline.schema.json', guideline],
  ['stats.schema.json', stats],
  ['statistics.schema.json', statistics],
  ['application.schema.json', application],
  ['notice.schema.json', notice],
]);

export function rawSchema(name: RecordSchemaName): JsonSchema {
  const schema = schemaRegistry.get(`${name}.schema.json`);
  if (!schema) throw new Error(`No schema named ${name}`);
  return schema;
}

const dereferenced = new Map<RecordSchemaName, JsonSchema>();

/** The schema with every `$ref` inlined: one plain tree to walk. */
export function resolvedSchema(name: RecordSchemaName): JsonSchema {
  let schema = dereferenced.get(name);
  if (!schema) {
    schema = derefSchema(rawSchema(name), schemaRegistry, `${name}.schema.json`);
    dereferenced.set(name, schema);
  }
  return schema;
}

/** A shared definition of common.schema.json (`recordId`, `kind`, ...), dereferenced. */
export function commonDefinition(name: string): JsonSchema {
  const definition = definitionOf(schemaRegistry, 'common.schema.json', name);
  if (!definition) throw new Error(`common.schema.json has no definition ${name}`);
  return definition;
}
