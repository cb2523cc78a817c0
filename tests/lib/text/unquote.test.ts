import { describe, expect, it } from 'vitest';
import { unquote } from '../../../src/lib/text/unquote.ts';
import { withUnquotedAnswers, type Prompts } from '../../../src/lib/prompts/prompts.ts';

describe('unquote', () => {
  it.each([
    ['"+1 614 555 0142"', '+1 614 555 0142'],
    ["'+1 614 555 0142'", '+1 614 555 0142'],
    ['“ada@example.edu”', 'ada@example.edu'],
    ['  "0791234567"  ', '0791234567'],
    ['+1 614 555 0142', '+1 614 555 0142'],
  ])('reads %s as %s', (typed, value) => {
    expect(unquote(typed)).toBe(value);
  });

  it('keeps quoted words inside a value, and a lone quote', () => {
    expect(unquote('"Publish" and "present"')).toBe('"Publish" and "present"');
    expect(unquote('"')).toBe('"');
    expect(unquote('Write the "history" chapter')).toBe('Write the "history" chapter');
  });
});

describe('prompts with unquoted answers', () => {
  it('checks and returns what was typed without its quotes', async () => {
    const checked: string[] = [];
    const typed: Prompts = {
      select: async () => {
        throw new Error('not asked');
      },
      checkbox: async () => {
        throw new Error('not asked');
      },
      confirm: async () => true,
      input: async (config) => {
        const verdict = config.validate?.('"+1 614 555 0142"');
        checked.push(String(verdict));
        return '"+1 614 555 0142"';
      },
    };
    const answer = await withUnquotedAnswers(typed).input({
      message: 'Phone',
      validate: (value) => (/^[+0-9 ]+$/.test(value) ? true : `not a phone: ${value}`),
    });
    expect(answer).toBe('+1 614 555 0142');
    expect(checked).toEqual(['true']);
  });
});
