/**
 * The contradictions issue 10 removed, each checked against the repository's
 * real programs (content/) with the programs' documents' own words and numbers.
 */
import { describe, expect, it } from 'vitest';
import { readRepositoryFiles, type SourceFile } from '../../../src/lib/repository/read-files.ts';
import { validateFiles, type ValidationResult } from '../../../src/lib/validate/index.ts';
import { meetingRule } from '../../../src/lib/calendar/recurrence.ts';
import { pairCalendar } from '../../../src/lib/calendar/pair-calendar.ts';
import { renderCalendar } from '../../../src/lib/calendar/calendar-events.ts';
import { programFacts } from '../../../src/components/program-facts.ts';
import { contractFormModel } from '../../../src/lib/forms/contract-form.ts';
import { fieldAt } from '../../support/form-programs.ts';

const TODAY = '2026-11-30';
let repository: SourceFile[] | undefined;
const files = async (): Promise<SourceFile[]> => (repository ??= await readRepositoryFiles('.'));
const text = (file: SourceFile): string => new TextDecoder().decode(file.bytes);

/** The real repository with some files replaced or added, diagnostics for those files only. */
async function validateWith(changes: Record<string, string>): Promise<ValidationResult> {
  const all = (await files()).filter((file) => !(file.path in changes));
  for (const [path, content] of Object.entries(changes)) all.push({ path, bytes: new TextEncoder().encode(content) });
  return validateFiles(all, { today: TODAY, only: Object.keys(changes) });
}
const original = async (path: string): Promise<string> => text((await files()).find((file) => file.path === path)!);
const short = (result: ValidationResult) => result.diagnostics.map((d) => ({ rule: d.rule, severity: d.severity, message: d.message }));

const ALAO_CONTRACT = 'content/contracts/alao/2026-thistlewood-quillfeather.yaml';

describe('ALAO duration: "ALAO suggests no longer than 12 months but the choice is ultimately up to the mentor/mentee"', () => {
  it('takes 30 months with a warning above the suggested 12, never an error', async () => {
    const contract = (await original(ALAO_CONTRACT)).replace('durationMonths: 12', 'durationMonths: 30');
    const result = await validateWith({ [ALAO_CONTRACT]: contract });
    expect(result.ok).toBe(true);
    expect(short(result)).toEqual([
      {
        rule: 'contract-duration',
        severity: 'warning',
        message: expect.stringContaining('longer than the 12 months ALAO Mentoring Program suggests'),
      },
    ]);
  });

  it('prints no maximum on the form or the overview', async () => {
    const alao = [...validateFiles(await files(), { today: TODAY }).repository.programs.values()].find((p) => p.data.id === 'alao')!.data;
    const note = fieldAt(contractFormModel(alao), 'durationMonths')?.note ?? '';
    expect(note).toContain('suggests no longer than 12 months, but the choice is up to the pair');
    expect(note).not.toMatch(/at most|24/);
    const duration = programFacts(alao).find((fact) => fact.label.startsWith('Duration'))?.value;
    expect(duration).toBe("The program suggests no more than 12 months; the choice is the pair's");
  });
});

