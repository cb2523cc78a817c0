/**
 * Issue 20, items 9 to 17: where Tandem still differed from the programs'
 * documents, each checked against the repository's real programs (content/)
 * with the documents' own words.
 */
import { describe, expect, it } from 'vitest';
import { readRepositoryFiles, type SourceFile } from '../../../src/lib/repository/read-files.ts';
import { validateFiles, type ValidationResult } from '../../../src/lib/validate/index.ts';
import { buildDesk } from '../../../src/lib/desk/build-desk.ts';
import { applyStatusChange } from '../../../src/lib/lifecycle/status-change.ts';
import { canChangeStatus } from '../../../src/lib/lifecycle/transitions.ts';
import { programFacts } from '../../../src/components/program-facts.ts';
import { contractFormModel } from '../../../src/lib/forms/contract-form.ts';
import { fieldAt } from '../../support/form-programs.ts';

const TODAY = '2026-11-30';
let repository: SourceFile[] | undefined;
const files = async (): Promise<SourceFile[]> => (repository ??= await readRepositoryFiles('.'));
const text = (file: SourceFile): string => new TextDecoder().decode(file.bytes);

/** The real repository with some files replaced, added or (null) removed; diagnostics for the changed files only. */
async function validateWith(changes: Record<string, string | null>, today = TODAY): Promise<ValidationResult> {
  const all = (await files()).filter((file) => !(file.path in changes));
  for (const [path, content] of Object.entries(changes)) if (content !== null) all.push({ path, bytes: new TextEncoder().encode(content) });
  return validateFiles(all, { today, only: Object.keys(changes) });
}
const original = async (path: string): Promise<string> => text((await files()).find((file) => file.path === path)!);
const short = (result: ValidationResult) => result.diagnostics.map((d) => ({ rule: d.rule, severity: d.severity, message: d.message }));
/** The real repository validated once: the tests only read its programs. */
let validated: ValidationResult | undefined;
const programOf = async (id: string) => (validated ??= validateFiles(await files(), { today: TODAY })).repository.programs.get(id)!.data;

const ALAO_CONTRACT = 'content/contracts/alao/2026-thistlewood-quillfeather.yaml';
const CALA_CONTRACT = 'content/contracts/cala/2026-lanternwick-saffronby.yaml';

