/**
 * A contract draft checked the way `npm run validate` checks a contract file,
 * for the online form: the schema's verdict in the validator's words, then
 * the same program rules, run on a repository holding this program and this
 * draft. What the form cannot know stays with the full validation when the
 * file is submitted: the pairing (confidential, never on the public site) and
 * the YAML text itself (the form writes that). Pure, and small enough for a
 * browser: the caller passes the compiled schema (ajv's standalone code there).
 */
import type { Severity } from '../diagnostics.ts';
import { applicationDraftId } from '../submit/application-id.ts';
import { applicationPath, recordPath } from '../submit/record-location.ts';
import type { Application, Contract, Program } from '../types.generated.ts';
import { applicationRules } from './rules/applications.ts';
import { textHiddenCharacters } from './rules/text-hidden-characters.ts';
import type { DataPath } from '../yaml/index.ts';
import { emptyRepository, type Repository } from './repository.ts';
import { contractDraftRules } from './rules/contract-draft-rules.ts';
import type { Rule, Where } from './rules/rule.ts';
import { schemaFindings } from './schema-errors.ts';
import type { ErrorObject } from 'ajv';

/** A validator compiled from schemas/contract.schema.json (ajv's ValidateFunction, or its standalone code). */
export interface CompiledSchema {
  (data: unknown): boolean;
  errors?: ErrorObject[] | null;
}

export interface DraftProblem {
  path: DataPath;
  severity: Severity;
  message: string;
  rule: string;
}

/** Rules about records the form does not have: they run when the file is submitted. */
export const RULES_NEEDING_THE_PAIRING: ReadonlySet<string> = new Set([
  'contract-pairing-exists',
  'contract-matches-pairing',
  'contract-signed-after-notice',
  'contract-due',
  'one-active-pairing',
]);

export function contractDraftPath(programId: string, pairingId: string): string {
  return recordPath('contract', programId, pairingId);
}

export function checkContractDraft(draft: unknown, program: Program, options: { today: string; validate: CompiledSchema }): DraftProblem[] {
  if (!options.validate(draft)) {
    return schemaFindings('contract', options.validate.errors ?? []).map(({ path, severity, message, rule }) => ({
      path,
      severity,
      message,
      rule,
    }));
  }
  const contract = draft as Contract;
  const file = contractDraftPath(program.id, contract.pairing);
  const programFile = `content/programs/${program.id}/program.yaml`;
  const repository = emptyRepository();
  repository.programs.set(program.id, { file: programFile, data: program });
  repository.contracts.set(`${program.id}/${contract.pairing}`, { file, data: contract });
  return runDraftRules(contractDraftRules, repository, { programId: program.id, programFile, file, today: options.today });
}

/** Runs rules on a repository holding one program and one draft, keeping what they report about the draft's file. */
function runDraftRules(
  rules: readonly Rule[],
  repository: Repository,
  draft: { programId: string; programFile: string; file: string; today: string },
): DraftProblem[] {
  const problems: DraftProblem[] = [];
  for (const rule of rules) {
    rule.check({
      repository,
      today: draft.today,
      programFolders: new Set([draft.programId]),
      paths: new Set([draft.programFile, draft.file]),
      guidelineLinks: new Map(),
      wholeRepository: false,
      report(reported: string, where: Where, message: string, severity: Severity = 'error') {
        if (reported !== draft.file) return;
        problems.push({ path: 'path' in where ? where.path : [], severity, message, rule: rule.id });
      },
    });
  }
  return problems;
}

/** Application rules about other applications (duplicates, who not to match with): checked when the file is submitted. */
const APPLICATION_RULES_NEEDING_OTHERS: ReadonlySet<string> = new Set(['application-avoid', 'application-duplicate']);

function applicationDraftPath(programId: string, cycle: number, id: string): string {
  return applicationPath(programId, cycle, id);
}

/** An application draft checked as `npm run validate` checks its file: the schema, then the rules that need only its program. */
export function checkApplicationDraft(
  draft: unknown,
  program: Program,
  options: { today: string; validate: CompiledSchema },
): DraftProblem[] {
  if (!options.validate(draft)) {
    return schemaFindings('application', options.validate.errors ?? []).map(({ path, severity, message, rule }) => ({
      path,
      severity,
      message,
      rule,
    }));
  }
  const application = draft as Application;
  const id = applicationDraftId(application);
  if (!id)
    return [
      {
        path: ['name'],
        severity: 'error',
        rule: 'draft-application-id',
        message: 'Could not make the application id from the cycle year and the surname; write the name in Latin letters.',
      },
    ];
  const file = applicationDraftPath(program.id, application.cycle, id);
  const programFile = `content/programs/${program.id}/program.yaml`;
  const repository = emptyRepository();
  repository.programs.set(program.id, { file: programFile, data: program });
  repository.applications.set(`${program.id}/${application.cycle}/${id}`, { file, data: application });
  const rules = [...applicationRules, textHiddenCharacters].filter((rule) => !APPLICATION_RULES_NEEDING_OTHERS.has(rule.id));
  return runDraftRules(rules, repository, { programId: program.id, programFile, file, today: options.today });
}