describe('ALCTS: "Participant can either be a mentor, mentee or both"', () => {
  const current = 'content/pairings/alcts/2026-inkwhistle-vellumsworth.yaml';
  const second = (mentor: string, mentee: string) => `program: alcts
kind: mentoring
mentor: ${mentor}
mentee: ${mentee}
notified: "2026-04-21"
status: active
history:
  - { date: "2026-06-01", status: active, requestedBy: coordinator, note: Formal term began. }
steps: { application-submitted: "2026-03-02" }
`;
  const added = 'content/pairings/alcts/2026-vellumsworth-quarto.yaml';

  it("accepts this year's mentee as a mentor in a second active pairing", async () => {
    const result = await validateWith({
      [added]: second(
        '{ name: Rosalind Vellumsworth, email: rosalind.vellumsworth@example.edu }',
        '{ name: Ottoline Quarto, email: ottoline.quarto@example.edu }',
      ),
      [current]: await original(current),
    });
    expect(short(result)).toEqual([]);
  });

  it('refuses the same role twice at once, on both pairings', async () => {
    const result = await validateWith({
      [added]: second(
        '{ name: Ottoline Quarto, email: ottoline.quarto@example.edu }',
        '{ name: Rosalind Vellumsworth, email: Rosalind.Vellumsworth@example.edu }',
      ),
      [current]: await original(current),
    });
    expect(result.diagnostics.map((d) => [d.file, d.rule])).toEqual([
      [current, 'pairing-one-active-per-person'],
      [added, 'pairing-one-active-per-person'],
    ]);
    expect(result.diagnostics[1]!.message).toContain('nobody holds the same role twice at once');
  });

  it('refuses two roles at once in ALAO, whose documents do not allow it', async () => {
    const alao = 'content/pairings/alao/2026-quillfeather-larkmoor.yaml';
    const result = await validateWith({
      [alao]: `program: alao
kind: mentoring
mentor: { name: Ambrose Quillfeather, email: ambrose.quillfeather@example.edu }
mentee: { name: Celestine Larkmoor, email: celestine.larkmoor@example.edu }
notified: "2026-10-01"
status: active
`,
    });
    expect(short(result)).toEqual([
      {
        rule: 'pairing-one-active-per-person',
        severity: 'error',
        message: expect.stringContaining('does not let one person hold two roles at once (bothRoles)'),
      },
    ]);
  });
});

describe('CALA: "Possible topics include" is a list of suggestions, and a duo picks its own activities too', () => {
  const contractPath = 'content/contracts/cala/2026-lanternwick-saffronby.yaml';

  it("offers the topics in the guidelines' own words, the two once reworded included", async () => {
    const cala = validateFiles(await files(), { today: TODAY }).repository.programs.get('cala')!.data;
    expect(cala.contract?.activityTopics).toEqual([
      'Sharing professional experience',
      'Introducing grant opportunities',
      'Providing career advice',
      'Developing a research topic',
      'Refining or creating a resume',
      'Exploring professional/career development interests and continued education opportunities',
      'Assisting in self-assessment',
      'Creating a personal web page',
      'Encouraging participation in professional organizations and listserv(s)',
    ]);
  });

  it("accepts an activity in the duo's own words", async () => {
    const contract = (await original(contractPath)).replace(
      '  - Providing career advice\n',
      "  - Providing career advice\n  - Visit each other's libraries and compare reference services\n",
    );
    expect(contract).toContain('Visit each other');
    expect(short(await validateWith({ [contractPath]: contract }))).toEqual([]);
  });
});

describe('Meeting frequency: ALAO\'s "Frequency of Meetings: ____ (e.g., bi-weekly, monthly, bi-monthly ...)" and ALCTS\'s "flexibility in deciding how often they communicate"', () => {
  it("accepts a frequency in the pair's own words", async () => {
    const contract = (await original(ALAO_CONTRACT)).replace('frequency: monthly', 'frequency: twice a month, more before the conference');
    expect(short(await validateWith({ [ALAO_CONTRACT]: contract }))).toEqual([]);
  });

  it("invents no recurrence for it in the pair's calendar", async () => {
    const { repository: repo } = validateFiles(await files(), { today: TODAY });
    const program = repo.programs.get('alao')!.data;
    const pairing = repo.pairings.get('alao/2026-thistlewood-quillfeather')!.data;
    const contract = {
      ...repo.contracts.get('alao/2026-thistlewood-quillfeather')!.data,
      meetings: { frequency: 'twice a month', methods: ['email' as const] },
    };
    expect(meetingRule('twice a month', '2026-03-02', '2027-03-02')).toBeUndefined();
    expect(meetingRule('monthly', '2026-03-02', '2027-03-02')).toBe('FREQ=MONTHLY;UNTIL=20270302');
    const ics = renderCalendar(pairCalendar({ program, pairingId: '2026-thistlewood-quillfeather', pairing, contract, stamp: TODAY }));
    expect(ics).not.toContain('RRULE');
    expect(ics).toContain('twice a month');
  });
});

