import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exitCode, fixtureBytes, FIXTURES, validatedFixture, validateWith } from './helpers.ts';
import { invalidCases, type InvalidCase } from './invalid-cases.ts';

/** Each fixture validated the fast way (the default), once for the two tests that read it (and rule-ids.test.ts). */
const validatedFast = (testCase: InvalidCase): ReturnType<typeof validateWith> => validatedFixture(testCase.path, testCase.fixture);

/** Personal values of the base repository and fixtures: no message may repeat them. */
const PERSONAL = ['Jordan', 'Ada ', 'Okafor-Smith', 'example.edu', 'example.org', '0791', '614', 'Mei Chen', 'Luis'];

describe('invalid fixtures', () => {
  it('has at least 40 of them', () => {
    expect(invalidCases.length).toBeGreaterThanOrEqual(40);
  });

  it('checks every fixture file, each against at least one expected diagnostic', () => {
    const files = readdirSync(resolve(FIXTURES, 'invalid')).sort();
    expect(invalidCases.map((testCase) => testCase.fixture).sort()).toEqual(files);
    for (const testCase of invalidCases) expect(testCase.expected.length, testCase.fixture).toBeGreaterThan(0);
  });

  for (const testCase of invalidCases) {
    it(`${testCase.fixture}: ${testCase.expected.map((d) => d.rule).join(', ')}`, async () => {
      const result = await validatedFast(testCase);
      expect(exitCode(result)).toBe(testCase.exit);
      expect(result.diagnostics.map(({ rule, line, column, severity }) => ({ rule, line, column, severity }))).toEqual(
        testCase.expected.map(({ rule, line, column, severity }) => ({ rule, line, column, severity })),
      );
      result.diagnostics.forEach((diagnostic, index) => {
        expect(diagnostic.file).toBe(testCase.path);
        expect(diagnostic.message).toContain(testCase.expected[index]!.words);
        for (const value of PERSONAL) expect(diagnostic.message).not.toContain(value);
      });
    });
  }
});

describe('the fast and the strict YAML readings', () => {
  it('report the same diagnostics on every fixture', async () => {
    for (const testCase of invalidCases) {
      const fast = await validatedFast(testCase);
      const strict = await validateWith(testCase.path, fixtureBytes(testCase.fixture), 'strict');
      expect(fast.diagnostics, testCase.fixture).toEqual(strict.diagnostics);
    }
  });
});
