/**
 * What each generated file is made from, so that a stale file's message can
 * name the file that changed (a program.yaml, a schema) instead of a vague
 * "schemas/".
 */
import { schemaDocumentsOf } from '../schema-fingerprint.ts';
import { RULES_DOCUMENT } from './readme-rules.ts';
import { orList } from '../text/word-lists.ts';

const COMPILED_VALIDATOR = /^src\/lib\/compiled-schemas\/([a-z]+)\.generated\.(?:js|d\.ts)$/;
const CONTRACT_FORM = /^\.github\/ISSUE_TEMPLATE\/contract-([a-z][a-z0-9-]*)\.yml$/;
const APPLICATION_FORM = /^\.github\/ISSUE_TEMPLATE\/application-([a-z][a-z0-9-]*)\.yml$/;

/** The source files of a generated file, repository-relative, given the programs' ids and the schema files' paths. */
export function generatedFrom(path: string, programIds: readonly string[], schemaFiles: readonly string[]): string[] {
  const programFiles = programIds.map((id) => `content/programs/${id}/program.yaml`);
  // The types: every schema. A compiled validator (its code or its types): the schemas it uses (its own and what its `$ref`s reach).
  if (path === 'src/lib/types.generated.ts') return [...schemaFiles];
  const validator = COMPILED_VALIDATOR.exec(path);
  if (validator) return schemaDocumentsOf(`${validator[1]}.schema.json`).map((file) => `schemas/${file}`);
  const contract = CONTRACT_FORM.exec(path);
  if (contract) return [`content/programs/${contract[1]}/program.yaml`, 'schemas/contract.schema.json', 'schemas/common.schema.json'];
  const application = APPLICATION_FORM.exec(path);
  if (application)
    return [`content/programs/${application[1]}/program.yaml`, 'schemas/application.schema.json', 'schemas/common.schema.json'];
  if (path === '.github/CODEOWNERS') return programFiles;
  if (path === '.github/pull_request_template.md') return ['src/lib/review-checklist.ts'];
  // Its rule list only; the rest of the program author's guide is written by hand.
  if (path === RULES_DOCUMENT) return ['src/lib/rule-ids.ts'];
  return [...schemaFiles, ...programFiles];
}

/**
 * The sentence for a stale generated file: the sources changed since it was
 * written when they are known (`changed`), else every source it is made from.
 */
export function staleMessage(path: string, sources: readonly string[], changed: readonly string[]): string {
  if (changed.length > 0) return `${path} is out of date: ${orList(changed)} changed since it was generated; run npm run generate`;
  const shown = sources.length > 4 ? [...sources.slice(0, 3), `${sources.length - 3} more`] : sources;
  return `${path} is out of date with ${orList(shown)}, which it is generated from; run npm run generate`;
}
