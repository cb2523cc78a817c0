import { describe, expect, it } from 'vitest';
import { issueSections } from '../../src/lib/issue-forms/issue-sections.ts';

describe('issueSections', () => {
  it("starts sections only at known labels and strips GitHub's empty marker", () => {
    const sections = issueSections('### A\n\n_No response_\n\n### B\n\ntext\n### C\nmore', new Set(['A', 'B']));
    expect([...sections]).toEqual([
      ['A', ''],
      ['B', 'text\n### C\nmore'],
    ]);
  });

  it('reads a CRLF body, and keeps a repeated heading as part of the first answer', () => {
    const sections = issueSections('### A\r\n\r\none\r\n### A\r\ntwo  \r\n', new Set(['A']));
    expect([...sections]).toEqual([['A', 'one\n### A\ntwo']]);
  });
});
