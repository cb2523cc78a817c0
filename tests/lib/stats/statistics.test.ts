import { describe, expect, it } from 'vitest';
import { cycleCounts } from '../../../src/lib/stats/cycle-counts.ts';
import { cellText, PUBLISHED_PARTS, suppressRow } from '../../../src/lib/stats/suppress.ts';
import { statisticsEmptyText } from '../../../src/lib/stats/page-text.ts';

describe('small-count suppression', () => {
  it('shows a small part as "fewer than 3" whatever the others are, and never the total or the ongoing count', () => {
    const display = suppressRow({ cycle: 2026, total: 12, completed: 5, endedEarly: 1, reassigned: 3, ongoing: 3 });
    expect(PUBLISHED_PARTS.map((part) => cellText(display.parts[part]))).toEqual(['5', 'fewer than 3', '3']);
    expect(Object.keys(display)).toEqual(['cycle', 'parts']);
  });

  it('shows everything exactly when every count is 3 or more', () => {
    const display = suppressRow({ cycle: 2026, total: 14, completed: 5, endedEarly: 3, reassigned: 3, ongoing: 3 });
    expect(PUBLISHED_PARTS.map((part) => cellText(display.parts[part]))).toEqual(['5', '3', '3']);
  });

  it('hides a whole cycle of fewer than 3 pairs', () => {
    const display = suppressRow({ cycle: 2026, total: 2, completed: 2, endedEarly: 0, reassigned: 0, ongoing: 0 });
    expect(PUBLISHED_PARTS.map((part) => cellText(display.parts[part]))).toEqual(Array(3).fill('fewer than 3'));
  });
});

describe('cycle counts', () => {
  it('adds current pairings and removed counts by the cycle in the pairing id', () => {
    const rows = cycleCounts(
      [
        { id: '2026-a-b', status: 'active' },
        { id: '2026-c-d', status: 'completed' },
        { id: '2025-e-f', status: 'ended-early' },
      ],
      {
        program: 'alao',
        removed: [
          { cycle: 2025, kind: 'mentoring', outcome: 'completed', count: 4 },
          { cycle: 2025, kind: 'peer', outcome: 'reassigned', count: 1 },
        ],
      },
    );
    expect(rows).toEqual([
      { cycle: 2026, total: 2, completed: 1, endedEarly: 0, reassigned: 0, ongoing: 1 },
      { cycle: 2025, total: 6, completed: 4, endedEarly: 1, reassigned: 1, ongoing: 0 },
    ]);
  });
});

describe('the page with nothing to show yet', () => {
  it('says what it counts (relationships once they have ended), not that nobody was matched', () => {
    const words = statisticsEmptyText('ALCTS Mentoring Program');
    expect(words).toBe(
      'No relationship of the ALCTS Mentoring Program has ended yet. This page counts relationships once they have ended (completed, ended early or reassigned), never pairs still meeting.',
    );
    expect(words).not.toMatch(/matched/);
  });
});
