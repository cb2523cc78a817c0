/** A file with thousands of problems prints 50 and says how many more, not thousands of lines. */
import { describe, expect, it } from 'vitest';
import { capPerFile, type Diagnostic } from '../../../src/lib/diagnostics.ts';
import type { RuleId } from '../../../src/lib/rule-ids.ts';
import { CONTRACT, validateWith } from './helpers.ts';

describe('problems per file', () => {
  it('are capped at 50, with one line counting the rest', async () => {
    const text = 'program: alao\npairing: 2026-lee-okafor\n' + Array.from({ length: 2000 }, (_, i) => `extra${i}: 1\n`).join('');
    const { diagnostics, ok } = await validateWith(CONTRACT, text);
    expect(ok).toBe(false);
    expect(diagnostics).toHaveLength(51);
    const last = diagnostics.at(-1)!;
    expect(last).toMatchObject({ rule: 'too-many-problems', severity: 'error', file: CONTRACT });
    expect(last.message).toMatch(/^and \d+ more problems in this file \(only the first 50 are listed\)/);
    expect(Number(/and (\d+) more/.exec(last.message)![1])).toBeGreaterThan(1900);
  });

  it('count per file, and a left-out warning stays a warning', () => {
    const d = (file: string, line: number, severity: Diagnostic['severity']): Diagnostic => ({
      file,
      line,
      column: 1,
      severity,
      rule: 'r' as RuleId,
      message: 'm',
    }); // not a real id: any id is capped alike
    const capped = capPerFile([d('a', 1, 'error'), d('a', 2, 'warning'), d('a', 3, 'warning'), d('b', 1, 'error')], 1);
    expect(capped.map((x) => `${x.file}:${x.line} ${x.severity} ${x.rule}`)).toEqual([
      'a:1 error r',
      'a:2 warning too-many-problems',
      'b:1 error r',
    ]);
    expect(capped[1]!.message).toMatch(/^and 2 more problems/);
  });
});
