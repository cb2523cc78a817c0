/**
 * The files under .github/ that `npm run generate` derives from the schemas,
 * the programs and the review checklist: one issue form per program, the
 * issue chooser's config, the pull request template and CODEOWNERS.
 */
import { renderCodeowners } from '../codeowners.ts';
import type { Diagnostic } from '../diagnostics.ts';
import type { SourceFile } from '../repository/read-files.ts';
import { renderPullRequestTemplate } from '../review-checklist.ts';
import type { Program } from '../types.generated.ts';
import { loadProgramFile } from '../validate/program.ts';
import { hasContract } from '../program/contract-rules.ts';
import { applicationFormPath, renderApplicationIssueForm } from './application-request.ts';
import { issueFormPath, renderIssueForm, renderIssueTemplateConfig } from './render.ts';
import { ACTION_FORMS, actionFormPath, formPrograms } from './actions/fields.ts';
import { renderActionForm } from './actions/render.ts';

export interface GeneratedText {
  path: string;
  content: string;
}

const PROGRAM_FILE = /^content\/programs\/[^/]+\/program\.yaml$/;

/** The programs of the repository's files, read with the validator's own loader. */
export function programsOf(files: readonly SourceFile[]): { programs: Program[]; diagnostics: Diagnostic[] } {
  const programs: Program[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const file of files.filter((candidate) => PROGRAM_FILE.test(candidate.path))) {
    const loaded = loadProgramFile(file.path, file.bytes);
    diagnostics.push(...loaded.diagnostics);
    if (loaded.program) programs.push(loaded.program);
  }
  programs.sort((a, b) => a.id.localeCompare(b.id));
  return { programs, diagnostics };
}

export const ISSUE_TEMPLATE_CONFIG_PATH = '.github/ISSUE_TEMPLATE/config.yml';
export const PULL_REQUEST_TEMPLATE_PATH = '.github/pull_request_template.md';
export const CODEOWNERS_PATH = '.github/CODEOWNERS';

export function githubGeneratedFiles(programs: readonly Program[]): GeneratedText[] {
  return [
    // A program without a written contract (ALCTS) has no contract issue form.
    ...programs.filter(hasContract).map((program) => ({ path: issueFormPath(program.id), content: renderIssueForm(program) })),
    ...ACTION_FORMS.flatMap((form) => {
      const served = formPrograms(form, programs);
      return served.length > 0 ? [{ path: actionFormPath(form.id), content: renderActionForm(form, served) }] : [];
    }),
    ...programs
      .filter((program) => program.applications)
      .map((program) => ({ path: applicationFormPath(program.id), content: renderApplicationIssueForm(program) })),
    { path: ISSUE_TEMPLATE_CONFIG_PATH, content: renderIssueTemplateConfig() },
    { path: PULL_REQUEST_TEMPLATE_PATH, content: renderPullRequestTemplate() },
    { path: CODEOWNERS_PATH, content: renderCodeowners(programs) },
  ];
}
