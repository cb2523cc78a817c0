/**
 * Fields asked from their schema alone (src/lib/prompts/schema-fields.ts):
 * each kind of field is worded by its title and description, checked by its
 * own limits, and an optional one can be left out.
 */
import { describe, expect, it } from 'vitest';
import { askOtherFields, askRecord, otherFields } from '../../../src/lib/prompts/schema-fields.ts';
import type { JsonSchema } from '../../../src/lib/schema-walk.ts';
import { ScriptedPrompts } from '../../support/scripted-prompts.ts';

const record: JsonSchema = {
  type: 'object',
  required: ['hours', 'level'],
  properties: {
    asked: { title: 'Asked by hand', type: 'string' },
    hours: { title: 'Hours', description: 'Hours a month.', type: 'integer', minimum: 1, maximum: 10 },
    level: {
      title: 'Level',
      anyOf: [
        { const: 'new', title: 'New to it' },
        { const: 'seasoned', title: 'Seasoned' },
      ],
    },
    shade: { title: 'Shade', anyOf: [{ const: 'blue', title: 'Blue' }] },
    remote: { title: 'Remote', type: 'boolean' },
    met: { title: 'First met', type: 'string', format: 'date' },
    tags: { title: 'Tags', type: 'array', maxItems: 2, items: { title: 'Tag', type: 'string', maxLength: 5 } },
    days: {
      title: 'Days',
      type: 'array',
      items: {
        anyOf: [
          { const: 'mon', title: 'Monday' },
          { const: 'tue', title: 'Tuesday' },
        ],
      },
    },
    referee: {
      title: 'Referee',
      type: 'object',
      required: ['name'],
      properties: { name: { title: 'Name', type: 'string', minLength: 1 }, note: { title: 'Note', type: 'string' } },
    },
  },
};

describe('fields asked from the schema alone', () => {
  it('are every field the flow does not ask itself, in the schema order', () => {
    expect(otherFields(record, ['asked', 'tags']).map(([key]) => key)).toEqual([
      'hours',
      'level',
      'shade',
      'remote',
      'met',
      'days',
      'referee',
    ]);
  });

  it('are worded by the schema, checked by its limits, and written as typed values', async () => {
    const prompts = new ScriptedPrompts({
      Hours: { typed: ['', '11', '4'] },
      Level: 'seasoned',
      Shade: '\u0000skip',
      Remote: true,
      'First met': { typed: ['2026-02-30', '2026-02-03'] },
      'Tag 1 of at most 2': { typed: ['toolong', 'ok'] },
      'Tag 2 of at most 2': 'fine',
      Days: ['tue'],
      'Referee: fill': true,
      'Referee: Name': 'Ada',
      'Referee: Note': '',
    });
    const answers = await askOtherFields(prompts, record, ['asked']);
    expect(prompts.unused()).toEqual([]);
    expect(answers).toEqual({
      hours: 4,
      level: 'seasoned',
      remote: true,
      met: '2026-02-03',
      tags: ['ok', 'fine'],
      days: ['tue'],
      referee: { name: 'Ada' },
    });
    const asked = (start: string) => prompts.asked.find((question) => question.message.startsWith(start));
    expect(asked('Hours')?.message).toBe('Hours (Hours a month):');
    expect(asked('Hours')?.rejected).toEqual(['Type a whole number.', 'Type a number from 1 to 10.']);
    expect(asked('Level')?.choices).toEqual([
      { value: 'new', name: 'New to it' },
      { value: 'seasoned', name: 'Seasoned' },
    ]);
    expect(asked('Shade')?.choices?.at(-1)?.name).toBe('None of these (leave it out)');
    expect(asked('First met')?.rejected).toEqual(['2026-02-30 is not a day of the calendar.']);
    expect(asked('Tag 1')?.rejected).toEqual(['Tag must be at most 5 characters.']);
  });

  it('leave out every optional field skipped', async () => {
    const prompts = new ScriptedPrompts({
      Hours: '2',
      Level: 'new',
      Shade: '\u0000skip',
      Remote: false,
      'First met': '',
      'Tag 1 of': '',
      Days: [],
      'Referee: fill': false,
    });
    expect(await askOtherFields(prompts, record, ['asked'])).toEqual({ hours: 2, level: 'new', remote: false });
    expect(prompts.unused()).toEqual([]);
  });
});

describe('a whole record asked in the schema order (askRecord)', () => {
  const small: JsonSchema = {
    type: 'object',
    required: ['hours'],
    properties: {
      hours: { title: 'Hours', type: 'integer', minimum: 1, maximum: 10 },
      asked: { title: 'Asked by hand', type: 'string' },
      later: { title: 'Recorded later', type: 'string' },
      remote: { title: 'Remote', type: 'boolean' },
      left: { title: 'Left out by hand', type: 'string' },
    },
  };

  it("asks the flow's own fields in their place with the answers so far, the others from the schema, never a field marked false", async () => {
    const prompts = new ScriptedPrompts({ Hours: '3', 'Asked by hand after 3 hours': 'own answer', Remote: true });
    const answers = await askRecord(prompts, small, {
      asked: (sofar) => prompts.input({ message: `Asked by hand after ${String(sofar['hours'])} hours` }),
      later: false,
      left: async () => undefined,
    });
    expect(prompts.unused()).toEqual([]);
    expect(prompts.asked.map((question) => question.message)).toEqual(['Hours:', 'Asked by hand after 3 hours', 'Remote:']);
    expect(answers).toEqual({ hours: 3, asked: 'own answer', remote: true });
  });

  it('refuses, before asking anything, a field asked by hand that the schema does not have (a renamed field)', async () => {
    const prompts = new ScriptedPrompts({});
    await expect(askRecord(prompts, small, { renamed: false })).rejects.toThrow(
      'The schema has no field renamed, which the flow asks by hand',
    );
    expect(prompts.asked).toEqual([]);
  });
});
