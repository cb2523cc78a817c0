import { describe, expect, it } from 'vitest';
import { isRelevant, NOTICE_KINDS, RELEVANCE } from '../../../src/lib/notices/kinds.ts';
import { dueNotices } from '../../../src/lib/notices/schedule.ts';
import type { RecordSet } from '../../../src/lib/lifecycle/records.ts';
import type { Contract, Pairing, Program } from '../../../src/lib/types.generated.ts';
import { validateFiles } from '../../../src/lib/validate/index.ts';
import { readRepositoryFiles } from '../../../src/lib/repository/read-files.ts';
import { addDaysIso } from '../../../src/lib/dates.ts';
import { makeNoticesRepo } from '../../support/notices-repo.ts';

type Records = RecordSet & { programs: Map<string, { file: string; data: Program }> };

async function loadRecords(): Promise<Records> {
  const repo = makeNoticesRepo();
  try {
    const { repository } = validateFiles(await readRepositoryFiles(repo.root), { today: '2026-03-01' });
    return repository;
  } finally {
    repo.remove();
  }
}

/** The notices fixture's records, loaded once for the file: the tests only read them (each builds its own maps to change). */
let loaded: Promise<Records> | undefined;
const records = (): Promise<Records> => (loaded ??= loadRecords());

const withPairing = (base: RecordSet, key: string, pairing: Pairing, contract?: Contract): RecordSet => ({
  programs: base.programs,
  pairings: new Map([[key, { file: `content/pairings/${key}.yaml`, data: pairing }]]),
  contracts: contract ? new Map([[key, { file: `content/contracts/${key}.yaml`, data: contract }]]) : new Map(),
});

describe('relevance windows', () => {
  it('are at least a week wide for every notice, so the weekly run meets each once', () => {
    for (const kind of NOTICE_KINDS) expect(RELEVANCE[kind].to - RELEVANCE[kind].from).toBeGreaterThanOrEqual(6);
  });

  it.each(NOTICE_KINDS.map((kind) => [kind]))('%s: inside from its first to its last day, stale after', (kind) => {
    const due = '2026-05-10';
    const { from, to } = RELEVANCE[kind];
    expect(isRelevant(kind, due, addDaysIso(due, from - 1))).toBe(false);
    expect(isRelevant(kind, due, addDaysIso(due, from))).toBe(true);
    expect(isRelevant(kind, due, addDaysIso(due, to))).toBe(true);
    expect(isRelevant(kind, due, addDaysIso(due, to + 1))).toBe(false);
  });
});

