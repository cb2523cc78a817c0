/** A minimum meeting frequency: read from the pair's own words, warned about when plainly less often, shown as a minimum. */
import { describe, expect, it } from 'vitest';
import { programFacts } from '../../../src/components/program-facts.ts';
import { ruleFor } from '../../../src/lib/forms/program-rules.ts';
import { meetingsPerYear, plainlyLessOften } from '../../../src/lib/program/meeting-rate.ts';
import type { Program } from '../../../src/lib/types.generated.ts';
import { validateFiles } from '../../../src/lib/validate/index.ts';
import { baseFiles, CONTRACT, PROGRAM, TODAY } from '../validate/helpers.ts';

describe('meetings a year, from a frequency', () => {
  it.each([
    ['monthly', 12],
    ['quarterly', 4],
    ['Every two weeks', 26],
    ['every 6 weeks', 52 / 6],
    ['every other month', 6],
    ['Once a quarter', 4],
    ['twice a month', 24],
    ['3 times per year', 3],
    ['at least once a month', 12],
    ['Fortnightly', 26],
    ['every month', 12],
  ])('%s: %d', (words, rate) => {
    expect(meetingsPerYear(words)).toBeCloseTo(rate);
  });

  it('gives no rate for words without a plain one, so they never get a warning', () => {
    expect(meetingsPerYear('as often as we both can')).toBeUndefined();
    expect(meetingsPerYear('when needed')).toBeUndefined();
    expect(plainlyLessOften('as needed, at least monthly', 'monthly')).toBe(false);
  });

  it('is plainly less often only below the minimum', () => {
    expect(plainlyLessOften('every six weeks', 'monthly')).toBe(true);
    expect(plainlyLessOften('quarterly', 'monthly')).toBe(true);
    expect(plainlyLessOften('monthly', 'monthly')).toBe(false);
    expect(plainlyLessOften('twice a month', 'monthly')).toBe(false);
  });
});

describe('a program with a minimum frequency', () => {
  const program = {
    id: 'demo',
    name: 'Demo',
    kinds: ['mentoring'],
    contract: { title: 'Agreement' },
    meetings: { minimumFrequency: 'monthly', ownFrequency: true },
  } as unknown as Program;

  it('shows it as a minimum on the overview and the form, not as an example', () => {
    const fact = programFacts(program).find((entry) => entry.label === 'How often pairs meet');
    expect(fact?.value).toBe('At least monthly; the pair decides how often beyond that');
    expect(ruleFor(program, 'meetings.frequency')).toEqual({ note: 'At least monthly; in your own words.' });
  });

  it("warns about a contract whose frequency, in the pair's words, is plainly less often", async () => {
    const encode = (text: string) => new TextEncoder().encode(text);
    const files = await baseFiles();
    const text = (path: string) => new TextDecoder().decode(files.find((file) => file.path === path)!.bytes);
    const programText = text(PROGRAM).replace(/^( {2}methods: .*)$/m, '$1\n  ownFrequency: true\n  minimumFrequency: monthly');
    expect(programText).toContain('minimumFrequency: monthly');
    const run = (frequency: string) =>
      validateFiles(
        files.map((file) =>
          file.path === PROGRAM
            ? { path: PROGRAM, bytes: encode(programText) }
            : file.path === CONTRACT
              ? { path: CONTRACT, bytes: encode(text(CONTRACT).replace(/frequency: .*/, `frequency: ${frequency}`)) }
              : file,
        ),
        { today: TODAY, only: [CONTRACT] },
      ).diagnostics.map((d) => `${d.line}: ${d.severity}: ${d.message} (${d.rule})`);
    expect(run('every six weeks')).toEqual([
      expect.stringMatching(
        /^\d+: warning: Frequency is less often than the program asks: pairs meet at least monthly\. \(contract-meeting-minimum\)$/,
      ),
    ]);
    expect(run('twice a month')).toEqual([]);
  });
});
