/** The online application form fills what the page knows, reads dates as people type them, and prints without a pairing id. */
import { describe, expect, it } from 'vitest';
import { applicationFormModel } from '../../../src/lib/forms/application-form.ts';
import { applicationDefaults } from '../../../src/lib/forms/online/application-defaults.ts';
import { typedDate } from '../../../src/lib/forms/online/typed-date.ts';
import { pageFooterCss } from '../../../src/lib/forms/page-css.ts';
import type { Program } from '../../../src/lib/types.generated.ts';
import { repositoryPrograms } from '../../workflows/programs.ts';

const yearly = {
  id: 'demo',
  name: 'Demo Program',
  applications: { roles: ['mentee'], window: { opens: '08-01', closes: '09-15' } },
} as unknown as Program;

describe('what the application page fills in', () => {
  it('takes the cycle from the window (open, else next) and the submission date from today', () => {
    expect(applicationDefaults(yearly, '2026-08-20')).toEqual({ cycle: '2026', submitted: '2026-08-20' });
    expect(applicationDefaults(yearly, '2026-11-02')).toEqual({ cycle: '2027', submitted: '2026-11-02' });
  });
  it('guesses no cycle where the program publishes no window', () => {
    const alcts = repositoryPrograms().find((program) => program.id === 'alcts')!;
    expect(applicationDefaults(alcts, '2026-08-20')).toEqual({ submitted: '2026-08-20' });
  });
});

describe('dates as people type them', () => {
  it.each([
    ['2026-08-20', '2026-08-20'],
    ['2026-8-5', '2026-08-05'],
    ['8/20/2026', '2026-08-20'],
    ['08-20-2026', '2026-08-20'],
    ['August 20, 2026', '2026-08-20'],
    ['Aug. 20 2026', '2026-08-20'],
    ['20 August 2026', '2026-08-20'],
    ['1st Sept 2026', '2026-09-01'],
  ])('%s is %s', (typed, iso) => {
    expect(typedDate(typed)).toBe(iso);
  });
  it('leaves what is not a date, or a day that does not exist, as typed for the check to name', () => {
    expect(typedDate(' next week ')).toBe('next week');
    expect(typedDate('2/30/2026')).toBe('2/30/2026');
    expect(typedDate('Smarch 3, 2026')).toBe('Smarch 3, 2026');
  });
});

describe("the application's print", () => {
  it('carries no pairing id line, while a contract keeps room for one', () => {
    const alcts = repositoryPrograms().find((program) => program.id === 'alcts')!;
    const model = applicationFormModel(alcts)!;
    expect(pageFooterCss(model)).not.toContain('Pairing id');
    expect(pageFooterCss({ programName: 'X', title: 'Contract' })).toContain('Pairing id');
  });
});
