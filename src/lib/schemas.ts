/**
 * The JSON Schemas and their ajv validators, compiled once per process.
 * ajv runs draft 2020-12 in strict mode with every error collected
 * (`allErrors`) and ajv-formats in `full` mode, so that `2026-02-30` is not a
 * date and `a@b` is not an email. `strictRequired` is off because the pairing
 * schema's `if` names `kind` in `required` without declaring it there.
 * `validateSchema` is off: checking our own schemas against the draft 2020-12
 * meta-schema compiles that meta-schema first, which cost every run (and every
 * site build) 130-180 ms; tests/lib/validate/schemas.test.ts checks them instead.
 */
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import type { JsonSchema } from './schema-walk.ts';
import { rawSchema, schemaRegistry, type RecordSchemaName } from './schema-files.ts';

export type { ValidateFunction } from 'ajv/dist/2020.js';
export type { RecordSchemaName } from './schema-files.ts';

/** The raw JSON Schemas, exactly as in schemas/. */
export const schemas: Record<RecordSchemaName | 'common', JsonSchema> = {
  program: rawSchema('program'),
  pairing: rawSchema('pairing'),
  contract: rawSchema('contract'),
  guideline: rawSchema('guideline'),
  stats: rawSchema('stats'),
  application: rawSchema('application'),
  notice: rawSchema('notice'),
  common: schemaRegistry.get('common.schema.json') as JsonSchema,
};

// ajv-formats is CommonJS: under Node's ESM loader its default import is the
// module object in some toolchains and the plugin in others.
type FormatsPlugin = (ajv: Ajv2020, options: { mode: 'full' }) => Ajv2020;
const addFormats = ((addFormatsModule as unknown as { default?: FormatsPlugin }).default ?? addFormatsModule) as unknown as FormatsPlugin;

let ajv: Ajv2020 | undefined;
const compiled = new Map<RecordSchemaName, ValidateFunction>();

/**
 * An ajv set up as the validator uses it, every schema added. `source` keeps
 * the generated code, for the standalone validator the browser's form check
 * bundles (src/lib/generate/standalone-validator.ts): same options, same verdicts.
 */
export function configuredAjv(options: { source?: boolean } = {}): Ajv2020 {
  const instance = new Ajv2020({
    strict: true,
    strictRequired: false,
    allErrors: true,
    verbose: true,
    validateSchema: false,
    ...(options.source && { code: { source: true, esm: true } }),
  });
  addFormats(instance, { mode: 'full' });
  for (const schema of schemaRegistry.values()) instance.addSchema(schema);
  return instance;
}

function instance(): Ajv2020 {
  ajv ??= configuredAjv();
  return ajv;
}

/** The compiled validator of one record schema (compiled on first use, then reused). */
export function validatorFor(name: RecordSchemaName): ValidateFunction {
  let validate = compiled.get(name);
  if (!validate) {
    const id = rawSchema(name).$id as string;
    validate = instance().getSchema(id);
    if (!validate) throw new Error(`Schema ${name} did not compile`);
    compiled.set(name, validate);
  }
  return validate;
}