describe('9. ALAO: "the choice is ultimately up to the mentor/mentee"', () => {
  it('takes 72 months with a warning above the suggested 12, never an error', async () => {
    const contract = (await original(ALAO_CONTRACT)).replace('durationMonths: 12', 'durationMonths: 72');
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
});

describe('10. ALAO: "Communication Method: (e.g., face-to-face, phone, email, other online communication ...)"', () => {
  it('accepts a method beyond the examples, such as a video call', async () => {
    const contract = (await original(ALAO_CONTRACT)).replace('methods: [other, email]', 'methods: [video, email]');
    expect(short(await validateWith({ [ALAO_CONTRACT]: contract }))).toEqual([]);
  });

  it('suggests the listed ones on the form and the overview, as examples', async () => {
    const alao = await programOf('alao');
    const field = fieldAt(contractFormModel(alao), 'meetings.methods');
    expect(field?.type === 'choices' ? field.options.map((option) => option.value) : []).toEqual(['in-person', 'phone', 'email', 'other']);
    expect(field?.note).toContain('or another way that suits you both');
    expect(programFacts(alao).find((fact) => fact.label === 'Meeting methods')?.value).toMatch(
      /^For example in person, .*; the pair decides$/,
    );
  });
});

describe('11. ALAO: "or simply need to bow out for whatever reason"', () => {
  const path = 'content/pairings/alao/2026-fairweather-goodbody.yaml';
  const proposed = `program: alao
kind: mentoring
mentor: { name: Oona Fairweather, email: oona.fairweather@example.edu }
mentee: { name: Piet Goodbody, email: piet.goodbody@example.edu }
status: proposed
`;

  it('lets a proposed pairing end before it starts, and the result is valid', async () => {
    expect(canChangeStatus('proposed', 'ended-early')).toBe(true);
    const { text: ended } = applyStatusChange(proposed, {
      status: 'ended-early',
      date: '2026-11-02',
      requestedBy: 'mentee',
      note: 'Bowed out before the relationship started.',
      coordinatorInformed: '2026-11-02',
      activeSince: '2026-11-02',
    });
    expect(ended).toContain('status: ended-early');
    expect(short(await validateWith({ [path]: ended }))).toEqual([]);
  });
});

describe('12. ALAO: "within the first month after being notified" is one calendar month', () => {
  const pairingPath = 'content/pairings/alao/2026-julian-augustin.yaml';
  const contractPath = 'content/contracts/alao/2026-julian-augustin.yaml';
  const pairing = `program: alao
kind: mentoring
mentor: { name: Rhea Julian, email: rhea.julian@example.edu }
mentee: { name: Tomas Augustin, email: tomas.augustin@example.edu }
notified: "2026-07-01"
status: active
`;
  const contract = (signed: string) => `program: alao
pairing: 2026-julian-augustin
kind: mentoring
parties:
  - { role: mentor, name: Rhea Julian, email: rhea.julian@example.edu, signed: "2026-07-20" }
  - { role: mentee, name: Tomas Augustin, email: tomas.augustin@example.edu, signed: "${signed}" }
goals: [Publish a first article]
start: "2026-08-03"
durationMonths: 10
meetings: { frequency: monthly, methods: [email] }
`;

  it('takes a pair notified on July 1 that signs on August 1 as on time, and one that signs on August 2 as late', async () => {
    expect(short(await validateWith({ [pairingPath]: pairing, [contractPath]: contract('2026-08-01') }))).toEqual([]);
    expect(short(await validateWith({ [pairingPath]: pairing, [contractPath]: contract('2026-08-02') }))).toEqual([
      {
        rule: 'contract-due',
        severity: 'warning',
        message: 'The contract was completed 32 days after the pairing notice; the program expects it within 1 month (by 2026-08-01).',
      },
    ]);
  });

  it('puts nothing on the desk on August 1, and the overdue contract on August 2', async () => {
    const overdue = async (today: string) => {
      const { repository: repo } = await validateWith({ [pairingPath]: pairing }, today);
      return buildDesk(repo, today)
        .programs.flatMap((program) => program.items)
        .filter((item) => item.kind === 'contract-overdue' && item.pairing === '2026-julian-augustin');
    };
    expect(await overdue('2026-08-01')).toEqual([]);
    expect((await overdue('2026-08-02')).map((item) => item.due)).toEqual(['2026-08-01']);
  });
});

describe('13. No retention rule where the documents give none (CALA, ALCTS)', () => {
  it('leaves retentionDays out of their program.yaml, and the example files say nothing of one', async () => {
    expect((await programOf('cala')).retentionDays).toBeUndefined();
    expect((await programOf('alcts')).retentionDays).toBeUndefined();
    for (const file of await files()) expect(text(file), file.path).not.toMatch(/keeps nothing once a relationship ends/i);
  });
});

describe('14. Nothing published that the documents do not say', () => {
  const published = async (prefix: string): Promise<string> =>
    (await files())
      .filter((file) => file.path.startsWith(prefix) && !file.path.endsWith('SOURCES.md'))
      .map(text)
      .join('\n');

  it('gives CALA agreements no end: no "ending soon" notice, no duration in the example agreements', async () => {
    const cala = await programOf('cala');
    expect(cala.notices?.send).not.toContain('ending-soon');
    expect(cala.contract?.durationMonths).toBeUndefined();
    for (const file of (await files()).filter((f) => f.path.startsWith('content/contracts/cala/')))
      expect(text(file)).not.toMatch(/durationMonths/);
    expect(await published('content/programs/cala/')).not.toMatch(/reaches its (agreed )?end|your agreement ends/i);
  });

  it('shows the mid-way assessment as mid-way, around its derived day, not as a due date', async () => {
    const { repository: repo } = validateFiles(await files(), { today: TODAY });
    const midway = buildDesk(repo, TODAY)
      .programs.flatMap((program) => program.items)
      .find((item) => item.kind === 'evaluation-due' && item.pairing === '2026-inkwhistle-vellumsworth');
    expect(midway?.detail).toMatch(/^Mid-way assessment of the program: mid-way through the term \(around 2026-11-14, /);
    expect(midway?.detail).not.toMatch(/due 2026-11-14/);
    const facts = programFacts(await programOf('alcts')).find((fact) => fact.label === 'Evaluations')?.value;
    expect(facts).toContain('Mid-way assessment of the program: mid-way through the term');
  });

  it('names no form revision the documents do not give (ALAO\'s "pilot")', async () => {
    expect((await programOf('alao')).contract?.revision).toBeUndefined();
    expect(await published('content/contracts/alao/')).not.toMatch(/revision/);
  });

  it("adds no coordinator contact, no coordinator's request and no staying-in-touch idea to ALAO's guidelines", async () => {
    const alao = await published('content/programs/alao/');
    expect(alao).not.toMatch(/coordinator will (then )?ask/i);
    expect(alao).not.toMatch(/and so is the program's coordinator/);
    expect(alao).not.toMatch(/stay in touch/i);
    expect(alao).toContain('You will then be asked to complete an evaluation of the program');
  });

  it('gives no reasons of its own for ALCTS\'s rules ("because it is one of the benefits…")', async () => {
    expect(await published('content/programs/alcts/')).not.toMatch(/\bbecause\b/);
  });

  it('calls CALA\'s mentors nothing the guidelines do not ("librarians")', async () => {
    const cala = await programOf('cala');
    expect(cala.eligibility).not.toMatch(/librarian/i);
    expect(cala.eligibility).toContain('New professionals and library school students');
  });

  it("names in ALAO's guidelines only the form's example frequencies (bi-weekly, monthly, bi-monthly)", async () => {
    const alao = await published('content/programs/alao/');
    expect(alao).not.toMatch(/quarter/i);
    expect((await programOf('alao')).meetings?.frequencies).toEqual(['biweekly', 'monthly', 'bimonthly']);
  });
});

describe('15. CALA: the Duo Agreement records the common goal and the time both can devote', () => {
  it('asks for both on the agreement form, beside the method, frequency and activities', async () => {
    const form = contractFormModel(await programOf('cala'));
    expect(fieldAt(form, 'commonGoal')?.label).toBe('Common goal');
    expect(fieldAt(form, 'timeCommitment')?.label).toBe('Time both can devote');
    expect(fieldAt(contractFormModel(await programOf('alao')), 'commonGoal')).toBeUndefined();
  });

  it("requires both in a CALA agreement, and takes neither in ALAO's contract", async () => {
    const cala = (await original(CALA_CONTRACT)).replace(/commonGoal: .*\n/, '');
    expect(short(await validateWith({ [CALA_CONTRACT]: cala }))).toEqual([
      {
        rule: 'contract-agreed-terms',
        severity: 'error',
        message: 'Missing Common goal ("commonGoal"): CALA Mentorship Program\'s agreement records the common goal the pair works toward.',
      },
    ]);
    const alao = `${await original(ALAO_CONTRACT)}timeCommitment: Two hours a month\n`;
    expect(short(await validateWith({ [ALAO_CONTRACT]: alao }))).toEqual([
      {
        rule: 'contract-agreed-terms',
        severity: 'error',
        message: "ALAO Mentoring Program's form does not ask for the time both can devote to the program; remove timeCommitment.",
      },
    ]);
  });
});

describe('16. ALCTS: "Formal mentoring begins June 1"', () => {
  it('refuses a pairing activated before its term starts', async () => {
    const path = 'content/pairings/alcts/2026-inkwhistle-vellumsworth.yaml';
    const early = (await original(path)).replace('  - date: 2026-06-01\n    status: active', '  - date: 2026-05-20\n    status: active');
    expect(short(await validateWith({ [path]: early }))).toEqual([
      {
        rule: 'term-dates',
        severity: 'error',
        message:
          'The pairing became active on 2026-05-20, before the start of its term (2026-06-01 to 2027-04-30); formal mentoring takes place within the term.',
      },
    ]);
  });
});

describe('17. ALCTS: "All participants must submit an application"; "pairings may change based on mutual consent"', () => {
  const path = 'content/pairings/alcts/2026-inkwhistle-vellumsworth.yaml';

  it('warns about a pairing with neither a linked application nor an application-submitted step', async () => {
    const unapplied = (await original(path)).replace(/ {2}application-submitted: .*\n/, '');
    expect(short(await validateWith({ [path]: unapplied }))).toEqual([
      {
        rule: 'pairing-applied',
        severity: 'warning',
        message:
          'ALCTS Mentoring Program asks every participant to apply, but this pairing links no application and records no "application-submitted" step; link the applications or record the step.',
      },
    ]);
    const linked = unapplied.replace('status: active\n', 'status: active\napplications: [2026-inkwhistle]\n');
    expect(short(await validateWith({ [path]: linked })).map((d) => d.rule)).not.toContain('pairing-applied');
  });

  it('warns about a reassignment asked for by one side only, not one asked for by both', async () => {
    const replacement = 'content/pairings/alcts/2026-inkwhistle-quarto.yaml';
    const reassigned = async (who: string) =>
      `${(await original(path)).replace('status: active\n', 'status: reassigned\n')}`.replace(
        'checkIns:',
        `  - { date: "2026-10-01", status: reassigned, requestedBy: ${who}, note: A change of pairing., newPairing: 2026-inkwhistle-quarto }\ncheckIns:`,
      );
    const other = `program: alcts
kind: mentoring
mentor: { name: Barnaby Inkwhistle, email: barnaby.inkwhistle@example.edu }
mentee: { name: Ottoline Quarto, email: ottoline.quarto@example.edu }
status: proposed
`;
    const oneSide = await validateWith({ [path]: await reassigned('mentee'), [replacement]: other });
    expect(short(oneSide)).toEqual([
      {
        rule: 'pairing-change-consent',
        severity: 'warning',
        message:
          'History entry 2 reassigns the pair at the request of one side only; ALCTS Mentoring Program changes a pairing only with the consent of both. Once both agree, record requestedBy: both.',
      },
    ]);
    expect(short(await validateWith({ [path]: await reassigned('both'), [replacement]: other }))).toEqual([]);
  });
});
