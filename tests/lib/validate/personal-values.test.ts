/**
 * What a hostile or careless file gets back: a name typed as a key is never
 * repeated in a message (only a near miss of a field name is quoted), and a
 * name that shows nothing, or spoofs its reading direction, is refused at its
 * line, by the schema (so every tool that reads it agrees).
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { BASE, CONTRACT, PAIRING, validateWith } from './helpers.ts';

const pairing = readFileSync(resolve(BASE, PAIRING), 'utf8');
const contract = readFileSync(resolve(BASE, CONTRACT), 'utf8');

describe('an unknown key', () => {
  it('is not repeated when it is not close to a field name (it may be a name)', async () => {
    const text = contract.replace('    name: Ada Okafor\n', '    name: Ada Okafor\n    Quillfeather: mentee\n');
    const { diagnostics } = await validateWith(CONTRACT, text);
    const unknown = diagnostics.filter((d) => d.rule === 'schema-unknown-key');
    expect(unknown).toHaveLength(1);
    expect(unknown[0]!.line).toBe(12);
    expect(unknown[0]!.message).not.toContain('Quillfeather');
    expect(unknown[0]!.message).toMatch(/^This key is not a field in .*Allowed here: /);
  });

  it('is quoted, with the field it was meant to be, when it is a typo of one', async () => {
    const text = contract.replace('    email: ada.okafor@example.edu', '    emial: ada.okafor@example.edu');
    const { diagnostics } = await validateWith(CONTRACT, text);
    expect(diagnostics.find((d) => d.rule === 'schema-unknown-key')?.message).toMatch(
      /^Unknown field "emial" in .*Did you mean "email"\?$/,
    );
  });
});

describe("a person's name", () => {
  const withMenteeName = (yamlValue: string) =>
    pairing
      .replace(/mentee:\s*\{ name: Ada Okafor,/, `mentee: { name: ${yamlValue},`)
      .replace(/(mentee:\n\s+name:) Ada Okafor/, `$1 ${yamlValue}`);
  const line = pairing.split('\n').findIndex((l) => l.includes('Ada Okafor')) + 1;

  it.each([
    ['a zero-width space only', '"\\u200B"'],
    ['a Hangul filler only (a letter that shows nothing)', '"\\u3164"'],
    ['a right-to-left override inside', '"Ada \\u202EarukO"'],
    ['a raw control character', '"Ada\\u0007 Okafor"'],
    ['no letter at all', '"12345"'],
    ['a leading zero-width joiner', '"\\u200DAda"'],
  ])('is refused at its line: %s', async (_why, yamlValue) => {
    const text = withMenteeName(yamlValue);
    expect(text).not.toBe(pairing);
    const { diagnostics, ok } = await validateWith(PAIRING, text);
    expect(ok).toBe(false);
    const refused = diagnostics.filter((d) => d.rule === 'schema-pattern');
    expect(refused).toEqual([expect.objectContaining({ line, severity: 'error' })]);
    expect(refused[0]!.message).toMatch(/at least one letter, .* and no invisible or control characters/);
  });

  it.each([['José Ñúñez'], ['李小龙'], ['Nguyễn Thị'], ["O'Brien-Smith"], ['می‌رزا']])('is accepted: %s', async (name) => {
    const { diagnostics } = await validateWith(PAIRING, withMenteeName(JSON.stringify(name)));
    expect(diagnostics.filter((d) => d.rule === 'schema-pattern')).toEqual([]);
  });
});

describe('any text of a record', () => {
  it.each([
    ['a right-to-left override', '\\u202E', 'direction-changing character (U+202E)'],
    ['a raw bell character', '\\u0007', 'control character (U+0007)'],
    ['an escape character', '\\u001B', 'control character (U+001B)'],
  ])('is refused at its line when it holds %s', async (_why, escape, words) => {
    const text = contract.replace(
      '  - Present a poster at the state conference',
      `  - "Present a poster${escape} at the state conference"`,
    );
    expect(text).not.toBe(contract);
    const { diagnostics } = await validateWith(CONTRACT, text);
    const hidden = diagnostics.filter((d) => d.rule === 'text-hidden-characters');
    expect(hidden).toEqual([expect.objectContaining({ line: 16, severity: 'error' })]);
    expect(hidden[0]!.message).toContain(words);
    expect(hidden[0]!.message).not.toContain('poster');
  });
});

describe('a repeated key', () => {
  it('is named when it is a field name, and not when it may be a name', async () => {
    const field = await validateWith(CONTRACT, contract.replace('kind: mentoring\n', 'kind: mentoring\nkind: mentoring\n'));
    expect(field.diagnostics.find((d) => d.rule === 'yaml-duplicate-key')?.message).toContain('("kind")');
    const name = await validateWith(CONTRACT, `${contract}Quillfeather: 1\nQuillfeather: 2\n`);
    const duplicate = name.diagnostics.find((d) => d.rule === 'yaml-duplicate-key');
    expect(duplicate?.message).toBe('This key appears twice in the same mapping; keep only one of them.');
  });
});
