/**
 * Editing YAML in the browser (github.dev) or VS Code: the YAML extension is
 * recommended, each content folder is mapped to a self-contained schema, and
 * those schemas say dates and emails with patterns, so that an editor that
 * treats `format` as a note still flags what `npm run validate` refuses.
 */
import { existsSync, readFileSync } from 'node:fs';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { EDITOR_SCHEMA_NAMES, editorSchemaPath } from '../../../src/lib/generate/editor-schemas.ts';
import { readRepositoryFiles } from '../../../src/lib/repository/read-files.ts';
import { classifyPath } from '../../../src/lib/validate/classify.ts';

const settings = JSON.parse(readFileSync('.vscode/settings.json', 'utf8')) as { 'yaml.schemas': Record<string, string[]> };
const mapping = Object.entries(settings['yaml.schemas']);

/** The extension's globs as used here: `*` is one path segment's characters. */
const globMatches = (glob: string, path: string): boolean =>
  new RegExp(
    `^${glob
      .split('*')
      .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
      .join('[^/]*')}$`,
  ).test(path);

/** An editor's validator: JSON Schema 2020-12 with `format` as an annotation only; compiled once per schema. */
const editorValidators = new Map<string, ValidateFunction>();
function editorValidator(name: string): ValidateFunction {
  let validate = editorValidators.get(name);
  if (!validate) {
    const ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: false });
    validate = ajv.compile(JSON.parse(readFileSync(editorSchemaPath(name as never), 'utf8')) as object);
    editorValidators.set(name, validate);
  }
  return validate;
}

describe('the editor settings', () => {
  it('recommend the YAML extension', () => {
    expect(JSON.parse(readFileSync('.vscode/extensions.json', 'utf8'))).toEqual({ recommendations: ['redhat.vscode-yaml'] });
  });

  it('map every YAML record kind to its own self-contained schema', () => {
    expect(mapping.map(([schema]) => schema).sort()).toEqual(EDITOR_SCHEMA_NAMES.map((name) => `./${editorSchemaPath(name)}`).sort());
    for (const name of EDITOR_SCHEMA_NAMES) {
      const text = readFileSync(editorSchemaPath(name), 'utf8');
      expect(text).not.toContain('"$ref"');
      expect(text).not.toContain('"$id"');
    }
  });

  it('give every content YAML file exactly the schema the validator uses for it', async () => {
    const files = (await readRepositoryFiles('.')).filter((file) => file.path.endsWith('.yaml'));
    expect(files.length).toBeGreaterThan(5);
    for (const file of files) {
      const schemas = mapping.filter(([, globs]) => globs.some((glob) => globMatches(glob, file.path))).map(([schema]) => schema);
      expect(schemas, file.path).toEqual([`./.vscode/schemas/${classifyPath(file.path).kind}.schema.json`]);
      expect(existsSync(schemas[0]!.slice(2))).toBe(true);
    }
  });
});

describe('the schemas as an editor applies them', () => {
  it('accept the valid example records', async () => {
    const files = (await readRepositoryFiles('.')).filter((file) => /^content\/(pairings|contracts)\//.test(file.path));
    for (const file of files) {
      const validate = editorValidator(classifyPath(file.path).kind);
      expect(
        validate(parse(new TextDecoder().decode(file.bytes), { schema: 'core' })),
        `${file.path}: ${JSON.stringify(validate.errors)}`,
      ).toBe(true);
    }
  });

  it('flag a date or an email written wrongly, as npm run validate does, without a format check', () => {
    const validate = editorValidator('pairing');
    const pairing = {
      program: 'alao',
      kind: 'mentoring',
      mentor: { name: 'A B', email: 'a@example.edu' },
      mentee: { name: 'C D', email: 'c@example.edu' },
      notified: '2026-01-15',
      status: 'active',
    };
    expect(validate(pairing)).toBe(true);
    expect(validate({ ...pairing, notified: '15/01/2026' })).toBe(false);
    expect(validate({ ...pairing, notified: '2026-1-15' })).toBe(false);
    expect(validate({ ...pairing, mentor: { name: 'A B', email: 'a at example.edu' } })).toBe(false);
    expect(validate({ ...pairing, mentee: { name: 'C D', email: 'c@localhost' } })).toBe(false);
  });
});
