/**
 * Writes every file derived from the schemas. `--check` writes nothing and
 * exits 1 when a committed file is stale (the tests run it that way). A file
 * that cannot be read or written ends the run with one sentence naming it and
 * exit code 2.
 *
 * Usage and options: COMMAND below (`--help`), the script's one usage text.
 */
import { mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, relative } from 'node:path';
import { CommandError } from '../src/lib/cli/errors.ts';
import type { GeneratedText } from '../src/lib/issue-forms/generated-files.ts';
import { errorLine, printLine, runAsScript, runCommand, type Command, type ParsedArgs } from './cli/run.ts';

interface GeneratedFile {
  path: string;
  render: () => Promise<string>;
}

/** A file system failure, said as one sentence that names the file. */
class FileError extends CommandError {
  constructor(action: 'read' | 'write' | 'remove', path: string, cause: unknown) {
    const code = (cause as NodeJS.ErrnoException).code ?? (cause instanceof Error ? cause.message : String(cause));
    super(`could not ${action} ${path} (${code}).`);
  }
}

/** The current text of a generated file, or undefined when it does not exist yet. */
async function currentText(path: string): Promise<string | undefined> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new FileError('read', path, error);
  }
}

/**
 * The sources modified after the generated file was last written (by modification time), or none when that
 * cannot tell (a fresh checkout gives every file the same time; a missing file has none).
 */
async function changedSince(path: string, sources: readonly string[]): Promise<string[]> {
  const written = await stat(path).then(
    (info) => info.mtimeMs,
    () => undefined,
  );
  if (written === undefined) return [];
  const changed: string[] = [];
  for (const source of sources) {
    const modified = await stat(source).then(
      (info) => info.mtimeMs,
      () => undefined,
    );
    if (modified !== undefined && modified > written + 1) changed.push(source);
  }
  return changed;
}

const args = { options: { check: { type: 'boolean', default: false } } } as const;

/** What a generate run did: its exit code and the files it wrote (or, with `check`, found stale). */
export interface GenerateResult {
  code: 0 | 1;
  files: string[];
}

async function run({ values }: ParsedArgs<typeof args>): Promise<number> {
  return (await generateFiles(values.check)).code;
}

/** Writes (or, with `check`, only compares) every generated file, in the current directory. */
export async function generateFiles(check: boolean): Promise<GenerateResult> {
  // The generators (the validator, ajv, the issue forms) are loaded here, not with the script: `--help` needs none of them.
  const [
    { formatText },
    { generatedFrom, staleMessage },
    { RULES_DOCUMENT, withRulesSection },
    { generateTypes },
    { renderStandaloneTypes, renderStandaloneValidator, standaloneTypesPath, standaloneValidatorPath },
    { EDITOR_SCHEMA_NAMES, editorSchemaPath, renderEditorSchema },
    { githubGeneratedFiles, ISSUE_TEMPLATE_FOLDER, obsoleteGeneratedFiles, programsOf },
    { readRepositoryFiles },
    { recordSchemaNames },
  ] = await Promise.all([
    import('../src/lib/diagnostics.ts'),
    import('../src/lib/generate/sources.ts'),
    import('../src/lib/generate/readme-rules.ts'),
    import('../src/lib/generate/types.ts'),
    import('../src/lib/generate/standalone-validator.ts'),
    import('../src/lib/generate/editor-schemas.ts'),
    import('../src/lib/issue-forms/generated-files.ts'),
    import('../src/lib/repository/read-files.ts'),
    import('../src/lib/schema-files.ts'),
  ]);
  // Issue forms, CODEOWNERS and the pull request template come from the programs: they must be valid first.
  const sources = await readRepositoryFiles('.').catch((error: NodeJS.ErrnoException) => {
    throw new FileError('read', relative('.', error.path ?? 'content') || 'content', error);
  });
  const { programs, diagnostics: programProblems } = programsOf(sources);
  if (programProblems.some((problem) => problem.severity === 'error')) {
    process.stderr.write(formatText(programProblems));
    return { code: 1, files: [] };
  }

  const rulesGuide = await currentText(RULES_DOCUMENT);
  const generatedFiles: GeneratedFile[] = [
    { path: 'src/lib/types.generated.ts', render: generateTypes },
    ...recordSchemaNames.flatMap((name) => [
      { path: standaloneValidatorPath(name), render: async () => renderStandaloneValidator(name) },
      { path: standaloneTypesPath(name), render: async () => renderStandaloneTypes(name) },
    ]),
    ...EDITOR_SCHEMA_NAMES.map((name) => ({ path: editorSchemaPath(name), render: async () => renderEditorSchema(name) })),
    ...githubGeneratedFiles(programs).map(({ path, content }) => ({ path, render: async () => content })),
    // The program author's guide's rule list, from src/lib/rule-ids.ts (a copy of the repository without the guide has none to keep).
    ...(rulesGuide === undefined ? [] : [{ path: RULES_DOCUMENT, render: async () => withRulesSection(rulesGuide) }]),
  ];

  const schemaFiles = (await readdir('schemas').catch(() => [] as string[]))
    .filter((name) => name.endsWith('.schema.json'))
    .sort()
    .map((name) => `schemas/${name}`);
  const touched: string[] = [];
  for (const file of generatedFiles) {
    const next = await file.render();
    const current = await currentText(file.path);
    if (current === next) continue;
    touched.push(file.path);
    if (check) {
      const from = generatedFrom(
        file.path,
        programs.map((program) => program.id),
        schemaFiles,
      );
      errorLine(staleMessage(file.path, from, await changedSince(file.path, from)));
    } else {
      try {
        await mkdir(dirname(file.path), { recursive: true });
        await writeFile(file.path, next);
      } catch (error) {
        throw new FileError('write', file.path, error);
      }
      printLine(`wrote ${file.path}`);
    }
  }
  // Issue forms the generator wrote once and writes no more (the participants' forms: they send email now).
  const templates = await readdir(ISSUE_TEMPLATE_FOLDER).catch(() => [] as string[]);
  const existing: GeneratedText[] = [];
  for (const name of templates.sort()) {
    const path = `${ISSUE_TEMPLATE_FOLDER}${name}`;
    const content = await currentText(path);
    if (content !== undefined) existing.push({ path, content });
  }
  for (const path of obsoleteGeneratedFiles(
    existing,
    generatedFiles.map((file) => file.path),
  )) {
    touched.push(path);
    if (check) {
      errorLine(`${path} is no longer generated; run npm run generate to remove it`);
      continue;
    }
    try {
      await rm(path);
    } catch (error) {
      throw new FileError('remove', path, error);
    }
    printLine(`removed ${path}`);
  }
  return { code: check && touched.length > 0 ? 1 : 0, files: touched };
}

const COMMAND: Command<typeof args> = {
  name: 'generate',
  usage: 'npm run generate -- [--check]',
  description: `
Writes every file derived from the schemas and the programs: the TypeScript
types (src/lib/types.generated.ts), the coordinators' issue forms, CODEOWNERS
and the pull request template, and removes the issue forms it wrote once and
writes no more.

  --check   write nothing; exit 1 when a committed file is out of date or no
            longer generated

Exit 0 up to date or written, 1 a program is invalid or (--check) a file is
out of date, 2 a file could not be read, written or removed.`,
  args,
  run,
};

export async function main(argv: string[]): Promise<number> {
  return runCommand(COMMAND, argv);
}

if (import.meta.main) await runAsScript(main);
