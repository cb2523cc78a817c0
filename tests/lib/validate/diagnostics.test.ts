import { describe, expect, it } from 'vitest';
import { formatGithub, formatJson, formatText, type Diagnostic } from '../../../src/lib/diagnostics.ts';
import type { RuleId } from '../../../src/lib/rule-ids.ts';

const diagnostics: Diagnostic[] = [
  { file: 'content/b.yaml', line: 2, column: 1, severity: 'warning', message: 'Later', rule: 'r2' as RuleId },
  { file: 'content/a, b:c.yaml', line: 3, column: 4, severity: 'error', message: '100% wrong\r\nsecond line', rule: 'r:1' as RuleId }, // not real ids: they test the sorting and the escaping,
];

describe('formatters', () => {
  it('text: sorted lines and a summary', () => {
    expect(formatText(diagnostics, { filesChecked: 5 })).toBe(
      'content/a, b:c.yaml:3:4: error: 100% wrong\r\nsecond line (r:1)\ncontent/b.yaml:2:1: warning: Later (r2)\nInvalid: 1 error and 1 warning in 2 files (5 files checked).\n',
    );
    expect(formatText([])).toBe('No problems found.\n');
  });

  it("github: GitHub's escaping of data and properties", () => {
    const lines = formatGithub(diagnostics).split('\n');
    expect(lines[0]).toBe('::error file=content/a%2C b%3Ac.yaml,line=3,col=4,title=r%3A1::100%25 wrong%0D%0Asecond line');
    expect(lines[1]).toBe('::warning file=content/b.yaml,line=2,col=1,title=r2::Later');
    expect(lines[2]).toBe('Invalid: 1 error and 1 warning in 2 files.');
  });

  it('json: stable order and counts', () => {
    const parsed = JSON.parse(formatJson(diagnostics)) as { ok: boolean; diagnostics: Diagnostic[] };
    expect(Object.keys(parsed)).toEqual(['ok', 'errors', 'warnings', 'diagnostics']);
    expect(parsed.ok).toBe(false);
    expect(parsed.diagnostics.map((d) => d.file)).toEqual(['content/a, b:c.yaml', 'content/b.yaml']);
    expect(Object.keys(parsed.diagnostics[0]!)).toEqual(['file', 'line', 'column', 'severity', 'rule', 'message']);
    expect(formatJson([...diagnostics].reverse())).toBe(formatJson(diagnostics));
  });
});
