/**
 * Writes every file derived from the schemas. `--check` writes nothing and
 * exits 1 when a committed file is stale (the tests run it that way).
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { formatText } from '../src/lib/diagnostics.ts';
import { generateTypes } from '../src/lib/generate/types.ts';
import { githubGeneratedFiles, programsOf } from '../src/lib/issue-forms/generated-files.ts';
import { readRepositoryFiles } from '../src/lib/repository/read-files.ts';

interface GeneratedFile {
  path: string;
  render: () => Promise<string>;
}

// Issue forms, CODEOWNERS and the pull request template come from the programs: they must be valid first.
const { programs, diagnostics: programProblems } = programsOf(await readRepositoryFiles('.'));
if (programProblems.some((problem) => problem.severity === 'error')) {
  process.stderr.write(formatText(programProblems));
  process.exit(1);
}

const generatedFiles: GeneratedFile[] = [
  { path: 'src/lib/types.generated.ts', render: generateTypes },
  ...githubGeneratedFiles(programs).map(({ path, content }) => ({ path, render: async () => content })),
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
    await mkdir(dirname(file.path), { recursive: true });
    await writeFile(file.path, next);
    console.log(`wrote ${file.path}`);
  }
}
process.exitCode = stale > 0 ? 1 : 0;
