/**
 * The JSON Schemas and their ajv validators: compiled ahead of time by
 * `npm run generate` (src/lib/compiled-schemas/) and used while they match the
 * schemas, else compiled here once per process. ajv runs draft 2020-12 in
 * strict mode with every error collected (`allErrors`) and ajv-formats in `full` mode, so that `2026-02-30` is not a
 * date and `a@b` is not an email. `strictRequired` is off because the pairing
 * schema's `if` names `kind` in `required` without declaring it there.
 * `validateSchema` is off: checking our own schemas against the draft 2020-12
 * meta-schema compiles that meta-schema first, which cost every run (and every
 * site build) 130-180 ms; tests/lib/validate/schemas.test.ts checks them instead.
 */
import { createRequire } from 'node:module';
import type { Ajv2020, ValidateFunction } from 'ajv/dist/2020.js';
import { schemaFingerprint } from './schema-fingerprint.ts';
import { rawSchema, schemaRegistry, type RecordSchemaName } from './schema-files.ts';

export type { ValidateFunction } from 'ajv/dist/2020.js';
export type { RecordSchemaName } from './schema-files.ts';

/** Node's own require: ajv's compiler and the compiled validators are loaded on first use, not with this module. */
const load = createRequire(import.meta.url);

type FormatsPlugin = (ajv: Ajv2020, options: { mode: 'full' }) => Ajv2020;

let ajv: Ajv2020 | undefined;
const compiled = new Map<RecordSchemaName, ValidateFunction>();

/**
 * An ajv set up as the validator uses it, every schema added. `source` keeps
 * the generated code, for the standalone validator the browser's form check
 * bundles (src/lib/generate/standalone-validator.ts): same options, same verdicts.
 */
export function configuredAjv(options: { source?: boolean } = {}): Ajv2020 {
  const { Ajv2020: Ajv } = load('ajv/dist/2020.js') as typeof import('ajv/dist/2020.js');
  // ajv-formats is CommonJS: its export is the plugin itself, with a `default` copy.
  const addFormats = (load('ajv-formats') as { default: FormatsPlugin }).default;
  const instance = new Ajv({
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

/** A validator compiled ahead of time (src/lib/compiled-schemas/, `npm run generate`), if there is one for these very schemas (its own and those it `$ref`s). */
function compiledAheadOfTime(name: RecordSchemaName): ValidateFunction | undefined {
  let compiledModule: { validate: ValidateFunction; SCHEMAS_FINGERPRINT: string };
  try {
    compiledModule = load(`./compiled-schemas/${name}.generated.js`) as typeof compiledModule;
  } catch (error) {
    // Not generated yet (a fresh `npm run generate` is compiling them): compile instead.
    if ((error as NodeJS.ErrnoException).code === 'MODULE_NOT_FOUND') return undefined;
    throw error;
  }
  return compiledModule.SCHEMAS_FINGERPRINT === schemaFingerprint(name) ? compiledModule.validate : undefined;
}

/**
 * The validator of one record schema: the one compiled ahead of time while it
 * matches schemas/ (loading it costs a few milliseconds; compiling the
 * contract, pairing and program schemas cost every run about 100 ms), else
 * compiled here with the same ajv options. The same verdicts and errors either
 * way (tests/lib/validate/compiled-schemas.test.ts).
 */
export function validatorFor(name: RecordSchemaName): ValidateFunction {
  let validate = compiled.get(name);
  if (!validate) {
    validate = compiledAheadOfTime(name) ?? compiledNow(name);
    compiled.set(name, validate);
  }
  return validate;
}

/** The validator of one record schema, compiled by ajv in this process. */
export function compiledNow(name: RecordSchemaName): ValidateFunction {
  const validate = instance().getSchema(rawSchema(name).$id as string);
  if (!validate) throw new Error(`Schema ${name} did not compile`);
  return validate;
}