describe('ALAO confidentiality: "you will keep all communications between the parties in this contract confidential"', () => {
  it('is published as signed, with no exception the contract does not make', async () => {
    const pages = (await files()).filter((file) => file.path.startsWith('content/programs/alao/'));
    for (const page of pages) expect(text(page), page.path).not.toMatch(/agree otherwise/i);
    const statement = validateFiles(await files(), { today: TODAY }).repository.programs.get('alao')!.data.contract?.statement ?? '';
    expect(statement).toContain('keep all communications between us in this relationship confidential');
    expect(statement).not.toMatch(/unless/i);
  });
});

describe('The desk on the example data (npm run desk -- --today 2026-11-30)', () => {
  it('asks the ALCTS pair that completed on 2026-04-30 for nothing of the next term, and deletes nothing where the documents give no retention period', async () => {
    const { buildDesk } = await import('../../../src/lib/desk/build-desk.ts');
    const { repository: repo } = validateFiles(await files(), { today: TODAY });
    const items = buildDesk(repo, TODAY).programs.flatMap((program) =>
      program.items.map((item) => ({ program: program.program, ...item })),
    );
    expect(items.filter((item) => item.pairing === '2025-catalogna-marcwright')).toEqual([]);
    // Its own term's assessment, mid-way through June 1 to April 30, is asked of this year's pair until both answers are in.
    expect(items.filter((item) => item.kind === 'evaluation-due').map((item) => [item.pairing, item.due])).toEqual([
      ['2026-inkwhistle-vellumsworth', '2026-11-14'],
    ]);
    // Only ALAO's documents give a period ("for the duration of your relationship only").
    expect(items.filter((item) => item.kind === 'past-retention').map((item) => `${item.program}/${item.pairing}`)).toEqual([
      'alao/2025-brightwater-cobblestone',
    ]);
    // CALA and ALCTS are asked, once each, to set one.
    expect(items.filter((item) => item.kind === 'no-retention-period').map((item) => [item.program, item.detail])).toEqual([
      ['alcts', expect.stringMatching(/^no retention period set: .* set retentionDays in content\/programs\/alcts\/program\.yaml$/)],
      ['cala', expect.stringMatching(/^no retention period set: /)],
    ]);
  });

  it("reads the 2018 cohort's pair under that cohort's own term", async () => {
    const { repository: repo, diagnostics } = validateFiles(await files(), { today: TODAY });
    expect(diagnostics.filter((d) => d.file.endsWith('2018-quillby-fernhalt.yaml'))).toEqual([]);
    expect(repo.pairings.get('alcts/2018-quillby-fernhalt')?.data.cohort).toBe('2018');
    const edited = async (from: string, to: string) => {
      const changed = (await files()).map((file) =>
        file.path.endsWith('2018-quillby-fernhalt.yaml')
          ? { ...file, bytes: new TextEncoder().encode(new TextDecoder().decode(file.bytes).replace(from, to)) }
          : file,
      );
      return validateFiles(changed, { today: TODAY })
        .diagnostics.filter((d) => d.file.endsWith('2018-quillby-fernhalt.yaml'))
        .map((d) => `${d.line}: ${d.message} (${d.rule})`);
    };
    // Activated after the cohort's term ended: reported at the history's date, naming the cohort's term.
    expect(await edited('date: "2018-06-01"\n    status: active', 'date: "2019-05-02"\n    status: active')).toContain(
      "12: The pairing became active on 2019-05-02, after the end of cohort 2018's term (2018-06-01 to 2019-04-30); formal mentoring takes place within the term. (term-dates)",
    );
    // A cohort the program does not list.
    expect((await edited('cohort: "2018"', 'cohort: "2017"')).join('\n')).toMatch(
      /^6: Cohort "2017" is not one of .*; use one of: 2018\. \(term-dates\)$/m,
    );
  });
});
