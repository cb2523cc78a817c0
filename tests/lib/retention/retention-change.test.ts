/** The retention pull request's words when unmatched applications are past their cycle: counts only, never a name or an id. */
import { describe, expect, it } from 'vitest';
import type { PastRetention } from '../../../src/lib/retention/past-retention.ts';
import { retentionChange } from '../../../src/lib/retention/retention-change.ts';

const TODAY = '2027-09-01';
const relationship: PastRetention = {
  program: 'alcts',
  pairingId: '2025-larkspur-whitcombe',
  kind: 'mentoring',
  outcome: 'completed',
  cycle: 2025,
  endedOn: '2026-06-30',
  keepUntil: '2027-06-30',
  files: ['content/pairings/alcts/2025-larkspur-whitcombe.yaml'],
  responses: [],
};
const applications = [
  { file: 'content/applications/alcts/2025/2025-quill.yaml' },
  { file: 'content/applications/alcts/2025/2025-lee.yaml' },
];
const noStats = () => undefined;

describe('retentionChange with unmatched applications', () => {
  it('alone: deletes them, and says how many and why in the title, commit and body', () => {
    const change = retentionChange([], TODAY, noStats, applications);
    expect(change.files).toEqual({ [applications[0]!.file]: null, [applications[1]!.file]: null });
    expect(change.title).toBe('Retention: remove 2 unmatched applications past their cycle');
    expect(change.message).toBe('Remove 2 unmatched applications past their cycle');
    expect(change.body).toMatch(
      /^This pull request removes 2 unmatched applications: no pairing came from them and their cycle ended longer ago than the program's `retentionDays` \(as of 2027-09-01\)\. Deleting a file does not erase it/,
    );
  });

  it('with relationships: adds them to the same pull request, after the relationships and their counts', () => {
    const change = retentionChange([relationship], TODAY, noStats, applications.slice(0, 1));
    expect(Object.keys(change.files)).toEqual([
      'content/pairings/alcts/2025-larkspur-whitcombe.yaml',
      'content/stats/alcts.yaml',
      'content/applications/alcts/2025/2025-quill.yaml',
    ]);
    expect(change.title).toBe('Retention: remove 1 relationship past their retention period, and 1 unmatched application');
    expect(change.message).toBe('Remove 1 relationship past retention and record their anonymous counts; remove 1 unmatched application');
    expect(change.body).toContain('| alcts | 2025 | mentoring | completed | 1 |');
    expect(change.body).toMatch(/\n\nIt also removes 1 unmatched application: no pairing came from them .*\(as of 2027-09-01\)\.$/);
  });

  it('names no applicant and no pairing in the title, commit or body', () => {
    const change = retentionChange([relationship], TODAY, noStats, applications);
    for (const text of [change.title, change.message, change.body]) expect(text).not.toMatch(/quill|lee|larkspur|whitcombe/i);
  });
});
