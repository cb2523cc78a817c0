/**
 * Each compiled validator is fingerprinted by the schemas it uses, its own and
 * those its `$ref`s reach, so that editing one schema makes stale (and
 * `npm run generate` rewrites) only the validators that use it.
 */
import { describe, expect, it } from 'vitest';
import { generatedFrom, staleMessage } from '../../src/lib/generate/sources.ts';
import { renderStandaloneValidator } from '../../src/lib/generate/standalone-validator.ts';
import { recordSchemaNames, schemaRegistry, type RecordSchemaName } from '../../src/lib/schema-files.ts';
import { schemaDocumentsOf, schemaFingerprint } from '../../src/lib/schema-fingerprint.ts';
import type { JsonSchema } from '../../src/lib/schema-walk.ts';

/** A copy of the schemas with one document's description edited, as a coordinator's edit would. */
function editedRegistry(file: string): Map<string, JsonSchema> {
  const registry = new Map(schemaRegistry);
  const schema = registry.get(file);
  if (!schema) throw new Error(`no ${file}`);
  registry.set(file, { ...schema, description: `${String(schema['description'])} Edited.` });
  return registry;
}

/** The record schemas whose fingerprint changes when `file` is edited. */
function staleAfterEditing(file: string): RecordSchemaName[] {
  const edited = editedRegistry(file);
  return recordSchemaNames.filter((name) => schemaFingerprint(name, edited) !== schemaFingerprint(name));
}

describe('the schemas a validator uses', () => {
  it('are its own schema and every document its $refs reach, transitively', () => {
    expect(schemaDocumentsOf('stats.schema.json')).toEqual(['stats.schema.json', 'common.schema.json']);
    expect(schemaDocumentsOf('guideline.schema.json')).toEqual(['guideline.schema.json']);
    // pairing -> application -> common; program -> notice (and common).
    expect(schemaDocumentsOf('pairing.schema.json')).toEqual(['pairing.schema.json', 'application.schema.json', 'common.schema.json']);
    expect(schemaDocumentsOf('program.schema.json')).toEqual(['program.schema.json', 'common.schema.json', 'notice.schema.json']);
  });

  it('follow a reference cycle without looping', () => {
    const registry = new Map<string, JsonSchema>([
      ['a.schema.json', { properties: { b: { $ref: 'b.schema.json#/$defs/x' } } }],
      ['b.schema.json', { $defs: { x: { $ref: 'a.schema.json' } } }],
    ]);
    expect(schemaDocumentsOf('a.schema.json', registry)).toEqual(['a.schema.json', 'b.schema.json']);
  });
});

describe('a validator fingerprint', () => {
  it('changes only for the validators that use the edited schema', () => {
    expect(staleAfterEditing('stats.schema.json')).toEqual(['stats']);
    expect(staleAfterEditing('guideline.schema.json')).toEqual(['guideline']);
    expect(staleAfterEditing('notice.schema.json')).toEqual(['program', 'notice']);
    expect(staleAfterEditing('application.schema.json')).toEqual(['pairing', 'application']);
    // common.schema.json is shared: every validator but the guideline's and the notice's, which refer to nothing.
    expect(staleAfterEditing('common.schema.json')).toEqual(['program', 'pairing', 'contract', 'stats', 'statistics', 'application']);
  });

  it('is what the compiled validator carries, and what it names as its sources', () => {
    const code = renderStandaloneValidator('stats');
    expect(code).toContain(`export const SCHEMAS_FINGERPRINT = '${schemaFingerprint('stats')}';`);
    expect(code).toContain('compiled from: stats.schema.json, common.schema.json');
  });
});

describe('a stale compiled validator', () => {
  it('names only the schemas it is compiled from', () => {
    const path = 'src/lib/compiled-schemas/stats.generated.js';
    const from = generatedFrom(
      path,
      ['alao'],
      [...schemaRegistry.keys()].map((file) => `schemas/${file}`),
    );
    expect(from).toEqual(['schemas/stats.schema.json', 'schemas/common.schema.json']);
    expect(staleMessage(path, from, ['schemas/stats.schema.json'])).toBe(
      'src/lib/compiled-schemas/stats.generated.js is out of date: schemas/stats.schema.json changed since it was generated; run npm run generate',
    );
  });
});
