/**
 * The floor the validator is measured against: read every content file,
 * parse it with js-yaml (the fastest YAML parser here; CORE_SCHEMA keeps
 * dates as strings) and run the compiled schema. No positions, no rules.
 * Prints `files invalid`; exits 1 if a file does not match its schema.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { CORE_SCHEMA, load } from 'js-yaml';
import { validatorFor } from '../src/lib/schemas.ts';

const root = process.argv[2] ?? '.';
const folders = { programs: 'program', pairings: 'pairing', contracts: 'contract' } as const;
let files = 0;
let invalid = 0;
for (const [folder, schema] of Object.entries(folders)) {
  const validate = validatorFor(schema);
  const paths = readdirSync(join(root, 'content', folder), { recursive: true, encoding: 'utf8' }).filter((path) => path.endsWith('.yaml'));
  // Synchronous reads: for many small files they are several times faster than fs/promises.
  const texts = paths.map((path) => readFileSync(join(root, 'content', folder, path), 'utf8'));
  for (const text of texts) {
    files += 1;
    if (!validate(load(text, { schema: CORE_SCHEMA }))) invalid += 1;
  }
}
console.log(`${files} ${invalid}`);
process.exitCode = invalid > 0 ? 1 : 0;
