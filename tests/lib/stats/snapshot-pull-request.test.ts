/** The month's statistics pull request: one branch per month (a rerun finds it), the month and the day taken in its words. */
import { expect, it } from 'vitest';
import { snapshotPullRequestText } from '../../../src/lib/stats/snapshot.ts';

it('names the month in the branch, title and commit, and says what the reviewer merges', () => {
  const text = snapshotPullRequestText('2026-07', '2026-07-01');
  expect(text.branch).toBe('tandem/statistics-2026-07');
  expect(text.title).toBe('Statistics: the snapshot for 2026-07');
  expect(text.commitMessage).toBe(text.title);
  expect(text.body).toMatch(/^The public statistics for 2026-07, taken on 2026-07-01 by `npm run stats:snapshot`: suppressed counts only/);
  expect(snapshotPullRequestText('2026-08', '2026-08-03').branch).not.toBe(text.branch);
});