describe('dueNotices', () => {
  const lee: Pairing = {
    program: 'alao',
    kind: 'mentoring',
    mentor: { name: 'A B', email: 'a@example.edu' },
    mentee: { name: 'C D', email: 'c@example.edu' },
    notified: '2026-02-09',
    status: 'active',
  };

  it('stops reminding about the contract once it is on file', async () => {
    const base = await records();
    const contract = { program: 'alao', pairing: '2026-lee-okafor', start: '2026-03-01', durationMonths: 10 } as unknown as Contract;
    expect(dueNotices(withPairing(base, 'alao/2026-lee-okafor', lee), '2026-03-05').map((n) => n.notice)).toEqual(['contract-due']);
    expect(dueNotices(withPairing(base, 'alao/2026-lee-okafor', lee, contract), '2026-03-05')).toEqual([]);
  });

  it('sends nothing for pairings that ended or were reassigned, and nothing for programs without notices', async () => {
    const base = await records();
    expect(dueNotices(withPairing(base, 'alao/2026-lee-okafor', { ...lee, status: 'ended-early' }), '2026-02-10')).toEqual([]);
    const programs = new Map(base.programs);
    const { notices: _, ...alao } = programs.get('alao')!.data;
    programs.set('alao', { file: 'content/programs/alao/program.yaml', data: alao });
    expect(dueNotices({ ...withPairing(base, 'alao/2026-lee-okafor', lee), programs }, '2026-02-10')).toEqual([]);
  });

  it('step-overdue: a step of the pair past its due date and not recorded, once per step (steps as agreed for issue 10)', async () => {
    const base = await records();
    const alao = base.programs.get('alao')!.data;
    const steps: NonNullable<Program['steps']> = [
      { id: 'first-meeting', title: 'Hold a first meeting', by: 'pair', due: { days: 14, after: 'notified' } },
      { id: 'send-vita', title: 'Send your vita', by: 'mentee', due: { days: 14, after: 'notified' } },
      { id: 'file-contract', title: 'File the contract', by: 'coordinator', due: { days: 7, after: 'notified' } },
      { id: 'no-date', title: 'Read the guidelines', by: 'pair' },
    ];
    const programs = new Map(base.programs);
    programs.set('alao', { file: 'content/programs/alao/program.yaml', data: { ...alao, steps } });
    const set = { ...withPairing(base, 'alao/2026-lee-okafor', { ...lee, steps: { 'send-vita': '2026-02-20' } }), programs };
    expect(dueNotices(set, '2026-02-23').filter((n) => n.notice === 'step-overdue')).toEqual([]);
    expect(dueNotices(set, '2026-02-24').filter((n) => n.notice === 'step-overdue')).toEqual([
      expect.objectContaining({ item: 'first-meeting', itemTitle: 'Hold a first meeting', due: '2026-02-23' }),
    ]);
    expect(dueNotices(set, '2026-03-17').filter((n) => n.notice === 'step-overdue')).toEqual([]);
  });

  it('evaluation-due: not once both members have returned it (evaluations as agreed for issue 10)', async () => {
    const base = await records();
    const cala: Pairing = {
      program: 'cala',
      kind: 'mentoring',
      mentor: { name: 'A', email: 'a@example.edu' },
      mentee: { name: 'B', email: 'b@example.edu' },
      notified: '2026-09-14',
      status: 'active',
    };
    expect(dueNotices(withPairing(base, 'cala/2026-x-y', cala), '2027-04-20').map((n) => [n.notice, n.due, n.item])).toEqual([
      ['evaluation-due', '2027-05-01', 'program-evaluation'],
    ]);
    const answered = {
      ...cala,
      evaluations: [
        { evaluation: 'program-evaluation', role: 'mentor', received: '2027-04-18' },
        { evaluation: 'program-evaluation', role: 'mentee', received: '2027-04-19' },
      ],
    } satisfies Pairing;
    expect(dueNotices(withPairing(base, 'cala/2026-x-y', answered), '2027-04-20')).toEqual([]);
  });

  it('check-in: not when the coordinator recorded one since the previous date', async () => {
    const base = await records();
    const alcts: Pairing = {
      program: 'alcts',
      kind: 'mentoring',
      mentor: { name: 'A', email: 'a@example.edu' },
      mentee: { name: 'B', email: 'b@example.edu' },
      notified: '2026-04-20',
      status: 'active',
    };
    expect(dueNotices(withPairing(base, 'alcts/2026-x-y', alcts), '2026-09-03').map((n) => [n.notice, n.due])).toEqual([
      ['check-in', '2026-09-01'],
    ]);
    expect(dueNotices(withPairing(base, 'alcts/2026-x-y', { ...alcts, checkIns: ['2026-08-28'] }), '2026-09-03')).toEqual([]);
  });
});

describe('noticePlan', () => {
  it('reminds only the member who has not returned the evaluation', async () => {
    const { noticePlan } = await import('../../../src/lib/notices/prepare.ts');
    const base = await records();
    const pairing = {
      program: 'cala',
      kind: 'mentoring',
      mentor: { name: 'A', email: 'a@example.edu' },
      mentee: { name: 'B', email: 'b@example.edu' },
      notified: '2026-09-14',
      status: 'active',
      evaluations: [{ evaluation: 'program-evaluation', role: 'mentor', received: '2027-04-18' }],
    } satisfies Pairing;
    const repository = { ...withPairing(base, 'cala/2026-x-y', pairing), guidelines: new Map(), notices: new Map() } as never;
    expect(noticePlan(repository, '2027-04-20', new Map()).send.map((n) => [n.notice, n.to])).toEqual([['evaluation-due', ['mentee']]]);
  });
});
