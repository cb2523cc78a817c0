/**
 * The floor the validator is measured against: read every content file,
 * parse it with js-yaml (the fastest YAML parser here; CORE_SCHEMA keeps
 * dates as strings) and run the compiled schema. No positions, no rules.
 * Prints `files invalid`; exits 1 if a file does not match its schema.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { CORE_SCHEMA, load } from 'js-yaml';
import { validatorFor } from '../src/lib/schemas.ts';

const root = process.argv[2] ?? '.';
const folders = { programs: 'program', pairings: 'pairing', contracts: 'contract' } as const;
let files = 0;
let invalid = 0;
for (const [folder, schema] of Object.entries(folders)) {
  const validate = validatorFor(schema);
  const paths = (await readdir(join(root, 'content', folder), { recursive: true })).filter((path) => path.endsWith('.yaml'));
  const texts = new Array<string>(paths.length);
  let next = 0;
  const reader = async () => {
    while (next < paths.length) {
      const index = next++;
      texts[index] = await readFile(join(root, 'content', folder, paths[index]!), 'utf8');
    }
  };
  await Promise.all(Array.from({ length: 64 }, reader)); // as many reads at once as the validator's reader
  for (const text of texts) {
    files += 1;
    if (!validate(load(text, { schema: CORE_SCHEMA }))) invalid += 1;
  }
}
console.log(`${files} ${invalid}`);
process.exitCode = invalid > 0 ? 1 : 0;
