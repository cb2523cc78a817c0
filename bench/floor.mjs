/**
 * The floor `npm run validate` is measured against: plain JavaScript on plain
 * node (no TypeScript, no loader) that reads every content file, parses it
 * with js-yaml (the fastest YAML parser here; CORE_SCHEMA keeps dates as
 * strings) and runs the compiled JSON Schema, with the same ajv options as
 * the validator (src/lib/schemas.ts). No positions, no rules, no messages.
 *
 *   node bench/floor.mjs <repository>
 *
 * Prints `files invalid`; exits 1 if a file does not match its schema.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { CORE_SCHEMA, load } from 'js-yaml';

const schemasDir = new URL('../schemas/', import.meta.url);
const ajv = new Ajv2020({ strict: true, strictRequired: false, allErrors: true, verbose: true });
addFormats(ajv, { mode: 'full' });
for (const name of readdirSync(schemasDir).filter((file) => file.endsWith('.schema.json'))) {
  ajv.addSchema(JSON.parse(readFileSync(new URL(name, schemasDir), 'utf8')));
}
const validatorFor = (name) => ajv.getSchema(JSON.parse(readFileSync(new URL(`${name}.schema.json`, schemasDir), 'utf8')).$id);

const root = process.argv[2] ?? '.';
const folders = { programs: 'program', pairings: 'pairing', contracts: 'contract' };
let files = 0;
let invalid = 0;
for (const [folder, schema] of Object.entries(folders)) {
  const validate = validatorFor(schema);
  const paths = readdirSync(join(root, 'content', folder), { recursive: true, encoding: 'utf8' }).filter((path) => path.endsWith('.yaml'));
  // Synchronous reads: for many small files they are several times faster than fs/promises.
  for (const path of paths) {
    files += 1;
    if (!validate(load(readFileSync(join(root, 'content', folder, path), 'utf8'), { schema: CORE_SCHEMA }))) invalid += 1;
  }
}
console.log(`${files} ${invalid}`);
process.exitCode = invalid > 0 ? 1 : 0;
