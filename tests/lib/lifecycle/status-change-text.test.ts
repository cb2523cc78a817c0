/** The pull request `pairing:status` opens: named by token, its body saying what changed and why, the note made inert. */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { statusChangePullRequestText, type StatusChangeSummary } from '../../../src/lib/lifecycle/status-change-text.ts';
import { recordToken } from '../../../src/lib/submit/pull-request-names.ts';
import type { Program } from '../../../src/lib/types.generated.ts';
import { PROJECT } from '../../support/run-main.ts';

const alao = parse(readFileSync(`${PROJECT}/content/programs/alao/program.yaml`, 'utf8')) as Program;

const change: StatusChangeSummary = {
  programId: 'alao',
  program: alao,
  pairingId: '2026-lee-okafor',
  from: 'active',
  to: 'ended-early',
  date: '2026-11-15',
  requestedBy: 'mentee',
  note: 'A new job leaves no time.',
};

describe('statusChangePullRequestText', () => {
  it('names the branch, title and commit by token, never by the pairing id', () => {
    const text = statusChangePullRequestText(change);
    const token = recordToken('alao', '2026-lee-okafor');
    expect(text.branch).toBe(`tandem/status-${token}`);
    expect(text.title).toBe(`Pairing ${token} in ${alao.shortName ?? alao.name} (alao): active to ended-early`);
    expect(text.commitMessage).toBe(text.title);
    for (const named of [text.branch, text.title]) expect(named).not.toContain('lee');
  });

  it('says in the body what changed, when, at whose request and why', () => {
    expect(statusChangePullRequestText(change).body).toBe(
      [
        'Changes the status of `alao/2026-lee-okafor` from **active** to **ended-early** on 2026-11-15, as asked by: mentee.',
        '',
        '> A new job leaves no time.',
        '',
        'Validated with the whole repository before this pull request was opened; CI checks it again.',
      ].join('\n'),
    );
  });

  it('keeps a note on one quoted line, with no mention, issue link or HTML', () => {
    const body = statusChangePullRequestText({ ...change, note: 'Ask @octocat about #12\n<b>now</b>' }).body;
    const quoted = body.split('\n').filter((line) => line.startsWith('> '));
    expect(quoted).toHaveLength(1);
    expect(quoted[0]).not.toMatch(/@octocat|#12|<b>/);
  });

  it("labels by program and asks the program's coordinators with a GitHub account to review", () => {
    const text = statusChangePullRequestText(change);
    expect(text.labels).toEqual(['pairing', 'program:alao']);
    expect(text.reviewers).toEqual(alao.coordinators.flatMap((coordinator) => (coordinator.github ? [coordinator.github] : [])));
    expect(text.reviewers.length).toBeGreaterThan(0);
  });

  it('still names a program whose program.yaml does not load, by its id, with no reviewers', () => {
    const text = statusChangePullRequestText({ ...change, program: undefined });
    expect(text.title).toMatch(/ in alao \(alao\): active to ended-early$/);
    expect(text.reviewers).toEqual([]);
  });
});
