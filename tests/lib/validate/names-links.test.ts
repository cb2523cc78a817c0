/**
 * A person's name never carries a link or an address: names are shown in the
 * emails Tandem sends from the program's address, where "Jordan Lee: urgent,
 * confirm at https://evil.example/login" would read as the program's own
 * words. The rule is the schema's (common.schema.json personName), so the
 * validator, the compiled validators of the online forms and the prompts all
 * refuse it, wherever a person's name is a field.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validate as compiledApplication } from '../../../src/lib/compiled-schemas/application.generated.js';
import { validate as compiledContract } from '../../../src/lib/compiled-schemas/contract.generated.js';
import { checkText } from '../../../src/lib/prompts/schema-questions.ts';
import type { CompiledSchema } from '../../../src/lib/validate/check-draft.ts';
import { schemaFindings } from '../../../src/lib/validate/schema-errors.ts';
import { YamlFile } from '../../../src/lib/yaml/index.ts';
import { BASE, CONTRACT, PAIRING, PROGRAM, validateWith } from './helpers.ts';

const LINKED_NAMES = [
  'Jordan Lee: urgent, confirm at https://evil.example/login',
  'Jordan Lee ftp://evil.example',
  'Jordan Lee www.evil.example',
  'Jordan Lee WWW.EVIL.EXAMPLE',
  'jordan.lee@evil.example',
  'Jordan @evil',
  'Jordan ＠ evil.example',
];

/** The validators the online forms bundle (ajv's standalone code), typed as the forms use them. */
const validateApplication: CompiledSchema = compiledApplication;
const validateContract: CompiledSchema = compiledContract;

const HELP = 'no web address or email address (nothing with ://, www. or @)';

const read = (path: string) => readFileSync(resolve(BASE, path), 'utf8');
const lineOf = (text: string, needle: string) => text.split('\n').findIndex((line) => line.includes(needle)) + 1;

describe("a person's name with a link or an address in it", () => {
  const places = [
    { what: 'a pairing', path: PAIRING, text: read(PAIRING), old: 'Ada Okafor' },
    { what: 'a contract', path: CONTRACT, text: read(CONTRACT), old: 'Ada Okafor' },
    { what: "a program's coordinator", path: PROGRAM, text: read(PROGRAM), old: 'Tamsin Achterberg' },
  ];

  for (const { what, path, text, old } of places) {
    it.each(LINKED_NAMES)(`is refused in ${what}, at its line, in plain words, without repeating it: %s`, async (name) => {
      const changed = text.replace(old, JSON.stringify(name));
      expect(changed).not.toBe(text);
      const { diagnostics, ok } = await validateWith(path, changed);
      expect(ok).toBe(false);
      const refused = diagnostics.filter((d) => d.rule === 'schema-pattern');
      expect(refused).toEqual([expect.objectContaining({ file: path, line: lineOf(text, old), severity: 'error' })]);
      expect(refused[0]!.message).toContain(HELP);
      expect(refused[0]!.message).not.toMatch(/evil/i);
    });
  }

  it.each(LINKED_NAMES)('is refused in an application (the online form’s compiled validator): %s', (name) => {
    const application = new YamlFile(readFileSync('content/applications/alcts/2027/2027-marwood.yaml', 'utf8')).value as Record<
      string,
      unknown
    >;
    expect(validateApplication(application)).toBe(true);
    expect(validateApplication({ ...application, name })).toBe(false);
    const findings = schemaFindings('application', validateApplication.errors ?? []);
    expect(findings).toEqual([expect.objectContaining({ path: ['name'], rule: 'schema-pattern', message: expect.stringContaining(HELP) })]);
  });

  it.each(LINKED_NAMES)('is refused by the contract form’s compiled validator: %s', (name) => {
    const contract = new YamlFile(read(CONTRACT)).value as { parties: Record<string, unknown>[] };
    expect(validateContract(contract)).toBe(true);
    const changed = { ...contract, parties: [contract.parties[0], { ...contract.parties[1], name }] };
    expect(validateContract(changed)).toBe(false);
    expect(schemaFindings('contract', validateContract.errors ?? [])).toEqual([
      expect.objectContaining({ path: ['parties', 1, 'name'], rule: 'schema-pattern' }),
    ]);
  });

  it.each(LINKED_NAMES)('is refused by the prompts of pairing:new: %s', (name) => {
    expect(checkText('pairing', ['mentee', 'name'], name)).toEqual(expect.stringContaining(HELP));
  });

  it.each(['Jordan Lee', "Ada O'Brien-Smith", 'Www Okafor', 'Dr. Ada Okafor', 'J. R. Lee', '李小龙'])(
    'accepts a plain name: %s',
    (name) => {
      expect(checkText('pairing', ['mentee', 'name'], name)).toBe(true);
    },
  );
});
