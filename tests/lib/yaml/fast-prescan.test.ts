/**
 * The fast reading's pre-scan (src/lib/yaml/fast.ts) on text that only looks
 * like YAML's special syntax: it reads it the fast way when both parsers
 * agree, and leaves to the strict reading anything that could differ. Each
 * case is checked against the `yaml` package itself.
 */
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { parseFastYaml } from '../../../src/lib/yaml/fast.ts';

/** The strict reading's value, or undefined when it refuses the text. */
function strictValue(text: string): unknown {
  const document = parseDocument(text, { schema: 'core', uniqueKeys: true, logLevel: 'error' });
  return document.errors.length > 0 ? undefined : document.toJS();
}

describe('the fast reading', () => {
  it.each([
    ['an ampersand in text', 'organization: Association for Library Collections & Technical Services\n'],
    ['a quoted subject with a brace and a colon', 'subject: "{{program.name}}: your contract is due {{dates.due}}"\n'],
    ['a single-quoted value with a bracket and a colon', "note: '[draft]: not sent'\n"],
    ['a list item of a quoted value with a brace and a colon', 'items:\n  - title: "{{item.title}}: due"\n'],
  ])('reads %s the fast way, with the same value as the strict reading', (_name, text) => {
    const fast = parseFastYaml(text);
    expect(fast).toBeDefined();
    expect(fast).toEqual(strictValue(text));
  });

  it.each([
    ['a flow sequence as a key, quoted inside', '["a"]: b\n'],
    ['a flow mapping as a key', '{ "a": 1 }: x\n'],
    ['a flow key after a quoted line', "k: 'x'\n['y']: z\n"],
    ['a flow key after a quoted value on its line', 'key: "v" [x]: y\n'],
    ['a quote escaped inside, then a brace and a colon', "k: 'it''s }: x'\n"],
    ['an anchor', 'a: &name 1\nb: *name\n'],
    ['an alias in text', 'x: a *b\n'],
  ])('leaves %s to the strict reading', (_name, text) => {
    expect(parseFastYaml(text)).toBeUndefined();
  });
});
