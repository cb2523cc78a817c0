/**
 * The model issue 10 added, on the validator's base fixture repository: form
 * revisions, a year's own dates and cohorts, steps and evaluations received.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contractFormModel } from '../../../src/lib/forms/contract-form.ts';
import { validateFiles, type ValidationResult } from '../../../src/lib/validate/index.ts';
import { fieldAt } from '../../support/form-programs.ts';
import { BASE, CALA_CONTRACT, CALA_PAIRING, CONTRACT, PAIRING, PROGRAM, TODAY, baseFiles } from './helpers.ts';

const CALA_PROGRAM = 'content/programs/cala/program.yaml';
const original = (path: string): string => readFileSync(join(BASE, path), 'utf8');

async function validateChanges(changes: Record<string, string>, only = Object.keys(changes)): Promise<ValidationResult> {
  const files = (await baseFiles()).filter((file) => !(file.path in changes));
  for (const [path, text] of Object.entries(changes)) files.push({ path, bytes: new TextEncoder().encode(text) });
  return validateFiles(files, { today: TODAY, only });
}
const short = (result: ValidationResult) => result.diagnostics.map((d) => `${d.file}:${d.line}: ${d.severity}: ${d.message} (${d.rule})`);

describe('form revisions: contracts signed under earlier rules stay valid', () => {
  // Since March 2026 the form has a single goal; the earlier form had three.
  const program = original(PROGRAM).replace(
    '  goals: { min: 1, max: 3 }',
    '  revision: { id: one-goal, from: "2026-03-01" }\n  revisions:\n    - { id: three-goals, goals: { min: 1, max: 3 } }\n  goals: { min: 1, max: 1 }',
  );

  it('reads a contract that names no revision under the one in force on its signing day', async () => {
    // The base contract lists two goals and was signed on 2026-02-04.
    expect(short(await validateChanges({ [PROGRAM]: program, [CONTRACT]: original(CONTRACT) }))).toEqual([]);
  });

  it('applies the revision a contract names', async () => {
    const contract = original(CONTRACT).replace('kind: mentoring\n', 'kind: mentoring\nrevision: one-goal\n');
    expect(short(await validateChanges({ [PROGRAM]: program, [CONTRACT]: contract }, [CONTRACT]))).toEqual([
      expect.stringContaining(
        'The contract lists 2 goals; ALAO Mentoring Program asks for exactly 1. Move the others to additionalGoals. (contract-goal-count)',
      ),
    ]);
  });

  it('reads a contract signed after the change under the current rules', async () => {
    const contract = original(CONTRACT)
      .replace('signed: 2026-02-03', 'signed: 2026-03-03')
      .replace('signed: 2026-02-04', 'signed: 2026-03-04');
    expect(
      short(await validateChanges({ [PROGRAM]: program, [CONTRACT]: contract }, [CONTRACT]))
        .map((line) => line.replace(/^.*\((.+)\)$/, '$1'))
        .sort(),
    ).toEqual(['contract-due', 'contract-goal-count']);
  });

  it('names an unknown revision, and the ones the program keeps', async () => {
    const contract = original(CONTRACT).replace('kind: mentoring\n', 'kind: mentoring\nrevision: two-goals\n');
    expect(short(await validateChanges({ [PROGRAM]: program, [CONTRACT]: contract }, [CONTRACT]))).toEqual([
      `${CONTRACT}:4: error: Form revision "two-goals" is not one ALAO Mentoring Program keeps; its revisions are: three-goals, one-goal. (contract-revision-known)`,
    ]);
  });

  it('prints the current revision on the blank form', async () => {
    const { repository } = await validateChanges({ [PROGRAM]: program });
    const model = contractFormModel(repository.programs.get('alao')!.data);
    expect(model.revision).toBe('one-goal');
    const goals = fieldAt(model, 'goals');
    expect(goals?.type === 'numbered' && goals.items.length).toBe(1);
  });

  it('refuses revisions out of order', async () => {
    const wrong = program.replace(
      '    - { id: three-goals, goals: { min: 1, max: 3 } }',
      '    - { id: three-goals, from: "2026-04-01", goals: { min: 1, max: 3 } }',
    );
    expect(short(await validateChanges({ [PROGRAM]: wrong })).map((line) => line.replace(/^.*\((.+)\)$/, '$1'))).toEqual(['program-ids']);
  });
});

describe("a year's own dates and cohorts", () => {
  const withCohorts = (cohorts: string) => `${original(CALA_PROGRAM)}cohorts:\n${cohorts}`;

  it("checks the contract's start against the year's own term", async () => {
    // 2025's term, unlike the yearly September 1, began on October 15; the contract starts October 1.
    const program = withCohorts('  - { id: "2025", term: { start: "2025-10-15", end: "2026-05-01" } }\n');
    expect(short(await validateChanges({ [CALA_PROGRAM]: program, [CALA_CONTRACT]: original(CALA_CONTRACT) }, [CALA_CONTRACT]))).toEqual([
      expect.stringMatching(
        /:\d+: error: The start date is outside cohort 2025's term \(2025-10-15 to 2026-05-01\); the relationship starts within the formal term\. \(term-dates\)$/,
      ),
    ]);
  });

  it('asks a pairing to name its cohort in a year with two intakes, and checks it against that one', async () => {
    const program = withCohorts(
      '  - { id: "2026-spring", term: { start: "2026-02-01", end: "2026-07-31" } }\n  - { id: "2026-autumn", term: { start: "2025-09-01", end: "2026-05-01" } }\n',
    );
    const unnamed = await validateChanges({ [CALA_PROGRAM]: program, [CALA_PAIRING]: original(CALA_PAIRING) }, [CALA_PAIRING]);
    expect(short(unnamed)).toEqual([
      expect.stringContaining(
        'has 2 intakes in 2026 (2026-spring, 2026-autumn); add cohort to say which one this pair belongs to. (term-dates)',
      ),
    ]);
    const spring = original(CALA_PAIRING).replace('status:', 'cohort: "2026-spring"\nstatus:');
    const named = await validateChanges({ [CALA_PROGRAM]: program, [CALA_PAIRING]: spring, [CALA_CONTRACT]: original(CALA_CONTRACT) }, [
      CALA_PAIRING,
      CALA_CONTRACT,
    ]);
    expect(short(named)).toEqual([expect.stringContaining("outside cohort 2026-spring's term (2026-02-01 to 2026-07-31)")]);
    const unknown = original(CALA_PAIRING).replace('status:', 'cohort: "2026-summer"\nstatus:');
    expect(short(await validateChanges({ [CALA_PROGRAM]: program, [CALA_PAIRING]: unknown }, [CALA_PAIRING]))).toEqual([
      expect.stringContaining(
        'Cohort "2026-summer" is not one of CALA Mentorship Program\'s cohorts; use one of: 2026-spring, 2026-autumn. (term-dates)',
      ),
    ]);
  });
});

describe('steps and evaluations recorded in a pairing', () => {
  const program = `${original(PROGRAM)}steps:\n  - { id: contract-submitted, title: Signed contract sent, by: pair }\n`;

  it("accepts the program's steps and evaluations, dated up to today", async () => {
    const pairing = `${original(PAIRING)}steps:\n  contract-submitted: "2026-02-05"\nevaluations:\n  - { evaluation: program-evaluation, role: mentee, received: "2026-05-30" }\n`;
    expect(short(await validateChanges({ [PROGRAM]: program, [PAIRING]: pairing }, [PAIRING]))).toEqual([]);
  });

  it('names a step or evaluation the program does not have, a role the pair has not, and a date in the future', async () => {
    const pairing = `${original(PAIRING)}steps:\n  contract-sent: "2026-02-05"\nevaluations:\n  - { evaluation: mid-way, role: mentee, received: "2026-05-30" }\n  - { evaluation: program-evaluation, role: peer, received: "2026-05-30" }\n  - { evaluation: program-evaluation, role: mentor, received: "2026-06-02" }\n`;
    expect(short(await validateChanges({ [PROGRAM]: program, [PAIRING]: pairing }, [PAIRING]))).toEqual([
      `${PAIRING}:8: error: Step "contract-sent" is not one of ALAO Mentoring Program's steps; use one of: contract-submitted. (pairing-steps)`,
      `${PAIRING}:10: error: Evaluation "mid-way" is not one of ALAO Mentoring Program's evaluations; use one of: program-evaluation. (pairing-evaluations)`,
      `${PAIRING}:11: error: A mentoring pairing has no peer; use mentor or mentee. (pairing-evaluations)`,
      `${PAIRING}:12: error: Evaluation response 3 is dated in the future (after 2026-06-01). (pairing-evaluations)`,
    ]);
  });
});
