/**
 * Writes every file derived from the schemas. `--check` writes nothing and
 * exits 1 when a committed file is stale (the tests run it that way).
 */
import { readFile, writeFile } from 'node:fs/promises';
import { generateTypes } from '../src/lib/generate/types.ts';

interface GeneratedFile {
  path: string;
  render: () => Promise<string>;
}

const generatedFiles: GeneratedFile[] = [
  { path: 'src/lib/types.generated.ts', render: generateTypes },
];

const check = process.argv.includes('--check');
let stale = 0;
for (const file of generatedFiles) {
  const next = await file.render();
  const current = await readFile(file.path, 'utf8').catch(() => undefined);
  if (current === next) continue;
  if (check) {
    stale += 1;
    console.error(`${file.path} is out of date with schemas/: run npm run generate`);
  } else {
    await writeFile(file.path, next);
    console.log(`wrote ${file.path}`);
  }
}
process.exitCode = stale > 0 ? 1 : 0;
