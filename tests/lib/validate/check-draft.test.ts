/**
 * The online form's check is the validator's: the standalone contract
 * validator agrees with the one `npm run validate` compiles, and a draft's
 * problems are the validator's own messages for the same contract on file.
 */
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { validate as standalone } from '../../../src/lib/compiled-schemas/contract.generated.js';
import { recordYaml } from '../../../src/lib/forms/online/record-yaml.ts';
import { validatorFor } from '../../../src/lib/schemas.ts';
import {
  checkContractDraft,
  contractDraftPath,
  RULES_NEEDING_THE_PAIRING,
  type CompiledSchema,
} from '../../../src/lib/validate/check-draft.ts';
import { rules } from '../../../src/lib/validate/rules/index.ts';
import { contractDraftRules } from '../../../src/lib/validate/rules/contract-draft-rules.ts';
import { emptyRepository } from '../../../src/lib/validate/repository.ts';
import { validateFiles } from '../../../src/lib/validate/index.ts';
import { readRepositoryFiles } from '../../../src/lib/repository/read-files.ts';
import { loadPrograms } from '../../support/form-programs.ts';

const programs = loadPrograms();
const alao = programs.find((program) => program.id === 'alao')!;
const TODAY = '2026-03-01';
const compiled = standalone as unknown as CompiledSchema;

const contract = {
  program: 'alao',
  pairing: '2026-draft-pair',
  kind: 'mentoring',
  parties: [
    { role: 'mentor', name: 'Quentin Draftsworth', email: 'quentin@example.edu', phone: '+1 614 555 0100', signed: '2026-02-03' },
    { role: 'mentee', name: 'Rosalind Draftsworth-Okoye', email: 'rosalind@example.edu', signed: '2026-02-04' },
  ],
  goals: ['One', 'Two', 'Three', 'Four'],
  start: '2026-02-10',
  durationMonths: 30,
  meetings: { frequency: 'monthly', methods: ['video'] },
};

describe('the standalone contract validator', () => {
  it.each([
    ['a valid contract', { ...contract, goals: ['One'], durationMonths: 10 }],
    [
      'a bad date, email and duplicate method',
      {
        ...contract,
        parties: [{ ...contract.parties[0], email: 'a@b', signed: '2026-02-30' }, contract.parties[1]],
        meetings: { frequency: 'monthly', methods: ['video', 'video'] },
      },
    ],
    ['a missing key and an unknown one', { ...contract, pairing: undefined, pairng: 'x' }],
    ['nothing at all', {}],
  ])('agrees with the validator on %s', (_, data) => {
    const reference = validatorFor('contract');
    const clean = JSON.parse(JSON.stringify(data)) as unknown;
    expect(compiled(clean)).toBe(reference(clean));
    const strip = (errors: unknown[] | null | undefined) =>
      (errors ?? []).map((error) => {
        const { instancePath, keyword, params } = error as Record<string, unknown>;
        return { instancePath, keyword, params };
      });
    expect(strip(compiled.errors)).toEqual(strip(reference.errors));
  });
});

describe('checkContractDraft', () => {
  it("reports the program rules in the validator's words, as validate does for the same file", async () => {
    const problems = checkContractDraft(contract, alao, { today: TODAY, validate: compiled });
    expect(problems.map((problem) => problem.rule)).toEqual(expect.arrayContaining(['contract-duration', 'contract-goal-count']));
    const path = contractDraftPath('alao', contract.pairing);
    const files = (await readRepositoryFiles('.')).filter((file) => file.path.startsWith('content/programs/'));
    const onFile = validateFiles([...files, { path, bytes: new TextEncoder().encode(recordYaml(contract)) }], {
      today: TODAY,
      only: [path],
    });
    const messages = onFile.diagnostics.map((diagnostic) => diagnostic.message);
    for (const problem of problems) expect(messages).toContain(problem.message);
    // The file has no pairing on file: that rule is left to the submission.
    expect(onFile.diagnostics.map((diagnostic) => diagnostic.rule)).toContain('contract-pairing-exists');
  });

  it("gives the schema's problems, placed by field, before any rule", () => {
    const problems = checkContractDraft({ program: 'alao', parties: [{}, {}], goals: [], meetings: {} }, alao, {
      today: TODAY,
      validate: compiled,
    });
    expect(problems.every((problem) => problem.rule.startsWith('schema-'))).toBe(true);
    expect(problems.find((problem) => problem.path.join('.') === 'parties.1' && /Email/.test(problem.message))).toBeDefined();
  });
});

describe('the rules the online form runs', () => {
  it('are every rule of npm run validate that reports on a contract with its program alone', () => {
    const future = '2027-01-01';
    const broken = (program: (typeof programs)[number]): Record<string, unknown>[] => [
      {
        ...contract,
        program: program.id,
        goals: Array.from({ length: 12 }, (_, index) => `Goal ${index}`),
        durationMonths: 59,
        additionalGoals: ['More'],
      },
      {
        ...contract,
        program: program.id,
        kind: 'peer',
        meetings: { frequency: 'weekly', methods: ['in-person', 'phone', 'email', 'video', 'other'] },
        activities: ['Not a topic'],
        contactHours: 0,
      },
      {
        ...contract,
        program: program.id,
        parties: [contract.parties[0], { ...contract.parties[0], role: 'mentee', signed: future }],
        goals: ['Hidden\u202Echaracters'],
      },
    ];
    const reporting = new Set<string>();
    for (const program of programs) {
      for (const draft of broken(program)) {
        const file = contractDraftPath(program.id, String(draft['pairing']));
        const repository = emptyRepository();
        repository.programs.set(program.id, { file: `content/programs/${program.id}/program.yaml`, data: program });
        repository.contracts.set(`${program.id}/${String(draft['pairing'])}`, { file, data: draft as never });
        for (const rule of rules) {
          rule.check({
            repository,
            today: TODAY,
            programFolders: new Set([program.id]),
            paths: new Set([file]),
            wholeRepository: false,
            guidelineLinks: new Map(),
            report: (reported) => {
              if (reported === file) reporting.add(rule.id);
            },
          });
        }
      }
    }
    // The drafts do break rules, several of them.
    expect(reporting.size).toBeGreaterThan(6);
    const covered = new Set([...contractDraftRules.map((rule) => rule.id), ...RULES_NEEDING_THE_PAIRING]);
    expect([...reporting].filter((id) => !covered.has(id))).toEqual([]);
  });
});

describe('recordYaml', () => {
  it('writes text YAML reads back exactly, whatever it looks like', () => {
    const tricky = {
      ...contract,
      goals: ['no', '2026-01-01', '#not a comment', 'a: b', 'line one\nline two', '“quoted” — ünïcode', '  spaced  ', '0791234567'],
      additionalGoals: [],
    };
    const text = recordYaml(tricky);
    expect(parse(text, { schema: 'core' })).toEqual(tricky);
    expect(text.split('\n').slice(0, 3)).toEqual(['program: "alao"', 'pairing: "2026-draft-pair"', 'kind: "mentoring"']);
    expect(text).toContain('  - role: "mentor"\n    name: "Quentin Draftsworth"');
    expect(text).toContain('durationMonths: 30\n');
  });
});
