/**
 * Branches, titles and commit messages outlive the purge (GitHub keeps pull
 * request refs and titles): they never carry a record id, which holds the
 * pair's surnames, and no two branch names can block each other in Git.
 */
import { describe, expect, it } from 'vitest';
import {
  recordBranch,
  recordChangeTitle,
  recordToken,
  retentionBranch,
  statusChangeTitle,
} from '../../../src/lib/submit/pull-request-names.ts';
import { contractPullRequestText, pairingPullRequestText } from '../../../src/lib/submit/pull-request-text.ts';
import type { Contract, Pairing, Program } from '../../../src/lib/types.generated.ts';

const program = { id: 'alao', name: 'ALAO Mentoring Program', shortName: 'ALAO' };
const ID = '2026-brightwater-osei';

describe('pull request names', () => {
  it('use a stable opaque token, never the id or a surname', () => {
    expect(recordToken('alao', ID)).toMatch(/^[0-9a-f]{12}$/);
    expect(recordToken('alao', ID)).toBe(recordToken('alao', ID));
    expect(recordToken('alao', ID)).not.toBe(recordToken('cala', ID));
    const names = [
      recordBranch('contract', 'alao', ID),
      recordBranch('pairing', 'alao', ID),
      recordBranch('status', 'alao', ID),
      recordChangeTitle('contract', program, ID, false),
      recordChangeTitle('pairing', program, ID, true),
      statusChangeTitle(program, ID, 'active', 'completed'),
    ];
    for (const name of names) {
      expect(name).not.toContain('brightwater');
      expect(name).not.toContain('osei');
      expect(name).toContain(recordToken('alao', ID));
    }
  });

  it('are branch names of which none is a folder of another (Git refuses a/b next to a/b/c)', () => {
    const branches = ['contract', 'pairing', 'status'].flatMap((kind) =>
      ['2026-a-b', '2026-a-b-c', '2025-x-y'].map((id) => recordBranch(kind as 'contract', 'alao', id)),
    );
    branches.push(retentionBranch());
    expect(new Set(branches).size).toBe(branches.length);
    for (const a of branches) for (const b of branches) expect(b.startsWith(`${a}/`), `${a} vs ${b}`).toBe(false);
  });

  it('reach the contract and pairing pull requests: title and commit message opaque, the body keeps the readable id', () => {
    const fullProgram = { ...program, coordinators: [] } as unknown as Program;
    const contract = {
      program: 'alao',
      pairing: ID,
      kind: 'mentoring',
      parties: [
        { role: 'mentor', name: 'Ines Brightwater', email: 'i@example.org', signed: '2026-02-01' },
        { role: 'mentee', name: 'Kofi Osei', email: 'k@example.org', signed: '2026-02-02' },
      ],
      goals: ['A goal'],
      start: '2026-02-10',
      durationMonths: 6,
      meetings: { frequency: 'monthly', methods: ['video'] },
    } as unknown as Contract;
    const text = contractPullRequestText(contract, fullProgram);
    expect(text.title).toBe(`Add contract ${recordToken('alao', ID)} in ALAO (alao)`);
    expect(text.commitMessage).not.toMatch(/brightwater|osei/i);
    expect(text.body).toContain(`alao/${ID}`);
    const pairing = {
      program: 'alao',
      kind: 'mentoring',
      mentor: { name: 'Ines Brightwater' },
      mentee: { name: 'Kofi Osei' },
      notified: '2026-01-10',
      status: 'active',
    } as unknown as Pairing;
    const pairingText = pairingPullRequestText(pairing, ID, fullProgram);
    expect(`${pairingText.title}\n${pairingText.commitMessage}`).not.toMatch(/brightwater|osei/i);
  });
});
