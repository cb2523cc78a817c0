/**
 * A program's website is a full web address whose port, when there is one, is
 * digits (RFC 3986). ajv-formats' uri format alone lets `http://a:b:c/`
 * through (it reads `http:/` and a path), so the schema's pattern says it.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validate as compiledProgram } from '../../../src/lib/compiled-schemas/program.generated.js';
import { YamlFile } from '../../../src/lib/yaml/index.ts';
import { BASE, PROGRAM, validateWith } from './helpers.ts';

const program = readFileSync(resolve(BASE, PROGRAM), 'utf8');
const withWebsite = (value: string) => program.replace(/^website: .*$/m, `website: ${JSON.stringify(value)}`);
const line = program.split('\n').findIndex((l) => l.startsWith('website:')) + 1;

describe("a program's website", () => {
  it.each([
    ['a port that is not digits', 'http://a:b:c/'],
    ['a port with a letter', 'https://example.org:8o/'],
    ['an empty port', 'https://example.org:/'],
    ['a single slash after the scheme', 'https:/example.org/'],
    ['a user name and password', 'https://user:secret@example.org/'],
    ['no host', 'https:///path'],
  ])('is refused at its line with %s', async (_why, value) => {
    const { ok, diagnostics } = await validateWith(PROGRAM, withWebsite(value));
    expect(ok).toBe(false);
    expect(diagnostics).toEqual([
      expect.objectContaining({
        file: PROGRAM,
        line,
        column: 10,
        severity: 'error',
        message: expect.stringMatching(/^Association website is not (written in the expected form|a full web address).*https:\/\//),
      }),
    ]);
    // The online forms' compiled validator agrees.
    expect(compiledProgram(new YamlFile(withWebsite(value)).value)).toBe(false);
  });

  it.each(['https://www.alaoweb.org/', 'http://www.alaoweb.org', 'https://example.org:8443/mentoring?x=1#top', 'https://ala.org/alcts'])(
    'is accepted: %s',
    async (value) => {
      const { diagnostics } = await validateWith(PROGRAM, withWebsite(value));
      expect(diagnostics).toEqual([]);
    },
  );
});
