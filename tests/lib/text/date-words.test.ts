/** One date style across the site, the forms and the emails: "1 June 2026", and "1 June" for a yearly day. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dateInWords, monthDayInWords } from '../../../src/lib/text/date-words.ts';
import { monthName, monthOfName } from '../../../src/lib/text/months.ts';
import { programFacts } from '../../../src/components/program-facts.ts';
import { ruleFor } from '../../../src/lib/forms/program-rules.ts';
import { windowSentence } from '../../../src/lib/applications/window.ts';
import { placeholderValues } from '../../../src/lib/notices/values.ts';
import { program } from '../../support/pairing-records.ts';

describe('date words', () => {
  it('writes day, month and year, and a yearly day without the year', () => {
    expect(dateInWords('2026-06-01')).toBe('1 June 2026');
    expect(dateInWords('2026-11-14', 2026)).toBe('14 November');
    expect(monthDayInWords('04-30')).toBe('30 April');
    expect(monthName(5)).toBe('May');
    expect(monthName(13)).toBe('13');
    expect(monthOfName('sept.')).toBe(9);
    expect(monthOfName('Smarch')).toBeUndefined();
    expect(dateInWords('not a date')).toBe('not a date');
  });

  it('is the style of the overview, the form, the application window and the emails alike', () => {
    const alcts = program('alcts', {
      term: { start: '06-01', end: '04-30' },
      evaluations: [{ id: 'survey', title: 'Survey', due: '05-01' }],
      applications: { roles: ['mentor'], cycles: [{ cycle: 2026, opens: '2026-03-01', closes: '2026-03-31' }] },
    });
    const facts = programFacts(alcts).map((fact) => `${fact.label}: ${String(fact.value)}`);
    expect(facts).toContain('Formal term: 1 June to 30 April of the following year');
    expect(facts.join('\n')).toContain('Survey: due 1 May');
    expect(ruleFor(alcts, 'start')?.note).toBe('The formal term runs from 1 June to 30 April.');
    expect(windowSentence({ state: 'upcoming', window: { cycle: 2026, opens: '2026-03-01', closes: '2026-03-31' } })).toContain('1 March');
    const values = placeholderValues({
      program: { ...alcts, notices: { from: { name: 'A', email: 'a@example.org' }, replyTo: 'casey@example.org', send: ['check-in'] } },
      pairing: {
        program: 'alcts',
        kind: 'mentoring',
        mentor: { name: 'M', email: 'm@example.org' },
        mentee: { name: 'N', email: 'n@example.org' },
        notified: '2026-04-20',
        status: 'active',
      },
      notice: { program: 'alcts', pairing: '2026-m-n', notice: 'check-in', due: '2026-09-01', why: 'a check-in' },
      siteUrl: 'https://site.example/',
      guidelinePages: [],
    });
    expect(values.get('dates.due')).toBe('1 September 2026');
  });

  it('is written in one module each: no other file of src/ names the months or joins a word list', () => {
    const found: string[] = [];
    const walk = (folder: string): void => {
      for (const entry of readdirSync(folder, { withFileTypes: true })) {
        const path = join(folder, entry.name);
        if (entry.isDirectory()) walk(path);
        else if (/\.(ts|astro)$/.test(entry.name) && !path.startsWith(join('src', 'lib', 'text'))) {
          const text = readFileSync(path, 'utf8');
          if (/'September'|'sep'|dateStyle|slice\(0, -1\)\.join\(', '\)/.test(text)) found.push(path);
        }
      }
    };
    walk('src');
    expect(found).toEqual([]);
  });
});
