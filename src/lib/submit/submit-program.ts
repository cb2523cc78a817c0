/**
 * Proposes a new program's files (program.yaml, SOURCES.md, its first
 * guideline page) as one pull request, after validating them with the rest
 * of the repository exactly as `npm run validate` would. A program already on
 * file is never overwritten.
 */
import type { Diagnostic } from '../diagnostics.ts';
import { GitHubError, openRecordPullRequest, type GitHubClient, type RepositoryName } from '../github/index.ts';
import type { DraftVerdict } from '../issue-forms/actions/verdict.ts';
import type { SourceFile } from '../repository/read-files.ts';
import { validateFiles } from '../validate/index.ts';

export interface SubmitProgramInput {
  id: string;
  name: string;
  files: Readonly<Record<string, string>>;
  repositoryFiles: readonly SourceFile[];
  today: string;
  client: GitHubClient;
  repo: RepositoryName;
  /** The last line of the pull request body ("Asked by @login in #12."). */
  bodyNote?: string;
}

export async function submitProgram(input: SubmitProgramInput): Promise<DraftVerdict> {
  const paths = Object.keys(input.files);
  const programPath = `content/programs/${input.id}/program.yaml`;
  if (input.repositoryFiles.some((file) => file.path.startsWith(`content/programs/${input.id}/`))) return { status: 'exists' };
  const encoder = new TextEncoder();
  const files: SourceFile[] = [
    ...input.repositoryFiles,
    ...Object.entries(input.files).map(([path, text]) => ({ path, bytes: encoder.encode(text) })),
  ];
  // SOURCES.md is read for program.yaml's rules (its coverage), not validated as a record of its own.
  const records = paths.filter((path) => !path.endsWith('/SOURCES.md'));
  const { diagnostics } = validateFiles(files, { today: input.today, only: records });
  if (diagnostics.some((diagnostic) => diagnostic.severity === 'error')) return { status: 'invalid', diagnostics };
  const warnings: Diagnostic[] = diagnostics.filter((diagnostic) => diagnostic.severity === 'warning');
  const body = [
    `A new program, **${input.name}** (\`${input.id}\`), from the “Coordinator: a new program” form.`,
    '',
    '### Before merging',
    '',
    `- [ ] Fill every “to fill” row of \`content/programs/${input.id}/SOURCES.md\` with the program's own document and its words.`,
    `- [ ] Add what the documents say (contract, meetings, evaluations, steps) to \`program.yaml\`, and nothing they do not say.`,
    `- [ ] Read the first guideline page, \`content/programs/${input.id}/guidelines/\`, in the site preview.`,
    '',
    'The generated files (issue forms, CODEOWNERS) follow on this branch by themselves (the Regenerate workflow).',
    '',
    ...paths.map((path) => `- \`${path}\``),
    ...(input.bodyNote ? ['', input.bodyNote] : []),
    '',
  ].join('\n');
  try {
    const opened = await openRecordPullRequest(input.client, input.repo, {
      branch: `tandem/program-${input.id}`,
      files: input.files,
      commitMessage: `New program: ${input.id}`,
      title: `New program: ${input.name} (${input.id})`,
      body,
      mustNotExistOnBase: [programPath],
    });
    return { status: 'opened', url: opened.url, number: opened.number, updated: opened.outcome !== 'created', warnings };
  } catch (error) {
    if (error instanceof GitHubError && error.kind === 'conflict') return { status: 'exists' };
    throw error;
  }
}
