import { describe, expect, it } from 'vitest';
import { andList, orList } from '../../../src/lib/text/word-lists.ts';

describe('word lists', () => {
  it('joins with commas and the last word, as a sentence reads', () => {
    expect(andList([])).toBe('');
    expect(andList(['a'])).toBe('a');
    expect(andList(['a', 'b'])).toBe('a and b');
    expect(andList(['a', 'b', 'c'])).toBe('a, b and c');
    expect(orList(['active', 'ended-early'])).toBe('active or ended-early');
    expect(orList(['completed', 'ended-early', 'reassigned'])).toBe('completed, ended-early or reassigned');
  });
});
