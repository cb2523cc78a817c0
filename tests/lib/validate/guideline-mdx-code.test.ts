/**
 * Everything `npm run build` rejects in a guideline page, `npm run validate`
 * rejects first, at the .mdx line, in plain words: MDX code (braces, imports,
 * components) has nothing to run with in a plain Markdown page.
 */
import { describe, expect, it } from 'vitest';
import { GUIDELINE, validateWith } from './helpers.ts';

const page = (body: string) => `---\ntitle: Setting goals\ndescription: How a pair chooses its goals.\norder: 2\n---\n\n## Choosing goals\n\n${body}\n`;
const short = (result: Awaited<ReturnType<typeof validateWith>>) => result.diagnostics.map((d) => ({ rule: d.rule, line: d.line, column: d.column, message: d.message }));

describe('MDX code in a guideline page', () => {
  it('rejects {curly} at its line and column, and says how to show a brace', async () => {
    const result = await validateWith(GUIDELINE, page('Pick goals that are {curly} and realistic.'));
    expect(result.ok).toBe(false);
    expect(short(result)).toEqual([{
      rule: 'guideline-mdx-code',
      line: 9,
      column: 21,
      message: 'A brace starts code in a guideline page: {curly} would stop the build. Write \\{ to show a brace (and \\} to close it).',
    }]);
  });

  it('accepts escaped braces and a comment in braces', async () => {
    expect(short(await validateWith(GUIDELINE, page('Pick goals that are \\{curly\\} and realistic. {/* a note for editors */}')))).toEqual([]);
  });

  it('rejects a component, an import and an attribute in braces', async () => {
    const result = await validateWith(GUIDELINE, page('<Widget />\n\nimport x from "y"\n\n<a href={link}>here</a>'));
    expect(short(result).map((d) => [d.rule, d.line])).toEqual([
      ['guideline-mdx-code', 9],
      ['guideline-mdx-code', 11],
      ['guideline-mdx-code', 13],
    ]);
    expect(result.diagnostics[0]!.message).toContain('<Widget> is a component');
  });
});
